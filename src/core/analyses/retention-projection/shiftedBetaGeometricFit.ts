/**
 * Fitting the sBG (shiftedBetaGeometric.ts): by maximum likelihood to customers counted period by
 * period, or by least squares to a curve of shares alive when no number of customers is known;
 * and saying whether the fit found an sBG at all. Where retention does not rise, the likelihood
 * (or the sum of squares) keeps improving as α and β grow together along α / (α + β) = θ: the
 * optimum is the geometric limit, one churn rate θ for everybody, and α, β are not estimated.
 */
import { nelderMead } from '../../stats/nelderMead.ts';
import { constantChurnByLeastSquares, constantChurnByLikelihood, geometricSurvival } from './constantChurn.ts';
import { cohortLifeTable, lifeTableSurvival, type LifeTable } from './periodLifeTable.ts';
import { lifeTableLogLikelihood, projectSurvival } from './shiftedBetaGeometric.ts';

/**
 * 'converged': an sBG with finite α, β fits best. 'degenerate-constant-churn': one constant churn
 * rate fits as well as any sBG (α, β ran off together, or to 0 or ∞ when nobody or everybody
 * left): `churnRate` is that rate, α and β are where the optimiser stopped and mean nothing.
 * 'not-converged': the optimiser stopped at its step limit before settling.
 */
export type SbgFitOutcome = 'converged' | 'degenerate-constant-churn' | 'not-converged';

export interface ShiftedBetaGeometricFit {
  alpha: number;
  beta: number;
  outcome: SbgFitOutcome;
  /** Churn probability per period: the cohort's mean θ = α / (α + β), or the constant θ of a degenerate fit. */
  churnRate: number;
  /** Maximum likelihood: log L in customers. NaN for a least-squares fit. */
  logLikelihood: number;
  /** Σ_{t=1..n} (observed − fitted share alive)². */
  sumSquares: number;
  iterations: number;
}

export interface ShiftedBetaGeometricOptions {
  /** Customers at t = 0; `survivors` are rescaled to it. Defaults to survivors[0] (i.e. they are counts). */
  cohortSize?: number;
  maxIterations?: number;
}

/** Both beyond this, α and β only say "a constant rate": Beta(α, β) has a spread below 1 % of its mean's. */
const RIDGE = 1e4;
/** An sBG that beats one constant rate by less than this (log L per customer, or sum of squares) does not. */
const NO_GAIN = { likelihood: 1e-9, squares: 1e-12 };

const INVALID: ShiftedBetaGeometricFit = {
  alpha: NaN,
  beta: NaN,
  outcome: 'not-converged',
  churnRate: NaN,
  logLikelihood: NaN,
  sumSquares: NaN,
  iterations: 0,
};

/** S(0 … periods) of a fit: the sBG curve, or the geometric (1 − θ)^t of a degenerate one. */
export function fittedSurvival(fit: ShiftedBetaGeometricFit, periods: number): Float64Array {
  return fit.outcome === 'degenerate-constant-churn'
    ? geometricSurvival(fit.churnRate, periods)
    : projectSurvival(fit.alpha, fit.beta, periods);
}

/** Fitted retention S(t) / S(t − 1) for t = 1 … periods. */
export function fittedRetention(fit: ShiftedBetaGeometricFit, periods: number): Float64Array {
  const s = fittedSurvival(fit, periods);
  return Float64Array.from({ length: periods }, (_, i) =>
    fit.outcome === 'degenerate-constant-churn' ? 1 - fit.churnRate : s[i + 1] / s[i],
  );
}

/**
 * Nelder–Mead over (ln α, ln β) from the (α, β) that match the first two retention rates r1, r2
 * (α = β = 1 when they do not rise), restarted once at the optimum with a small simplex.
 */
function optimise(
  objective: (alpha: number, beta: number) => number,
  r1: number,
  r2: number,
  tolerance: number,
  maxIterations: number,
) {
  const beta0 = (1 - r2) / (r2 / r1 - 1);
  const start = r2 > r1 && r1 > 0 && beta0 > 0 ? [Math.log((beta0 * (1 - r1)) / r1), Math.log(beta0)] : [0, 0];
  const f = (x: Float64Array) => objective(Math.exp(x[0]), Math.exp(x[1]));
  const options = { fTolerance: tolerance, xTolerance: 1e-10, maxIterations, step: 0.5 };
  const first = nelderMead(f, start, options);
  const second = nelderMead(f, first.x, { ...options, step: 0.05 });
  return {
    alpha: Math.exp(second.x[0]),
    beta: Math.exp(second.x[1]),
    value: second.fx,
    iterations: first.iterations + second.iterations,
    converged: first.converged && second.converged,
  };
}

