/**
 * The NBD model of repeat buying (Ehrenberg 1959; Morrison & Schmittlein 1988): every customer
 * stays alive and buys at rate λ ~ Gamma(r, α). It is the limit of the BG/NBD when the drop-out
 * probability p ~ Beta(a, b) collapses on 0 (a → 0 or b → ∞), and of the Pareto/NBD when the
 * drop-out rate μ ~ Gamma(s, β) does (s → 0 or β → ∞): the model a fit of either runs off to
 * when the data carry no evidence of drop-out. Parameters are [r, α]; x, t_x, T as in bgNbd.ts.
 */
import { logGamma } from '../../stats/chiSquare.ts';
import { digamma } from '../../stats/digamma.ts';
import type { Params } from './params.ts';
import type { UniqueRows } from './uniqueRows.ts';

/**
 * Σ wᵢ ln L(r, α | xᵢ, Tᵢ), L = Γ(r+x)/Γ(r) · αʳ (α+T)^−(r+x) (the BG/NBD's eq. (6) at p = 0;
 * t_x does not enter), with its gradient in (r, α) written into `gradient` when given.
 */
export function nbdObjective(rows: UniqueRows): (params: Params, gradient?: Float64Array) => number {
  return (params, gradient) => {
    const [r, alpha] = params;
    if (!(r > 0 && alpha > 0)) return NaN;
    const lgR = logGamma(r);
    const psiR = digamma(r);
    const lnAlpha = Math.log(alpha);
    const lgX = Float64Array.from(rows.xValues, (x) => logGamma(r + x) - lgR);
    const psiX = gradient ? Float64Array.from(rows.xValues, (x) => digamma(r + x) - psiR) : null;
    const lnAT = Float64Array.from(rows.tValues, (t) => Math.log(alpha + t));
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    for (let i = 0; i < rows.rows; i++) {
      const w = rows.weight[i];
      const k = rows.xIndex[i];
      const j = rows.tIndex[i];
      const rx = r + rows.xValues[k];
      ll += w * (lgX[k] + r * lnAlpha - rx * lnAT[j]);
      if (psiX) {
        gr += w * (psiX[k] + lnAlpha - lnAT[j]);
        gAlpha += w * (r / alpha - rx / (alpha + rows.tValues[j]));
      }
    }
    if (gradient) {
      gradient[0] = gr;
      gradient[1] = gAlpha;
    }
    return ll;
  };
}

/** Expected purchases in (T, T + t] of a customer with x repeats by T: (r+x) t / (α+T), the Gamma posterior mean rate times t. */
export function nbdConditionalExpectation(params: Params, x: number, T: number, t: number): number {
  const [r, alpha] = params;
  return t > 0 ? ((r + x) * t) / (alpha + T) : 0;
}

/**
 * The score for drop-out at p = 0: d ln L / dp of the BG/NBD with one drop-out probability p for
 * all customers, at p = 0 and the NBD's (r, α): Σ wᵢ [1(x>0) ((α+T)/(α+t_x))^(r+x) − x]. To first
 * order in E[p] it is the slope of the BG/NBD log-likelihood for any Beta mixing; below 0 the
 * likelihood falls as soon as any drop-out is allowed.
 */
export function dropoutScore(params: Params, rows: UniqueRows): number {
  const [r, alpha] = params;
  let score = 0;
  for (let i = 0; i < rows.rows; i++) {
    const x = rows.xValues[rows.xIndex[i]];
    if (x === 0) continue;
    const T = rows.tValues[rows.tIndex[i]];
    const tx = rows.txValues[rows.txIndex[i]];
    score += rows.weight[i] * (Math.exp((r + x) * Math.log((alpha + T) / (alpha + tx))) - x);
  }
  return score;
}

/**
 * The same for the Pareto/NBD: d ln L / dμ of one drop-out rate μ for all customers, at μ = 0 and
 * the NBD's (r, α). With L(μ) ∝ e^−μT (α+T)^−(r+x) + μ ∫ from t_x to T of e^−μy (α+y)^−(r+x) dy,
 * it is Σ wᵢ [(α+T)^(r+x) ∫ (α+y)^−(r+x) dy − T] = Σ wᵢ [(α+T) ((ρ^(r+x−1) − 1) / (r+x−1)) − T],
 * ρ = (α+T)/(α+t_x), whose limit at r + x = 1 is (α+T) ln ρ − T.
 */
export function paretoDropoutScore(params: Params, rows: UniqueRows): number {
  const [r, alpha] = params;
  let score = 0;
  for (let i = 0; i < rows.rows; i++) {
    const k = r + rows.xValues[rows.xIndex[i]] - 1;
    const T = rows.tValues[rows.tIndex[i]];
    const lnRho = Math.log((alpha + T) / (alpha + rows.txValues[rows.txIndex[i]]));
    const growth = Math.abs(k * lnRho) < 1e-12 ? lnRho : Math.expm1(k * lnRho) / k;
    score += rows.weight[i] * ((alpha + T) * growth - T);
  }
  return score;
}
