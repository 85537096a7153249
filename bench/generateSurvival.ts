/**
 * Seeded survival data for the Kaplan–Meier and log-rank benchmark: customers in five groups
 * (A–E, unequal sizes) with Weibull lifetimes in months, a different shape and scale per group,
 * uniform random censoring and an administrative end at 72 months (about 30 % censored).
 * Two files from the same draws: `time` in whole months 0–72 (floor), and in continuous months
 * rounded to 5 decimals. Five, not more: R survival's default `timefix` merges times closer than
 * √ε relative, and 1e-6 apart near 72 would be (1.4e-8 < 1.5e-8); 1e-5 apart never is.
 * Columns `time,event,group`; the same seed gives the same bytes.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/core/stats/random.ts';

export const SURVIVAL_GROUPS = ['A', 'B', 'C', 'D', 'E'] as const;
const SHARE = [0.3, 0.25, 0.2, 0.15, 0.1];
const SHAPE = [0.8, 1.0, 1.2, 0.9, 1.5];
const SCALE_MONTHS = [30, 40, 50, 60, 45];
export const HORIZON_MONTHS = 72;
const CENSOR_MAX_MONTHS = 200;

export interface SurvivalFiles {
  customers: number;
  censoredShare: number;
  groupSizes: number[];
}

export function generateSurvival(
  integerPath: string,
  continuousPath: string,
  customers: number,
  seed: number,
): SurvivalFiles {
  const random = mulberry32(seed);
  const cumulative = SHARE.map((_, g) => SHARE.slice(0, g + 1).reduce((a, b) => a + b, 0));
  const groupSizes = SHARE.map(() => 0);
  let censored = 0;
  const integerFd = openSync(`${integerPath}.partial`, 'w');
  const continuousFd = openSync(`${continuousPath}.partial`, 'w');
  try {
    let whole = ['time,event,group'];
    let exact = ['time,event,group'];
    for (let i = 0; i < customers; i++) {
      const u = random();
      let g = 0;
      while (g < SHARE.length - 1 && u >= cumulative[g]) g++;
      groupSizes[g]++;
      // Inverse CDF of the Weibull; 1 − u keeps the logarithm finite.
      const lifetime = SCALE_MONTHS[g] * Math.pow(-Math.log(1 - random()), 1 / SHAPE[g]);
      const censorAt = Math.min(HORIZON_MONTHS, random() * CENSOR_MAX_MONTHS);
      const event = lifetime <= censorAt ? 1 : 0;
      if (!event) censored++;
      const t = Math.min(lifetime, censorAt);
      const label = SURVIVAL_GROUPS[g];
      whole.push(`${Math.min(HORIZON_MONTHS, Math.floor(t))},${event},${label}`);
      exact.push(`${t.toFixed(5)},${event},${label}`);
      if (whole.length === 100_000 || i === customers - 1) {
        writeSync(integerFd, whole.join('\n') + '\n');
        writeSync(continuousFd, exact.join('\n') + '\n');
        whole = [];
        exact = [];
      }
    }
  } finally {
    closeSync(integerFd);
    closeSync(continuousFd);
  }
  renameSync(`${integerPath}.partial`, integerPath);
  renameSync(`${continuousPath}.partial`, continuousPath);
  return { customers, censoredShare: censored / customers, groupSizes };
}
