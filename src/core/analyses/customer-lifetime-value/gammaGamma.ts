/**
 * The Gamma-Gamma model of spend per transaction (Fader, Hardie & Lee 2005, "RFM and CLV: using
 * iso-value curves for customer base analysis", JMR 42(4); Colombo & Jiang 1999): each purchase
 * of a customer is Gamma(p, ν) with ν ~ Gamma(q, γ) across customers, independent of how often
 * they buy. Fitted on the repeat buyers' mean repeat spend z̄ over their x repeat purchases.
 */
import { logGamma } from '../../stats/chiSquare.ts';
import { digamma } from '../../stats/digamma.ts';
import { minimiseBounded } from '../../stats/boundedLbfgs.ts';
import { hessianFromGradient, standardErrors } from '../../stats/numericalHessian.ts';
import type { Params } from './params.ts';

/** Repeat buyers of the fit: x > 0 and a mean repeat spend above 0 (ln z̄ must exist). */
export interface SpendData {
  x: Float64Array;
  meanSpend: Float64Array;
}

/**
 * Σ ln f(z̄ | x; p, q, γ), FHL 2005 (JMR) eq. (3) for the mean of x purchases:
 * ln Γ(px+q) − ln Γ(px) − ln Γ(q) + q ln γ + (px−1) ln z̄ + px ln x − (px+q) ln(γ + x z̄),
 * with its analytic gradient in (p, q, γ) written into `gradient` when given. The terms in x alone
 * (log Γ, ψ, and the sums of ln z̄) are taken once per distinct x; per customer only ln(γ + x z̄).
 */
export function gammaGammaObjective(data: SpendData): (params: Params, gradient?: Float64Array) => number {
  const { x, meanSpend } = data;
  const n = x.length;
  const groupOf = new Map<number, number>();
  const xs: number[] = [];
  const count: number[] = [];
  const sumLnZ: number[] = [];
  for (let i = 0; i < n; i++) {
    let g = groupOf.get(x[i]);
    if (g === undefined) {
      groupOf.set(x[i], (g = xs.length));
      xs.push(x[i]);
      count.push(0);
      sumLnZ.push(0);
    }
    count[g]++;
    sumLnZ[g] += Math.log(meanSpend[i]);
  }
  return (params, gradient) => {
    const [p, q, gamma] = params;
    if (!(p > 0 && q > 0 && gamma > 0)) return NaN;
    const lnGamma = Math.log(gamma);
    let ll = n * (q * lnGamma - logGamma(q));
    let gp = 0;
    let gq = gradient ? n * (lnGamma - digamma(q)) : 0;
    let gg = (n * q) / gamma;
    for (let k = 0; k < xs.length; k++) {
      const px = p * xs[k];
      const lnX = Math.log(xs[k]);
      ll += count[k] * (logGamma(px + q) - logGamma(px) + px * lnX) + (px - 1) * sumLnZ[k];
      if (gradient) {
        const psi = digamma(px + q);
        gp += xs[k] * (count[k] * (psi - digamma(px) + lnX) + sumLnZ[k]);
        gq += count[k] * psi;
      }
    }
    for (let i = 0; i < n; i++) {
      const total = gamma + x[i] * meanSpend[i];
      const px = p * x[i];
      ll -= (px + q) * Math.log(total);
      if (gradient) {
        const lnTotal = Math.log(total);
        gp -= x[i] * lnTotal;
        gq -= lnTotal;
        gg -= (px + q) / total;
      }
    }
    if (gradient) {
      gradient[0] = gp;
      gradient[1] = gq;
      gradient[2] = gg;
    }
    return ll;
  };
}

/** The same for one evaluation: Σ ln f(z̄ | x; p, q, γ), and its gradient into `gradient` when given. */
export function gammaGammaLogLikelihood(data: SpendData, params: Params, gradient?: Float64Array): number {
  return gammaGammaObjective(data)(params, gradient);
}

export interface GammaGammaFit {
  /** [p, q, γ]. */
  params: Float64Array;
  se: Float64Array;
  logLikelihood: number;
  converged: boolean;
  iterations: number;
  /** Parameters the optimiser held at a bound of its box (0 p, 1 q, 2 γ). */
  atBound: number[];
}

const BOUND = 11.5;

/**
 * Maximum likelihood over (ln p, ln q, ln γ) with the bounded L-BFGS (boundedLbfgs.ts), started at
 * p = 1, q = 2, γ = mean z̄ and restarted once from the optimum; standard errors from the Hessian
 * of central differences of the analytic gradient.
 */
export function fitGammaGamma(data: SpendData): GammaGammaFit {
  const n = data.x.length;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += data.meanSpend[i] / n;
  const g = new Float64Array(3);
  const logLikelihood = gammaGammaObjective(data);
  const objective = (theta: Float64Array, out: Float64Array) => {
    const params = theta.map(Math.exp);
    const ll = logLikelihood(params, g);
    for (let i = 0; i < 3; i++) out[i] = (-g[i] * params[i]) / n;
    return -ll / n;
  };
  const scale = Math.log(mean);
  const box = { lower: [-BOUND, -BOUND, scale - BOUND], upper: [BOUND, BOUND, scale + BOUND] };
  const first = minimiseBounded(objective, [0, Math.log(2), scale], box);
  const best = minimiseBounded(objective, first.x, box);
  const params = best.x.map(Math.exp);
  const hessian = hessianFromGradient((at, out) => void logLikelihood(at, out), params);
  const atBound: number[] = [];
  best.atBound.forEach((b, i) => b !== 0 && atBound.push(i));
  return {
    params,
    se: standardErrors(hessian),
    logLikelihood: -best.fx * n,
    converged: best.converged && atBound.length === 0,
    iterations: first.iterations + best.iterations,
    atBound,
  };
}

/**
 * E[Z | z̄, x]: a customer's expected spend per purchase, FHL 2005 (JMR) eq. (5),
 * (p(γ + x z̄)) / (px + q − 1) — the population mean pγ/(q−1) weighted against their own mean z̄
 * by how many purchases they made (x = 0: the population mean). Needs q > 1.
 */
export function expectedSpend(params: Params, x: number, meanSpend: number): number {
  const [p, q, gamma] = params;
  const z = x > 0 ? meanSpend : 0;
  return (p * (gamma + x * z)) / (p * x + q - 1);
}
