/**
 * Logistic regression with an L1 (lasso) penalty:
 *   minimise Σᵢ [log(1 + e^ηᵢ) − yᵢηᵢ] + λ‖β‖₁,  the intercept unpenalised,
 * by coordinate descent on the penalised reweighted least-squares approximation (Friedman,
 * Hastie & Tibshirani 2010, "Regularization paths for generalized linear models via coordinate
 * descent", J. Stat. Softw. 33(1), §3), each outer step backtracked on the true objective.
 * λ = 1/C gives scikit-learn's LogisticRegression(penalty='l1', C) minimiser.
 */
import { columnMajor, linearPredictor, type DesignData } from './designData.ts';
import type { LogisticFit } from './logisticNewton.ts';

export interface L1Options {
  lambda: number;
  maxIterations?: number;
  tolerance?: number;
}

/** log(1 + e^η) without overflow. */
const softplus = (eta: number) => (eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta)));

function objectiveOf(eta: Float64Array, y: Uint8Array, beta: Float64Array, lambda: number): number {
  let f = 0;
  for (let i = 0; i < eta.length; i++) f += softplus(eta[i]) - (y[i] ? eta[i] : 0);
  for (let j = 1; j < beta.length; j++) f += lambda * Math.abs(beta[j]);
  return f;
}

/** A sweep lowering the quadratic by less than this times the total weight has settled (a coefficient then moves ~1e-7 at most). */
const INNER_TOLERANCE = 1e-14;

const softThreshold = (c: number, t: number) => (c > t ? c - t : c < -t ? c + t : 0);

export function logisticL1(
  x: DesignData,
  y: Uint8Array,
  { lambda, maxIterations = 200, tolerance = 1e-13 }: L1Options,
): LogisticFit {
  // Column-major copy: coordinate descent walks one column at a time.
  const { n, p } = x;
  const cols = columnMajor(x);
  const q = p + 1;
  let beta = new Float64Array(q);
  let positives = 0;
  for (let i = 0; i < n; i++) positives += y[i];
  const rate = Math.min(Math.max(positives / Math.max(n, 1), 1e-6), 1 - 1e-6);
  beta[0] = Math.log(rate / (1 - rate));
  let eta = linearPredictor(x, beta);
  let objective = objectiveOf(eta, y, beta, lambda);
  const w = new Float64Array(n);
  const r = new Float64Array(n);
  const a = new Float64Array(p);
  let iterations = 0;
  let converged = false;
  let lastDecrease = objective;
  while (iterations < maxIterations) {
    iterations++;
    // Working weights and residuals of the quadratic approximation at β.
    let sw = 0;
    for (let i = 0; i < n; i++) {
      const mu = 1 / (1 + Math.exp(-eta[i]));
      w[i] = Math.max(mu * (1 - mu), 1e-10);
      r[i] = (y[i] - mu) / w[i];
      sw += w[i];
    }
    for (let j = 0; j < p; j++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += w[i] * cols[j * n + i] * cols[j * n + i];
      a[j] = s;
    }
    const next = Float64Array.from(beta);
    // glmnet's active set: sweep the non-zero coefficients until they settle, then every one.
    // Settled = a sweep lowers the penalised quadratic by (almost) nothing; coefficients are not
    // watched, since with a full one-hot they may drift along directions that change nothing.
    const sweep = (all: boolean): number => {
      let s0 = 0;
      for (let i = 0; i < n; i++) s0 += w[i] * r[i];
      const d0 = s0 / sw;
      next[0] += d0;
      for (let i = 0; i < n; i++) r[i] -= d0;
      let decrease = (s0 * s0) / (2 * sw);
      for (let j = 0; j < p; j++) {
        if (a[j] === 0 || (!all && next[j + 1] === 0)) continue;
        let c = 0;
        const off = j * n;
        for (let i = 0; i < n; i++) c += w[i] * cols[off + i] * r[i];
        const old = next[j + 1];
        const value = softThreshold(c + a[j] * old, lambda) / a[j];
        const d = value - old;
        if (d === 0) continue;
        next[j + 1] = value;
        for (let i = 0; i < n; i++) r[i] -= d * cols[off + i];
        decrease += c * d - 0.5 * a[j] * d * d - lambda * (Math.abs(value) - Math.abs(old));
      }
      return decrease;
    };
    // Far from the optimum the approximation is rough: solve it only as well as the last step gained.
    const settled = Math.max(INNER_TOLERANCE * sw, 1e-6 * lastDecrease);
    for (let full = 0; full < 100; full++) {
      if (sweep(true) < settled) break;
      for (let k = 0; k < 1000 && sweep(false) >= settled; k++);
    }
    // Backtrack from β towards the approximation's minimiser until the true objective falls.
    const trial = new Float64Array(q);
    let trialEta = eta;
    let trialObjective = Infinity;
    for (let t = 1, k = 0; k < 40; k++, t /= 2) {
      for (let j = 0; j < q; j++) trial[j] = beta[j] + t * (next[j] - beta[j]);
      trialEta = linearPredictor(x, trial);
      trialObjective = objectiveOf(trialEta, y, trial, lambda);
      if (trialObjective <= objective + 1e-12 * Math.abs(objective)) break;
    }
    const decrease = objective - trialObjective;
    lastDecrease = decrease;
    beta = trial;
    eta = trialEta;
    objective = trialObjective;
    if (decrease < tolerance * Math.abs(objective)) {
      converged = true;
      break;
    }
  }
  return { beta, iterations, converged, objective };
}
