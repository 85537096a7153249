import { nelderMead } from '../../stats/nelderMead.ts';

/**
 * The shifted-beta-geometric (sBG) model of contractual retention: Fader & Hardie (2007), "How to
 * project customer retention", J. Interactive Marketing 21(1). Each customer renews each period
 * with a fixed probability 1 − θ, and θ ~ Beta(α, β) across the cohort.
 */
export interface ShiftedBetaGeometricFit {
  alpha: number;
  beta: number;
  /** In customers: scaled by `cohortSize`. */
  logLikelihood: number;
  iterations: number;
  converged: boolean;
}

export interface ShiftedBetaGeometricOptions {
  /** Customers at t = 0; `survivors` are rescaled to it. Defaults to survivors[0] (i.e. they are counts). */
  cohortSize?: number;
  maxIterations?: number;
}

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
  const survival = projectSurvival(alpha, beta, horizon);
  let total = 0;
  for (let t = horizon; t >= 1; t--) total += survival[t] / (1 + discount) ** (t - 1);
  return total;
}

/** Σ_{t=1..horizon} S(t): expected periods renewed within the horizon by a customer alive at 0. */
export function expectedRemainingLifetime(alpha: number, beta: number, horizon: number): number {
  return expectedLifetime(alpha, beta, horizon, 0);
}

/**
 * log L = Σ_{t=1..n} (n_{t−1} − n_t)·ln P(T=t) + n_n·ln S(n), n_t customers alive at t (Fader &
 * Hardie 2007). P(T=t) = S(t−1)·α/(α+β+t−1) unrolls eq. 7 (P(1) = α/(α+β), P(t) = (β+t−2)/(α+β+t−1)
 * ·P(t−1)); it and S are summed as logs so long horizons neither cancel nor underflow.
 */
export function shiftedBetaGeometricLogLikelihood(alpha: number, beta: number, alive: Float64Array): number {
  if (!(alpha > 0 && beta > 0)) return NaN;
  const n = alive.length - 1;
  let logL = 0;
  let logS = 0;
  for (let t = 1; t <= n; t++) {
    const logDenominator = Math.log(alpha + beta + t - 1);
    const lost = alive[t - 1] - alive[t];
    if (lost > 0) logL += lost * (logS + Math.log(alpha) - logDenominator);
    logS += Math.log(beta + t - 1) - logDenominator;
  }
  return alive[n] > 0 ? logL + alive[n] * logS : logL;
}

/**
 * Maximum-likelihood sBG fit to the number (or share) of a cohort alive at t = 0, 1, …, n. Pass a
 * slice to fit fewer periods. Optimises (ln α, ln β) by Nelder–Mead from the (α, β) that match
 * the first two observed retention rates (α = β = 1 when they do not rise), restarted once at the
 * optimum, to 1e-10 in mean log L per customer. Fewer than two periods (α and β are not
 * identified from one) or a cohort that grows gives NaN parameters. Where no interior optimum
 * exists, α and β run off: towards ∞ together when retention does not rise (a homogeneous,
 * geometric cohort), or towards 0 or ∞ when nobody, or everybody, leaves in the first period.
 */
export function fitShiftedBetaGeometric(
  survivors: Float64Array,
  { cohortSize = survivors[0], maxIterations = 10_000 }: ShiftedBetaGeometricOptions = {},
): ShiftedBetaGeometricFit {
  const invalid = { alpha: NaN, beta: NaN, logLikelihood: NaN, iterations: 0, converged: false };
  if (survivors.length < 3 || !(survivors[0] > 0) || !(cohortSize > 0)) return invalid;
  for (let t = 1; t < survivors.length; t++)
    if (!(survivors[t] >= 0 && survivors[t] <= survivors[t - 1])) return invalid;
  const alive = survivors.map((s) => (s / survivors[0]) * cohortSize);
  // Per customer, so the 1e-10 tolerance on f stays above rounding noise in cohorts of any size.
  const negLogL = (x: Float64Array) =>
    -shiftedBetaGeometricLogLikelihood(Math.exp(x[0]), Math.exp(x[1]), alive) / cohortSize;

  const r1 = alive[1] / alive[0];
  const r2 = alive[1] > 0 ? alive[2] / alive[1] : NaN;
  const beta0 = (1 - r2) / (r2 / r1 - 1);
  const start = r2 > r1 && r1 > 0 && beta0 > 0 ? [Math.log((beta0 * (1 - r1)) / r1), Math.log(beta0)] : [0, 0];

  const options = { fTolerance: 1e-10, xTolerance: 1e-10, maxIterations, step: 0.5 };
  const first = nelderMead(negLogL, start, options);
  const second = nelderMead(negLogL, first.x, { ...options, step: 0.05 });
  return {
    alpha: Math.exp(second.x[0]),
    beta: Math.exp(second.x[1]),
    logLikelihood: -second.fx * cohortSize,
    iterations: first.iterations + second.iterations,
    converged: first.converged && second.converged,
  };
}
