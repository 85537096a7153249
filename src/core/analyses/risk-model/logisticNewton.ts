/**
 * Logistic regression by Newton's method (iteratively reweighted least squares; McCullagh &
 * Nelder, Generalized Linear Models, 2nd ed., §4.4) with an optional L2 penalty:
 *   minimise Σᵢ [log(1 + e^ηᵢ) − yᵢηᵢ] + (λ/2)‖β‖²,  ηᵢ = β₀ + xᵢ·β,
 * the intercept β₀ unpenalised. With λ = 1/C this is scikit-learn's LogisticRegression(C)
 * objective divided by C, so the minimiser is the same. Each step is halved until the objective
 * falls (a full Newton step can overshoot far from the optimum). On many rows the first steps
 * are taken on every 16th row (λ scaled to match), so the full data needs only the last few.
 */
import { cholesky, choleskyInverse, choleskySolve } from '../../stats/cholesky.ts';
import { keepRows, weightedGram, type DesignData } from './designData.ts';
import { logisticPass, type PassBuffers } from './logisticPass.ts';

export interface LogisticFit {
  /** The intercept first, then one coefficient per design column. */
  beta: Float64Array;
  iterations: number;
  converged: boolean;
  /** The penalised negative log-likelihood at beta. */
  objective: number;
  /** The inverse Hessian at beta ((p+1)², row-major), when asked: Wald covariance of an unpenalised fit. */
  covariance?: Float64Array;
}

export interface NewtonOptions {
  /** The L2 penalty λ (1/C); 0 for the unpenalised fit. */
  lambda?: number;
  maxIterations?: number;
  /** Converged when no coefficient moves more than this in a step (the next would move about its square). */
  tolerance?: number;
  covariance?: boolean;
  start?: Float64Array;
}

/** Rows from which a subsample is fitted first. */
const WARM_START_ROWS = 50_000;
const WARM_START_EVERY = 16;
const SAMPLE_EVERY = 8;

const everyNth = (n: number, k: number) => Int32Array.from({ length: Math.ceil(n / k) }, (_, i) => i * k);

type Point = PassBuffers;

const point = (rows: number, q: number): Point => ({ mu: new Float64Array(rows), g: new Float64Array(q) });

/** A step smaller than this keeps the last Hessian: near the optimum it barely changes, and a gradient pass is far cheaper. */
const REUSE_HESSIAN_BELOW = 1e-2;

function baseRate(y: Uint8Array): number {
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  const rate = Math.min(Math.max(positives / Math.max(y.length, 1), 1e-6), 1 - 1e-6);
  return Math.log(rate / (1 - rate));
}

export function logisticNewton(
  x: DesignData,
  y: Uint8Array,
  { lambda = 0, maxIterations = 50, tolerance = 1e-6, covariance = false, start }: NewtonOptions = {},
): LogisticFit {
  const { n, p } = x;
  const q = p + 1;
  let beta: Float64Array = new Float64Array(q);
  if (start) beta.set(start.subarray(0, q));
  else if (n >= WARM_START_ROWS) {
    const every = everyNth(n, WARM_START_EVERY);
    const subY = Uint8Array.from(every, (i) => y[i]);
    // One level only: a subsample of a subsample would run while the code is still cold.
    const sub = logisticNewton(keepRows(x, every), subY, {
      lambda: (lambda * every.length) / n,
      tolerance: 1e-3,
      maxIterations,
      start: Float64Array.of(baseRate(subY)),
    });
    beta.set(sub.beta);
  } else beta[0] = baseRate(y);
  // On many rows the Hessian is taken on every SAMPLE_EVERY-th row (scaled up): the gradient is
  // exact, so the fit converges to the same optimum, only not quite quadratically (subsampled
  // Newton; Roosta-Khorasani & Mahoney 2019, Math. Program. 174).
  const every = n >= WARM_START_ROWS ? SAMPLE_EVERY : 1;
  const sampled = every > 1 ? everyNth(n, every) : null;
  const hx = sampled ? keepRows(x, sampled) : x;
  const w = new Float64Array(hx.n);
  let here = point(hx.n, q);
  let there = point(hx.n, q);
  let objective = logisticPass(x, y, beta, lambda, here, every);
  let iterations = 0;
  let converged = false;
  let factor: Float64Array | null = null;
  let moved = Infinity;
  while (iterations < maxIterations) {
    iterations++;
    if (!factor || moved >= REUSE_HESSIAN_BELOW) {
      for (let i = 0; i < hx.n; i++) w[i] = here.mu[i] * (1 - here.mu[i]);
      const h = weightedGram(hx, w);
      const up = n / hx.n;
      for (let j = 0; j < q * q; j++) h[j] *= up;
      for (let j = 1; j < q; j++) h[j * q + j] += lambda;
      factor = cholesky(h, q);
      if (!factor) break;
    }
    const step = choleskySolve(factor, q, here.g);
    let scale = 1;
    const trial = new Float64Array(q);
    let trialObjective = Infinity;
    for (let halvings = 0; halvings < 40; halvings++, scale /= 2) {
      for (let j = 0; j < q; j++) trial[j] = beta[j] - scale * step[j];
      trialObjective = logisticPass(x, y, trial, lambda, there, every);
      if (trialObjective <= objective + 1e-12 * Math.abs(objective)) break;
    }
    const previous = moved;
    moved = 0;
    for (let j = 0; j < q; j++) moved = Math.max(moved, Math.abs(trial[j] - beta[j]));
    beta = trial;
    [here, there] = [there, here];
    objective = trialObjective;
    // Converging superlinearly, the next step would be about moved² / previous: stop when that is well within tolerance.
    if (
      moved < tolerance ||
      (scale === 1 && previous < Infinity && moved < previous && (moved * moved) / previous < tolerance / 10)
    ) {
      converged = true;
      break;
    }
  }
  const fit: LogisticFit = { beta, iterations, converged, objective };
  if (covariance) {
    const all = every === 1 ? here.mu : point(n, q).mu;
    if (every > 1) logisticPass(x, y, beta, lambda, { mu: all, g: new Float64Array(q) }, 1);
    for (let i = 0; i < n; i++) all[i] *= 1 - all[i];
    const h = weightedGram(x, all);
    for (let j = 1; j < q; j++) h[j * q + j] += lambda;
    const l = cholesky(h, q);
    if (l) fit.covariance = choleskyInverse(l, q);
  }
  return fit;
}
