import { chiSquareQuantile, chiSquareSurvival } from '../../../stats/chiSquare.ts';
import { ldlDecompose, ldlInverse, ldlSolve, quadraticFormInverse } from './choleskyLdl.ts';
import { coxData, partialLikelihood, type CoxData, type CoxTies } from './efronLikelihood.ts';

/**
 * The Cox proportional-hazards model (Cox 1972) fitted by Newton–Raphson on the partial
 * likelihood, as R's `coxph` (coxfit6.c): start at β = 0, take Newton steps, halve a step that
 * lowers the likelihood, stop when the log-likelihood changes by less than `tolerance` relative
 * (R's eps = 1e-9). Standard errors from the inverse information at the estimate; Wald intervals
 * for the hazard ratios exp(β ± z se); the likelihood-ratio, Wald and score (log-rank) tests on
 * rank(I) degrees of freedom. A covariate that is a combination of others is flagged singular and
 * gets NaN, as R gives NA.
 */
export interface CoxOptions {
  ties?: CoxTies;
  maxIterations?: number;
  tolerance?: number;
  /** Interval level; default 0.95. */
  level?: number;
}

export interface ChiSquareTest {
  statistic: number;
  df: number;
  p: number;
}

export interface CoxModel {
  ties: CoxTies;
  n: number;
  events: number;
  coefficients: Float64Array;
  standardErrors: Float64Array;
  /** exp(β) and its interval at `level`. */
  hazardRatios: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  /** Wald z = β / se and its two-sided p. */
  z: Float64Array;
  p: Float64Array;
  level: number;
  /** Inverse information at β̂, p × p row-major. */
  variance: Float64Array;
  logLikNull: number;
  logLik: number;
  likelihoodRatio: ChiSquareTest;
  wald: ChiSquareTest;
  score: ChiSquareTest;
  iterations: number;
  converged: boolean;
  singular: Uint8Array;
  /** Column means the linear predictor is centred on. */
  means: Float64Array;
  /** (x − mean) · β per input row, as R's `linear.predictors`. */
  linearPredictor: Float64Array;
}

function chiSquareTest(statistic: number, df: number): ChiSquareTest {
  return { statistic, df, p: chiSquareSurvival(statistic, df) };
}

/** Newton–Raphson on prepared data; returns β̂ and the likelihood at β̂ and at 0. */
export function newtonRaphson(data: CoxData, options: CoxOptions = {}) {
  const ties = options.ties ?? 'efron';
  const maxIterations = options.maxIterations ?? 20;
  const tolerance = options.tolerance ?? 1e-9;
  const p = data.p;
  let beta = new Float64Array(p);
  const atZero = partialLikelihood(data, beta, ties);
  let current = atZero;
  let decomposition = ldlDecompose(current.information, p);
  const step = ldlSolve(decomposition, Float64Array.from(current.gradient));
  let next = Float64Array.from(step);
  let iterations = 0;
  let converged = p === 0;
  let halving = false;
  while (!converged && iterations < maxIterations) {
    iterations++;
    const trial = partialLikelihood(data, next, ties);
    const finite = Number.isFinite(trial.logLik);
    const accept = () => {
      beta = next;
      current = trial;
      decomposition = ldlDecompose(current.information, p);
    };
    if (finite && Math.abs(1 - current.logLik / trial.logLik) <= tolerance && !halving) {
      accept();
      converged = true;
    } else if (!finite || trial.logLik < current.logLik) {
      // R's step halving: back towards the last accepted β.
      halving = true;
      next = Float64Array.from(next, (b, j) => (b + beta[j]) / 2);
    } else {
      halving = false;
      accept();
      const s = ldlSolve(decomposition, Float64Array.from(current.gradient));
      next = Float64Array.from(beta, (b, j) => b + s[j]);
    }
  }
  return { beta, atZero, atBeta: current, decomposition, iterations, converged };
}

export function coxFit(
  time: Float64Array,
  event: Uint8Array,
  covariates: readonly Float64Array[],
  options: CoxOptions = {},
): CoxModel {
  const ties = options.ties ?? 'efron';
  const level = options.level ?? 0.95;
  const data = coxData(time, event, covariates);
  const p = data.p;
  const fit = newtonRaphson(data, options);
  const { beta, decomposition } = fit;
  const variance = ldlInverse(decomposition);
  const singular = decomposition.singular;
  const rank = decomposition.rank;
  const z = Math.sqrt(chiSquareQuantile(1 - level, 1));
  const coefficients = Float64Array.from(beta, (b, j) => (singular[j] ? NaN : b));
  const standardErrors = Float64Array.from(beta, (_, j) => (singular[j] ? NaN : Math.sqrt(variance[j * p + j])));
  const zValues = Float64Array.from(coefficients, (b, j) => b / standardErrors[j]);
  let wald = 0;
  for (let j = 0; j < p; j++) {
    if (singular[j]) continue;
    for (let k = 0; k < p; k++) if (!singular[k]) wald += beta[j] * fit.atBeta.information[j * p + k] * beta[k];
  }
  const atZeroDecomposition = ldlDecompose(fit.atZero.information, p);
  const linearPredictor = new Float64Array(data.n);
  for (let k = 0; k < data.n; k++) {
    let e = 0;
    for (let j = 0; j < p; j++) e += data.x[k * p + j] * beta[j];
    linearPredictor[data.row[k]] = e;
  }
  let events = 0;
  for (let k = 0; k < data.n; k++) events += data.event[k];
  return {
    ties,
    n: data.n,
    events,
    coefficients,
    standardErrors,
    hazardRatios: coefficients.map(Math.exp),
    lower: Float64Array.from(coefficients, (b, j) => Math.exp(b - z * standardErrors[j])),
    upper: Float64Array.from(coefficients, (b, j) => Math.exp(b + z * standardErrors[j])),
    z: zValues,
    p: zValues.map((v) => chiSquareSurvival(v * v, 1)),
    level,
    variance,
    logLikNull: fit.atZero.logLik,
    logLik: fit.atBeta.logLik,
    likelihoodRatio: chiSquareTest(2 * (fit.atBeta.logLik - fit.atZero.logLik), rank),
    wald: chiSquareTest(wald, rank),
    score: chiSquareTest(quadraticFormInverse(atZeroDecomposition, fit.atZero.gradient), atZeroDecomposition.rank),
    iterations: fit.iterations,
    converged: fit.converged,
    singular,
    means: data.means,
    linearPredictor,
  };
}
