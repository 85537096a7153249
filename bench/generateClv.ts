/**
 * Seeded repeat-buying data for the customer-lifetime-value benchmark, drawn from the BG/NBD and
 * Gamma-Gamma models at CDNOW's published parameters (r 0.243, α 4.414 weeks, a 0.793, b 2.426;
 * p 6.25, q 3.74, γ 15.44): each customer's first purchase on a day of the first 12 weeks, then
 * purchases at rate λ ~ Gamma(r, α) a week while alive, dropping out after each repeat purchase
 * with probability p ~ Beta(a, b); observed to day 545 (78 weeks). Same-day purchases are one
 * (BTYD). Columns `x,tx_days,T_days,zbar` (days as whole numbers so every reader gets the same
 * numbers); the same seed gives the same bytes.
 */
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/core/stats/random.ts';

export const CLV_TRUTH = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426, p: 6.25, q: 3.74, gamma: 15.44 };
const END_DAY = 545;
const COHORT_DAYS = 84;

/** Gamma(shape, 1) by Marsaglia & Tsang (2000), boosted by U^(1/shape) below shape 1. */
function gammaDraw(shape: number, random: () => number, normal: () => number): number {
  if (shape < 1) return gammaDraw(shape + 1, random, normal) * Math.pow(random(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal();
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = random();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

export function generateClv(path: string, customers: number, seed: number): { repeatBuyers: number } {
  const random = mulberry32(seed);
  // Box–Muller; 1 − u keeps the logarithm finite.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const { r, alpha, a, b, p, q, gamma } = CLV_TRUTH;
  let repeatBuyers = 0;
  const fd = openSync(`${path}.partial`, 'w');
  try {
    let lines = ['x,tx_days,T_days,zbar'];
    for (let i = 0; i < customers; i++) {
      const first = Math.floor(random() * COHORT_DAYS);
      const lambda = gammaDraw(r, random, normal) / alpha;
      const ga = gammaDraw(a, random, normal);
      const dropout = ga / (ga + gammaDraw(b, random, normal));
      let t = first;
      let lastDay = first;
      let x = 0;
      for (;;) {
        t += (7 * -Math.log(1 - random())) / lambda;
        if (!(t < END_DAY + 1)) break;
        const day = Math.floor(t);
        if (day !== lastDay) {
          x++;
          lastDay = day;
        }
        if (random() < dropout) break;
      }
      let zbar = 0;
      if (x > 0) {
        repeatBuyers++;
        const nu = gammaDraw(q, random, normal) / gamma;
        zbar = gammaDraw(p * x, random, normal) / nu / x;
      }
      lines.push(`${x},${lastDay - first},${END_DAY - first},${zbar.toFixed(2)}`);
      if (lines.length === 100_000 || i === customers - 1) {
        writeSync(fd, lines.join('\n') + '\n');
        lines = [];
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.partial`, path);
  return { repeatBuyers };
}
