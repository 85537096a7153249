/**
 * The two models of repeat buying behind one interface, and their maximum-likelihood fit. Both
 * write a customer's expected purchases after T as P(alive | x, t_x, T) times the expectation of
 * an alive customer, which depends on x and T only (bgNbd.ts, paretoNbd.ts): per-customer
 * predictions are one cheap P(alive) each and one expectation per distinct (x, T).
 */
import { minimiseBounded, type StopReason } from '../../stats/boundedLbfgs.ts';
import { hessianFromGradient, hessianFromValue, standardErrors } from '../../stats/numericalHessian.ts';
import { bgNbdAlive, bgNbdAliveExpectation, bgNbdObjective } from './bgNbd.ts';
import { paretoNbdAlive, paretoNbdAliveExpectation, paretoNbdObjective } from './paretoNbd.ts';
import { dropoutScore, nbdConditionalExpectation, nbdObjective, paretoDropoutScore } from './nbd.ts';
import type { UniqueRows } from './uniqueRows.ts';

export type PurchaseModelKind = 'bg-nbd' | 'pareto-nbd';

export const PARAMETER_NAMES: Record<PurchaseModelKind, readonly string[]> = {
  'bg-nbd': ['r', 'alpha', 'a', 'b'],
  'pareto-nbd': ['r', 'alpha', 's', 'beta'],
};

/**
 * 'estimated': the drop-out parameters were fitted. 'none': the fit ran off to the model's
 * no-drop-out limit (BG/NBD a → 0 or b → ∞, Pareto/NBD s → 0 or β → ∞), which is the NBD (nbd.ts):
 * P(alive) = 1 and the NBD's expectation; the drop-out parameters are then 0 and NaN (any value).
 */
export type Dropout = 'estimated' | 'none';

export interface PurchaseModel {
  kind: PurchaseModelKind;
  dropout: Dropout;
  params: Float64Array;
  alive(x: number, tx: number, T: number): number;
  /** Expected purchases in (T, T + t] of a customer alive at T with x repeat purchases. */
  aliveExpectation(x: number, T: number, t: number): number;
}

export function purchaseModel(
  kind: PurchaseModelKind,
  params: ArrayLike<number>,
  dropout: Dropout = 'estimated',
): PurchaseModel {
  const p = Float64Array.from(params);
  if (dropout === 'none')
    return {
      kind,
      dropout,
      params: p,
      alive: () => 1,
      aliveExpectation: (x, T, t) => nbdConditionalExpectation(p, x, T, t),
    };
  return kind === 'bg-nbd'
    ? {
        kind,
        dropout,
        params: p,
        alive: (x, tx, T) => bgNbdAlive(p, x, tx, T),
        aliveExpectation: (x, T, t) => bgNbdAliveExpectation(p, x, T, t),
      }
    : {
        kind,
        dropout,
        params: p,
        alive: (x, tx, T) => paretoNbdAlive(p, x, tx, T),
        aliveExpectation: (x, T, t) => paretoNbdAliveExpectation(p, x, T, t),
      };
}

/** E[X(t)]: a customer's expected repeat purchases within t of their first purchase. */
export function expectedRepeats(model: PurchaseModel, t: number): number {
  return t > 0 ? model.aliveExpectation(0, 0, t) : 0;
}

export interface PurchaseModelFit {
  kind: PurchaseModelKind;
  dropout: Dropout;
  params: Float64Array;
  /** Standard errors from the observed information (NaN when −H is not positive definite). */
  se: Float64Array;
  logLikelihood: number;
  /** The optimiser met its tolerance and no parameter sits at a bound of its box. */
  converged: boolean;
  reason: StopReason;
  iterations: number;
  evaluations: number;
  /** Indexes of parameters held at a bound: the likelihood keeps rising towards 0 or ∞ there (with dropout 'none', those of the limit). */
  atBound: number[];
  /**
   * With dropout 'none': the slope of ln L in the drop-out at none (nbd.ts: in p for the BG/NBD,
   * in μ for the Pareto/NBD; ≤ 0 when the data carry no evidence of drop-out) and the
   * log-likelihood of the four-parameter fit at its bound.
   */
  limit?: { score: number; boundLogLikelihood: number };
}

/** Each parameter's box, in logs: 1e-5 … 1e5, the rates' scales (α, β) around the time scale. */
const BOUND = 11.5;
/** A log-parameter this close to its bound (5 %) has run off to it: the optimum is the limit beyond. */
const AT_BOUND = 0.05;
/** Central-difference step in the log-parameters for the Pareto/NBD gradient. */
const LOG_STEP = 1e-6;

/**
 * Maximum likelihood over the log-parameters with the bounded L-BFGS (boundedLbfgs.ts) on the
 * mean log-likelihood per customer, started as the lifetimes package does (every parameter 1 on
 * a time scale where the longest T is 10: α = β = max T / 10) and restarted once from the
 * optimum with a fresh memory. The BG/NBD uses its analytic gradient and the Hessian of its
 * central differences; the Pareto/NBD central differences of the log-likelihood for both.
 * A fit that runs off only towards no drop-out is its limit, the NBD (noDropoutLimit).
 */