function sumSquares(shares: ArrayLike<number>, fitted: Float64Array): number {
  let sum = 0;
  for (let t = 1; t < shares.length; t++) sum += (shares[t] - fitted[t]) ** 2;
  return sum;
}

/**
 * Maximum-likelihood sBG fit to a life table (customers at risk and lost in periods 1 … n; one
 * cohort or several observed for different lengths). Tolerance 1e-10 in mean log L per customer
 * of period 1, so it stays above rounding noise in cohorts of any size. Fewer than two periods
 * (α and β are not identified from one) or nobody at risk in period 1 gives NaN parameters.
 */
export function fitLifeTable(table: LifeTable, { maxIterations = 10_000 } = {}): ShiftedBetaGeometricFit {
  const { atRisk, lost } = table;
  const customers = atRisk[0];
  if (atRisk.length < 2 || !(customers > 0)) return INVALID;
  for (let t = 0; t < atRisk.length; t++) if (!(lost[t] >= 0 && lost[t] <= atRisk[t])) return INVALID;
  const negLogL = (alpha: number, beta: number) => -lifeTableLogLikelihood(alpha, beta, table) / customers;
  const r1 = 1 - lost[0] / atRisk[0];
  const r2 = atRisk[1] > 0 ? 1 - lost[1] / atRisk[1] : NaN;
  const best = optimise(negLogL, r1, r2, 1e-10, maxIterations);
  const logLikelihood = -best.value * customers;
  const constant = constantChurnByLikelihood(table);
  const degenerate =
    (best.alpha > RIDGE && best.beta > RIDGE) ||
    logLikelihood - constant.logLikelihood <= NO_GAIN.likelihood * customers;
  const fit: ShiftedBetaGeometricFit = {
    alpha: best.alpha,
    beta: best.beta,
    outcome: degenerate ? 'degenerate-constant-churn' : best.converged ? 'converged' : 'not-converged',
    churnRate: degenerate ? constant.theta : best.alpha / (best.alpha + best.beta),
    logLikelihood: degenerate ? constant.logLikelihood : logLikelihood,
    sumSquares: NaN,
    iterations: best.iterations,
  };
  const observed = lifeTableSurvival(table);
  fit.sumSquares = sumSquares(observed, fittedSurvival(fit, atRisk.length));
  return fit;
}

/**
 * Maximum-likelihood sBG fit to one cohort alive at t = 0, 1, …, n (Fader & Hardie 2007): counts,
 * or shares rescaled to `cohortSize` customers. A cohort that grows gives NaN parameters.
 */
export function fitShiftedBetaGeometric(
  survivors: Float64Array,
  { cohortSize = survivors[0], maxIterations = 10_000 }: ShiftedBetaGeometricOptions = {},
): ShiftedBetaGeometricFit {
  if (survivors.length < 3 || !(survivors[0] > 0) || !(cohortSize > 0)) return INVALID;
  for (let t = 1; t < survivors.length; t++)
    if (!(survivors[t] >= 0 && survivors[t] <= survivors[t - 1])) return INVALID;
  return fitLifeTable(cohortLifeTable(survivors.map((s) => (s / survivors[0]) * cohortSize)), { maxIterations });
}

/**
 * Least-squares sBG fit to the shares alive at t = 0 … n (shares[0] = 1): minimises
 * Σ_{t=1..n} (shares[t] − S(t))², each period weighted alike, for a curve of percentages whose
 * number of customers is unknown; no sample size is assumed, so there is no likelihood.
 */
export function fitShares(shares: Float64Array, { maxIterations = 10_000 } = {}): ShiftedBetaGeometricFit {
  if (shares.length < 3 || shares[0] !== 1) return INVALID;
  for (let t = 1; t < shares.length; t++) if (!(shares[t] >= 0 && shares[t] <= shares[t - 1])) return INVALID;
  const n = shares.length - 1;
  const objective = (alpha: number, beta: number) =>
    alpha > 0 && beta > 0 ? sumSquares(shares, projectSurvival(alpha, beta, n)) : NaN;
  const best = optimise(objective, shares[1], shares[1] > 0 ? shares[2] / shares[1] : NaN, 1e-14, maxIterations);
  const constant = constantChurnByLeastSquares(shares);
  const degenerate = (best.alpha > RIDGE && best.beta > RIDGE) || best.value >= constant.sumSquares - NO_GAIN.squares;
  return {
    alpha: best.alpha,
    beta: best.beta,
    outcome: degenerate ? 'degenerate-constant-churn' : best.converged ? 'converged' : 'not-converged',
    churnRate: degenerate ? constant.theta : best.alpha / (best.alpha + best.beta),
    logLikelihood: NaN,
    sumSquares: degenerate ? constant.sumSquares : best.value,
    iterations: best.iterations,
  };
}
