/**
 * One churn probability θ for every customer and period: the geometric model S(t) = (1 − θ)^t,
 * which the sBG reaches as α, β → ∞ with α / (α + β) = θ (Fader & Hardie 2007, section 3).
 */
import type { LifeTable } from './periodLifeTable.ts';

/** Maximum likelihood θ = Σ lost / Σ at risk, and its log-likelihood (0·ln 0 taken as 0). */
export function constantChurnByLikelihood({ atRisk, lost }: LifeTable): { theta: number; logLikelihood: number } {
  let exposed = 0;
  let losses = 0;
  for (let t = 0; t < atRisk.length; t++) {
    exposed += atRisk[t];
    losses += lost[t];
  }
  const theta = exposed > 0 ? losses / exposed : NaN;
  const stayed = exposed - losses;
  const logLikelihood = (losses > 0 ? losses * Math.log(theta) : 0) + (stayed > 0 ? stayed * Math.log(1 - theta) : 0);
  return { theta, logLikelihood };
}

/** Σ_{t=1..n} (shares[t] − (1 − θ)^t)², shares[0] being 1. */
export function geometricSumSquares(theta: number, shares: ArrayLike<number>): number {
  let sum = 0;
  let s = 1;
  for (let t = 1; t < shares.length; t++) {
    s *= 1 - theta;
    sum += (shares[t] - s) ** 2;
  }
  return sum;
}

/**
 * Least-squares θ on shares alive at t = 0 … n (shares[0] = 1): golden-section search on [0, 1]
 * to 1e-12. The sum of squares is a polynomial in θ that can have more than one dip, so the
 * search starts from the best of a 1,000-point grid, in the bracket around it.
 */
export function constantChurnByLeastSquares(shares: ArrayLike<number>): { theta: number; sumSquares: number } {
  const grid = 1000;
  let best = 0;
  for (let k = 1; k <= grid; k++)
    if (geometricSumSquares(k / grid, shares) < geometricSumSquares(best / grid, shares)) best = k;
  let lo = Math.max(0, (best - 1) / grid);
  let hi = Math.min(1, (best + 1) / grid);
  const g = (Math.sqrt(5) - 1) / 2;
  while (hi - lo > 1e-12) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (geometricSumSquares(a, shares) <= geometricSumSquares(b, shares)) hi = b;
    else lo = a;
  }
  const theta = (lo + hi) / 2;
  return { theta, sumSquares: geometricSumSquares(theta, shares) };
}

/** S(0 … periods) = (1 − θ)^t. */
export function geometricSurvival(theta: number, periods: number): Float64Array {
  const survival = new Float64Array(periods + 1);
  survival[0] = 1;
  for (let t = 1; t <= periods; t++) survival[t] = survival[t - 1] * (1 - theta);
  return survival;
}