export function fitPurchaseModel(kind: PurchaseModelKind, rows: UniqueRows): PurchaseModelFit {
  const n = rows.customers;
  let maxT = 0;
  for (const t of rows.tValues) maxT = Math.max(maxT, t);
  const scale = Math.log(Math.max(maxT, 1e-9) / 10);
  const lower = [-BOUND, scale - BOUND, -BOUND, -BOUND];
  const upper = [BOUND, scale + BOUND, BOUND, BOUND];
  if (kind === 'pareto-nbd') {
    lower[3] = scale - BOUND;
    upper[3] = scale + BOUND;
  }
  const start = [0, scale, 0, kind === 'pareto-nbd' ? scale : 0];
  let objective: (theta: Float64Array, out: Float64Array) => number;
  let hessian: (params: Float64Array) => Float64Array[];
  if (kind === 'bg-nbd') {
    const ll = bgNbdObjective(rows);
    const g = new Float64Array(4);
    objective = (theta, out) => {
      const params = theta.map(Math.exp);
      const value = ll(params, g);
      for (let i = 0; i < 4; i++) out[i] = (-g[i] * params[i]) / n;
      return -value / n;
    };
    hessian = (params) => hessianFromGradient((at, out) => void ll(at, out), params);
  } else {
    const ll = paretoNbdObjective(rows);
    const f = (theta: Float64Array) => -ll(theta.map(Math.exp)) / n;
    const shifted = new Float64Array(4);
    objective = (theta, out) => {
      shifted.set(theta);
      for (let i = 0; i < 4; i++) {
        shifted[i] = theta[i] + LOG_STEP;
        const up = f(shifted);
        shifted[i] = theta[i] - LOG_STEP;
        out[i] = (up - f(shifted)) / (2 * LOG_STEP);
        shifted[i] = theta[i];
      }
      return f(theta);
    };
    hessian = (params) => hessianFromValue((at) => ll(at), params);
  }
  const box = { lower, upper, gradientTolerance: kind === 'bg-nbd' ? 1e-8 : 1e-7 };
  const first = minimiseBounded(objective, start, box);
  const best = Number.isFinite(first.fx) ? minimiseBounded(objective, first.x, box) : first;
  const params = best.x.map(Math.exp);
  const atBound: number[] = [];
  best.x.forEach((t, i) => (t - lower[i] < AT_BOUND || upper[i] - t < AT_BOUND) && atBound.push(i));
  const finite = Number.isFinite(best.fx);
  const fit: PurchaseModelFit = {
    kind,
    dropout: 'estimated',
    params,
    se: finite ? standardErrors(hessian(params)) : new Float64Array(4).fill(NaN),
    logLikelihood: -best.fx * n,
    converged: best.converged && atBound.length === 0 && finite,
    reason: best.reason,
    iterations: first.iterations + best.iterations,
    evaluations: first.evaluations + best.evaluations,
    atBound,
  };
  // Drop-out shape at its lower bound or its scale at its upper: the drop-out collapses on 0.
  const towardsNoDropout = (i: number) =>
    (i === 2 && best.x[2] - lower[2] < AT_BOUND) || (i === 3 && upper[3] - best.x[3] < AT_BOUND);
  return finite && atBound.length > 0 && atBound.every(towardsNoDropout) ? noDropoutLimit(fit, rows, scale) : fit;
}

/** How far (log-likelihood units) the NBD may fall short of the bound's value and still be its limit: rounding. */
const LIMIT_TOLERANCE = 1e-3;

/**
 * A fit that ran off to no drop-out, replaced by its limit, the NBD fitted on (x, T), when the
 * NBD's maximum is the value the fit was approaching (within LIMIT_TOLERANCE) and is itself
 * inside its box; otherwise the fit as it was (a refusal at the bound).
 */
function noDropoutLimit(fit: PurchaseModelFit, rows: UniqueRows, scale: number): PurchaseModelFit {
  const n = rows.customers;
  const ll = nbdObjective(rows);
  const g = new Float64Array(2);
  const objective = (theta: Float64Array, out: Float64Array) => {
    const params = theta.map(Math.exp);
    const value = ll(params, g);
    for (let i = 0; i < 2; i++) out[i] = (-g[i] * params[i]) / n;
    return -value / n;
  };
  const lower = [-BOUND, scale - BOUND];
  const upper = [BOUND, scale + BOUND];
  const box = { lower, upper, gradientTolerance: 1e-8 };
  const first = minimiseBounded(objective, [0, scale], box);
  const best = Number.isFinite(first.fx) ? minimiseBounded(objective, first.x, box) : first;
  const inside = best.x.every((t, i) => t - lower[i] >= AT_BOUND && upper[i] - t >= AT_BOUND);
  const logLikelihood = -best.fx * n;
  if (!(best.converged && inside && logLikelihood >= fit.logLikelihood - LIMIT_TOLERANCE)) return fit;
  const [r, alpha] = best.x.map(Math.exp);
  const se = standardErrors(hessianFromGradient((at, out) => void ll(at, out), [r, alpha]));
  return {
    ...fit,
    dropout: 'none',
    params: Float64Array.of(r, alpha, 0, NaN),
    se: Float64Array.of(se[0], se[1], NaN, NaN),
    logLikelihood,
    converged: true,
    reason: best.reason,
    iterations: fit.iterations + first.iterations + best.iterations,
    evaluations: fit.evaluations + first.evaluations + best.evaluations,
    limit: {
      score: (fit.kind === 'bg-nbd' ? dropoutScore : paretoDropoutScore)([r, alpha], rows),
      boundLogLikelihood: fit.logLikelihood,
    },
  };
}
