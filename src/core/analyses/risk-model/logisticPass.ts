/**
 * One pass of logistic regression over the data at β: the objective Σ [log(1 + e^ηᵢ) − yᵢηᵢ] +
 * (λ/2)‖β‖² (intercept unpenalised), the gradient Xᵀ(μ − y) + λβ, and μ for every `every`-th row
 * (those a subsampled Hessian is taken on).
 *
 * Fused and blocked: for each block of BLOCK rows, η (a run down each column), then the loss and
 * residual per row, then the block's share of Xᵀr — so the block's slice of the design is read
 * from memory once and again from cache, and η/r live in a small buffer. One exponential per row
 * serves both the loss and μ: log(1 + e^η) = max(η, 0) + log(1 + e^−|η|), and the logarithms of
 * LOG_BLOCK rows are taken at once as the logarithm of their product (factors in (1, 2], each
 * rounded to 2⁻⁵³ relative: exact to ~1e-14 relative, where a log1p per row costs far more).
 */
import type { DesignData } from './designData.ts';

const BLOCK = 2048;
/** Factors 1 + e^−|η| ≤ 2 multiplied before one logarithm (2^256 is far from overflow). */
const LOG_BLOCK = 256;

export interface PassBuffers {
  /** μ of rows 0, every, 2·every, … */
  mu: Float64Array;
  /** The gradient, intercept first. */
  g: Float64Array;
}

/** η of rows start … start+m into r: the intercept, a run down each number column, the levels' coefficients. */
function blockEta(
  x: DesignData,
  bz: Float64Array,
  table: Float64Array,
  b0: number,
  start: number,
  m: number,
  r: Float64Array,
) {
  const { n, d, c, dense, hot } = x;
  for (let i = 0; i < m; i++) r[i] = b0;
  for (let k = 0; k < d; k++) {
    const b = bz[k];
    const off = k * n + start;
    for (let i = 0; i < m; i++) r[i] += dense[off + i] * b;
  }
  for (let k = 0; k < c; k++) {
    const off = k * n + start;
    for (let i = 0; i < m; i++) r[i] += table[hot[off + i] + 1];
  }
}

/** The block's loss terms and logarithm product (sums[0], sums[1]); r becomes μ − y; returns Σ(μ − y). */
function blockLoss(y: Uint8Array, start: number, m: number, r: Float64Array, sums: Float64Array): number {
  let f = sums[0];
  let product = sums[1];
  let g0 = 0;
  for (let i = 0; i < m; i++) {
    const v = r[i];
    const abs = Math.abs(v);
    const e = Math.exp(-abs);
    const yi = y[start + i];
    const onePlus = 1 + e;
    product *= onePlus;
    f += 0.5 * (v + abs) - yi * v;
    if ((i & (LOG_BLOCK - 1)) === LOG_BLOCK - 1) {
      f += Math.log(product);
      product = 1;
    }
    const s = 1 / onePlus;
    const res = (v >= 0 ? s : e * s) - yi;
    r[i] = res;
    g0 += res;
  }
  sums[0] = f;
  sums[1] = product;
  return g0;
}

/** The block's share of Xᵀr: number columns into gz, levels into gh (shifted by one). */
function blockGradient(x: DesignData, start: number, m: number, r: Float64Array, gz: Float64Array, gh: Float64Array) {
  const { n, d, c, dense, hot } = x;
  for (let k = 0; k < d; k++) {
    const off = k * n + start;
    let s = 0;
    for (let i = 0; i < m; i++) s += dense[off + i] * r[i];
    gz[k] += s;
  }
  for (let k = 0; k < c; k++) {
    const off = k * n + start;
    for (let i = 0; i < m; i++) gh[hot[off + i] + 1] += r[i];
  }
}

export function logisticPass(
  x: DesignData,
  y: Uint8Array,
  beta: Float64Array,
  lambda: number,
  out: PassBuffers,
  every: number,
): number {
  const { n, d, denseColumn } = x;
  const { mu, g } = out;
  const q = beta.length;
  const bz = Float64Array.from(denseColumn, (j) => beta[j + 1]);
  // β and the gradient's categorical part shifted by one: a row without a level (−1) reads and
  // writes slot 0 (0, and discarded), branch-free.
  const table = Float64Array.from(beta);
  table[0] = 0;
  const gh = new Float64Array(q);
  const gz = new Float64Array(d);
  const r = new Float64Array(BLOCK);
  // The loss so far and the product of factors whose logarithm is not yet taken.
  const sums = Float64Array.of(0, 1);
  let g0 = 0;
  for (let start = 0; start < n; start += BLOCK) {
    const m = Math.min(BLOCK, n - start);
    blockEta(x, bz, table, beta[0], start, m, r);
    g0 += blockLoss(y, start, m, r, sums);
    for (let i = (every - (start % every)) % every; i < m; i += every) mu[(start + i) / every] = r[i] + y[start + i];
    blockGradient(x, start, m, r, gz, gh);
  }
  const f = sums[0] + Math.log(sums[1]);
  g.set(gh);
  g[0] = g0;
  for (let k = 0; k < d; k++) g[denseColumn[k] + 1] = gz[k];
  let penalty = 0;
  for (let j = 1; j < q; j++) {
    penalty += beta[j] * beta[j];
    g[j] += lambda * beta[j];
  }
  return f + 0.5 * lambda * penalty;
}
