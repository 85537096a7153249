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
import type { UniqueRows } from './uniqueRows.ts';

export type PurchaseModelKind = 'bg-nbd' | 'pareto-nbd';

export const PARAMETER_NAMES: Record<PurchaseModelKind, readonly string[]> = {
  'bg-nbd': ['r', 'alpha', 'a', 'b'],
  'pareto-nbd': ['r', 'alpha', 's', 'beta'],
};

export interface PurchaseModel {
  kind: PurchaseModelKind;
  params: Float64Array;
  alive(x: number, tx: number, T: number): number;
  /** Expected purchases in (T, T + t] of a customer alive at T with x repeat purchases. */
  aliveExpectation(x: number, T: number, t: number): number;
}

export function purchaseModel(kind: PurchaseModelKind, params: ArrayLike<number>): PurchaseModel {
  const p = Float64Array.from(params);
  return kind === 'bg-nbd'
    ? {
        kind,
        params: p,
        alive: (x, tx, T) => bgNbdAlive(p, x, tx, T),
        aliveExpectation: (x, T, t) => bgNbdAliveExpectation(p, x, T, t),
      }
    : {
        kind,
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
  params: Float64Array;
  /** Standard errors from the observed information (NaN when −H is not positive definite). */
  se: Float64Array;
  logLikelihood: number;
  /** The optimiser met its tolerance and no parameter sits at a bound of its box. */
  converged: boolean;
  reason: StopReason;
  iterations: number;
  evaluations: number;
  /** Indexes of parameters held at a bound: the likelihood keeps rising towards 0 or ∞ there. */
  atBound: number[];
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
  return {
    kind,
    params,
    se: finite ? standardErrors(hessian(params)) : new Float64Array(4).fill(NaN),
    logLikelihood: -best.fx * n,
    converged: best.converged && atBound.length === 0 && finite,
    reason: best.reason,
    iterations: first.iterations + best.iterations,
    evaluations: first.evaluations + best.evaluations,
    atBound,
  };
}
