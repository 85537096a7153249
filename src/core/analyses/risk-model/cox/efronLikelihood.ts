import { rankColumn } from '../trees/rankedColumn.ts';

/**
 * The Cox partial log-likelihood with Efron's approximation for tied event times (Efron 1977),
 * its gradient (the score) and the information matrix, at a given β. At an event time with d
 * events, R_t the risk set's Σ exp(η) and D_t the events' share of it:
 *   ℓ += Σ_events η − Σ_{k=0}^{d−1} log(R_t − (k/d) D_t),
 * and likewise for the first and second derivatives, the risk-set sums S1, S2 thinned the same
 * way (Therneau & Grambsch 2000, §3.3; R survival's coxfit6.c). Breslow's approximation drops the
 * k/d terms. Covariates are centred first, as R does: β is unchanged, the sums better conditioned;
 * like R (`nocenter = c(-1, 0, 1)`), a covariate whose values are all −1, 0 or 1 is left as it is,
 * which fixes the level of the linear predictor R reports.
 */
export type CoxTies = 'efron' | 'breslow';

export interface CoxData {
  n: number;
  p: number;
  /** Times ascending (stable order of the input rows). */
  time: Float64Array;
  event: Uint8Array;
  /** Centred covariates, row-major in time order: x[i · p + j]. */
  x: Float64Array;
  /** Input row of each position. */
  row: Int32Array;
  /** What was subtracted from each column: its mean, or 0 for a −1/0/1 column. */
  means: Float64Array;
  /** Start of each tied-time group in time order, and n at the end. */
  groupStart: Int32Array;
}

/** Sorts by time and centres the covariate columns; rows with NaN time or covariate must be dropped first. */
export function coxData(time: Float64Array, event: Uint8Array, covariates: readonly Float64Array[]): CoxData {
  const n = time.length;
  const p = covariates.length;
  const { order } = rankColumn(time);
  const means = Float64Array.from(covariates, (column) => {
    let sum = 0;
    let indicator = true;
    for (let i = 0; i < n; i++) {
      const v = column[i];
      sum += v;
      if (v !== 0 && v !== 1 && v !== -1) indicator = false;
    }
    return n > 0 && !indicator ? sum / n : 0;
  });
  const sortedTime = new Float64Array(n);
  const sortedEvent = new Uint8Array(n);
  const x = new Float64Array(n * p);
  for (let k = 0; k < n; k++) {
    const i = order[k];
    sortedTime[k] = time[i];
    sortedEvent[k] = event[i] ? 1 : 0;
    for (let j = 0; j < p; j++) x[k * p + j] = covariates[j][i] - means[j];
  }
  const starts: number[] = [];
  for (let k = 0; k < n; k++) if (k === 0 || sortedTime[k] !== sortedTime[k - 1]) starts.push(k);
  starts.push(n);
  return { n, p, time: sortedTime, event: sortedEvent, x, row: order, means, groupStart: Int32Array.from(starts) };
}

export interface PartialLikelihood {
  logLik: number;
  /** Score vector ∂ℓ/∂β. */
  gradient: Float64Array;
  /** Information −∂²ℓ/∂β², p × p row-major. */
  information: Float64Array;
}

/** ℓ(β), its score and information, walking the tied-time groups from the latest back. */
export function partialLikelihood(data: CoxData, beta: Float64Array, ties: CoxTies = 'efron'): PartialLikelihood {
  const { n, p, x, event, groupStart } = data;
  const gradient = new Float64Array(p);
  const information = new Float64Array(p * p);
  const s1 = new Float64Array(p);
  const s2 = new Float64Array(p * p);
  const d1 = new Float64Array(p);
  const d2 = new Float64Array(p * p);
  const mean = new Float64Array(p);
  const eta = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let e = 0;
    for (let j = 0; j < p; j++) e += x[i * p + j] * beta[j];
    eta[i] = e;
  }
  let logLik = 0;
  let s0 = 0;
  for (let g = groupStart.length - 2; g >= 0; g--) {
    let d0 = 0;
    let deaths = 0;
    d1.fill(0);
    d2.fill(0);
    for (let i = groupStart[g]; i < groupStart[g + 1]; i++) {
      const r = Math.exp(eta[i]);
      s0 += r;
      const dead = event[i] === 1;
      if (dead) {
        deaths++;
        d0 += r;
        logLik += eta[i];
      }
      for (let j = 0; j < p; j++) {
        const xj = x[i * p + j];
        s1[j] += r * xj;
        if (dead) {
          d1[j] += r * xj;
          gradient[j] += xj;
        }
        for (let k = 0; k <= j; k++) {
          const v = r * xj * x[i * p + k];
          s2[j * p + k] += v;
          if (dead) d2[j * p + k] += v;
        }
      }
    }
    for (let m = 0; m < deaths; m++) {
      const f = ties === 'efron' ? m / deaths : 0;
      const denominator = s0 - f * d0;
      logLik -= Math.log(denominator);
      for (let j = 0; j < p; j++) {
        mean[j] = (s1[j] - f * d1[j]) / denominator;
        gradient[j] -= mean[j];
      }
      for (let j = 0; j < p; j++) {
        for (let k = 0; k <= j; k++)
          information[j * p + k] += (s2[j * p + k] - f * d2[j * p + k]) / denominator - mean[j] * mean[k];
      }
    }
  }
  for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) information[k * p + j] = information[j * p + k];
  return { logLik, gradient, information };
}
