/**
 * The logistic-regression benchmark's data: `rows` customers with 10 numbers (different scales
 * and shapes: uniform, sums of uniforms, a skewed amount, a count) and 3 categories of 4, 4 and 3
 * levels (11 one-hot columns), and a churn label drawn from a known logistic model. Seeded
 * (mulberry32), so every machine writes the same bytes.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { mulberry32 } from '../src/core/stats/random.ts';

export const LOGISTIC_LEVELS = [4, 4, 3];
const NUMBERS = 10;

export function generateLogistic(path: string, rows: number, seed: number): { churnRate: number } {
  const random = mulberry32(seed);
  const fd = openSync(path, 'w');
  const header = [...Array.from({ length: NUMBERS }, (_, j) => `x${j}`), 'c0', 'c1', 'c2', 'churned'];
  let chunk = header.join(',') + '\n';
  let churned = 0;
  const effects = [0.8, -0.5, 0.3, 0, 0.2, -0.9, 0.05, 0.4, -0.2, 0.1];
  const levelEffects = [
    [0, 0.4, -0.3, 0.9],
    [0, -0.6, 0.2, 0.1],
    [0, 0.5, -1],
  ];
  for (let i = 0; i < rows; i++) {
    const x = new Array<number>(NUMBERS);
    x[0] = random();
    x[1] = random() + random() + random() - 1.5;
    x[2] = 100 * (random() + random());
    x[3] = Math.floor(random() * 60);
    x[4] = -Math.log(1 - random()) * 250;
    x[5] = random() * 2 - 1;
    x[6] = Math.floor(random() * 5);
    x[7] = (random() + random() + random() + random()) / 4;
    x[8] = 1000 + 50 * (random() - 0.5);
    x[9] = random() < 0.3 ? 1 : 0;
    const codes = LOGISTIC_LEVELS.map((k) => Math.floor(random() * k));
    let eta = -1.2;
    eta += effects[0] * x[0] + effects[1] * x[1] + effects[2] * (x[2] / 100) + effects[3] * x[3];
    eta += effects[4] * (x[4] / 250) + effects[5] * x[5] + effects[6] * x[6] + effects[7] * x[7];
    eta += effects[8] * ((x[8] - 1000) / 50) + effects[9] * x[9];
    codes.forEach((c, k) => (eta += levelEffects[k][c]));
    const y = random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    churned += y;
    chunk += `${x.map((v) => (Number.isInteger(v) ? String(v) : v.toFixed(6))).join(',')},${codes.join(',')},${y}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  return { churnRate: churned / rows };
}
