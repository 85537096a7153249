/**
 * The shifted-beta-geometric (sBG) model of contractual retention: Fader & Hardie (2007), "How to
 * project customer retention", J. Interactive Marketing 21(1). Each customer renews each period
 * with a fixed probability 1 − θ, and θ ~ Beta(α, β) across the cohort. The fits are in
 * shiftedBetaGeometricFit.ts.
 */
import { cohortLifeTable, type LifeTable } from './periodLifeTable.ts';

/**
 * S(0..periods). Fader & Hardie 2007 eq. 8, S(t) = S(t − 1) − P(T = t), cancels catastrophically
 * when the hazard is near 1 (α = 1000, β = 0.001 turns S negative by t = 5), so this uses the
 * equivalent product S(t) = S(t − 1)·r_t of eq. 9, which stays positive with relative error O(tε).
 */
export function projectSurvival(alpha: number, beta: number, periods: number): Float64Array {
  const survival = new Float64Array(periods + 1);
  if (!(alpha > 0 && beta > 0)) return survival.fill(NaN);
  survival[0] = 1;
  for (let t = 1; t <= periods; t++) survival[t] = (survival[t - 1] * (beta + t - 1)) / (alpha + beta + t - 1);
  return survival;
}

/** rates[t − 1] = r_t = (β + t − 1)/(α + β + t − 1) for t = 1..periods (Fader & Hardie 2007, eq. 9). */
export function retentionRates(alpha: number, beta: number, periods: number): Float64Array {
  const rates = new Float64Array(periods);
  for (let t = 1; t <= periods; t++) rates[t - 1] = (beta + t - 1) / (alpha + beta + t - 1);
  return rates;
}

/**
 * Discounted expected residual lifetime, in periods, of a customer alive at t = 0 who has not yet
 * made the first renewal: Σ_{t=1..horizon} S(t) / (1 + discount)^(t−1). As horizon → ∞ this is
 * Fader & Hardie (2010, Marketing Science 29(1)) DERL(d | α, β, 0 renewals), the renewal
 * at t = 1 being paid at once. Their DEL, which counts period 0 as well, is 1 + this / (1 + d).
 */
export function expectedLifetime(alpha: number, beta: number, horizon: number, discount = 0): number {
  return discountedLifetime(projectSurvival(alpha, beta, horizon), discount);
}

/** Σ_{t≥1} survival[t] / (1 + discount)^(t−1) of any projected curve S(0 … horizon) (see expectedLifetime). */
export function discountedLifetime(survival: ArrayLike<number>, discount = 0): number {
  let total = 0;
  for (let t = survival.length - 1; t >= 1; t--) total += survival[t] / (1 + discount) ** (t - 1);
  return total;
}

/** Σ_{t=1..horizon} S(t): expected periods renewed within the horizon by a customer alive at 0. */
export function expectedRemainingLifetime(alpha: number, beta: number, horizon: number): number {
  return expectedLifetime(alpha, beta, horizon, 0);
}

/**
 * log L = Σ_t lost_t·ln h_t + (atRisk_t − lost_t)·ln(1 − h_t) with the sBG hazard h_t = P(T = t |
 * T ≥ t) = 1 − r_t = α/(α+β+t−1) (Fader & Hardie 2007, eq. 9). For one cohort counted alive at
 * 0 … n this is their Σ (n_{t−1} − n_t)·ln P(T=t) + n_n·ln S(n), term for term; it also takes
 * cohorts observed for different numbers of periods (each at risk only while observed).
 */
export function lifeTableLogLikelihood(alpha: number, beta: number, { atRisk, lost }: LifeTable): number {
  if (!(alpha > 0 && beta > 0)) return NaN;
  let logL = 0;
  for (let t = 1; t <= atRisk.length; t++) {
    const logDenominator = Math.log(alpha + beta + t - 1);
    const stayed = atRisk[t - 1] - lost[t - 1];
    if (lost[t - 1] > 0) logL += lost[t - 1] * (Math.log(alpha) - logDenominator);
    if (stayed > 0) logL += stayed * (Math.log(beta + t - 1) - logDenominator);
  }
  return logL;
}

/** log L of one cohort counted alive at t = 0 … n (Fader & Hardie 2007). */
export function shiftedBetaGeometricLogLikelihood(alpha: number, beta: number, alive: Float64Array): number {
  return lifeTableLogLikelihood(alpha, beta, cohortLifeTable(alive));
}
