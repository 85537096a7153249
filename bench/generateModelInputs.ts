/**
 * Seeded inputs for the risk-model benchmarks, written under .bench-data/ when missing:
 *
 * - `cart_1m_21.f64` + `.u8`: 1,000,000 customers × 21 features, column-major float64 (10 numbers:
 *   a tenure-like integer 0–72 and 9 standard normals; 11 one-hot columns of three categorical
 *   features with 3, 4 and 4 levels) and a churn label drawn from a logistic model. Every number
 *   is a float32 value, so scikit-learn's float32 copy of X splits exactly as our float64 does.
 * - `cox_100k.csv`: 100,000 customers, `time,event,x1…x7`: exponential lifetimes with hazard
 *   0.05 · exp(x β) in whole months (so tied times, for Efron), uniform censoring up to 36 months;
 *   x1–x3 standard normal, x4, x5 0/1, x6 an integer 0–10, x7 uniform.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from '../src/core/stats/random.ts';
import { DATA_DIR } from './inputs.ts';

export const CART_ROWS = 1_000_000;
export const CART_FEATURES = 21;
const CART_SEED = 20240811;
export const COX_ROWS = 100_000;
const COX_SEED = 20240812;
export const COX_BETA = [0.5, -0.3, 0.2, 0.7, -0.4, 0.08, 0.6];

function normal(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function fresh(path: string, stamp: string): boolean {
  return existsSync(path) && existsSync(`${path}.seed`) && readFileSync(`${path}.seed`, 'utf8') === stamp;
}

function writeStamp(path: string, stamp: string) {
  const fd = openSync(`${path}.seed`, 'w');
  writeSync(fd, stamp);
  closeSync(fd);
}

export interface CartInput {
  id: 'cart-1m-21';
  path: string;
  labels: string;
  rows: number;
  features: number;
  description: string;
}

export function cartInput(): CartInput {
  const path = join(DATA_DIR, 'cart_1m_21.f64');
  const labels = join(DATA_DIR, 'cart_1m_21.u8');
  const stamp = `${CART_ROWS} ${CART_FEATURES} ${CART_SEED}`;
  if (!fresh(path, stamp)) {
    process.stderr.write(`generating ${path} (${CART_ROWS} × ${CART_FEATURES}, seed ${CART_SEED}) …\n`);
    mkdirSync(DATA_DIR, { recursive: true });
    const random = mulberry32(CART_SEED);
    const n = CART_ROWS;
    const x = new Float64Array(n * CART_FEATURES);
    const y = new Uint8Array(n);
    const levels = [3, 4, 4];
    for (let i = 0; i < n; i++) {
      x[i] = Math.floor(random() * 73);
      for (let j = 1; j < 10; j++) x[j * n + i] = Math.fround(normal(random));
      let column = 10;
      const chosen: number[] = [];
      for (const k of levels) {
        const level = Math.floor(random() * k);
        chosen.push(column + level);
        x[(column + level) * n + i] = 1;
        column += k;
      }
      const logit =
        -1 +
        0.8 * x[n + i] -
        0.03 * x[i] +
        0.5 * x[2 * n + i] * x[3 * n + i] +
        (chosen[0] === 10 ? 1 : 0) -
        (chosen[1] === 14 ? 0.8 : 0);
      y[i] = random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0;
    }
    for (const [file, bytes] of [
      [path, new Uint8Array(x.buffer)],
      [labels, y],
    ] as const) {
      const fd = openSync(`${file}.partial`, 'w');
      writeSync(fd, bytes);
      closeSync(fd);
      renameSync(`${file}.partial`, file);
    }
    writeStamp(path, stamp);
  }
  return {
    id: 'cart-1m-21',
    path,
    labels,
    rows: CART_ROWS,
    features: CART_FEATURES,
    description: `${CART_ROWS} customers × ${CART_FEATURES} features (10 numeric, 11 one-hot), logistic churn, mulberry32 seed ${CART_SEED}; float32-exact values`,
  };
}

export interface CoxInput {
  id: 'cox-100k';
  path: string;
  rows: number;
  description: string;
}

export function coxInput(): CoxInput {
  const path = join(DATA_DIR, 'cox_100k.csv');
  const stamp = `${COX_ROWS} ${COX_SEED}`;
  if (!fresh(path, stamp)) {
    process.stderr.write(`generating ${path} (${COX_ROWS} customers, seed ${COX_SEED}) …\n`);
    mkdirSync(DATA_DIR, { recursive: true });
    const random = mulberry32(COX_SEED);
    const lines = ['time,event,x1,x2,x3,x4,x5,x6,x7'];
    for (let i = 0; i < COX_ROWS; i++) {
      const x = [
        normal(random),
        normal(random),
        normal(random),
        random() < 0.4 ? 1 : 0,
        random() < 0.3 ? 1 : 0,
        Math.floor(random() * 11),
        random(),
      ].map((v) => Number(v.toFixed(6)));
      let eta = 0;
      for (let j = 0; j < 7; j++) eta += COX_BETA[j] * x[j];
      const life = -Math.log(1 - random()) / (0.05 * Math.exp(eta));
      const censor = random() * 36;
      const time = Math.max(1, Math.ceil(Math.min(life, censor)));
      lines.push(`${time},${life <= censor ? 1 : 0},${x.join(',')}`);
    }
    const fd = openSync(`${path}.partial`, 'w');
    writeSync(fd, lines.join('\n') + '\n');
    closeSync(fd);
    renameSync(`${path}.partial`, path);
    writeStamp(path, stamp);
  }
  return {
    id: 'cox-100k',
    path,
    rows: COX_ROWS,
    description: `${COX_ROWS} customers, exponential lifetimes with hazard 0.05·exp(xβ), β = ${COX_BETA.join(', ')}, whole months, censored uniformly up to 36 months; mulberry32 seed ${COX_SEED}`,
  };
}
