/**
 * The BG/NBD model of repeat buying (Fader, Hardie & Lee 2005, "Counting your customers the easy
 * way", Marketing Science 24(2)): while alive a customer buys at rate λ ~ Gamma(r, α); after each
 * purchase they drop out with probability p ~ Beta(a, b). x = repeat purchases, t_x = the time of
 * the last one, T = the time observed, all from the first purchase. Parameters are [r, α, a, b].
 */
import { logGamma } from '../../stats/chiSquare.ts';
import { digamma } from '../../stats/digamma.ts';
import { hypergeometric2F1 } from '../../stats/hypergeometric.ts';
import type { Params } from './params.ts';
import type { UniqueRows } from './uniqueRows.ts';

/**
 * The log-likelihood Σ wᵢ ln L(r, α, a, b | xᵢ, t_xᵢ, Tᵢ) of FHL 2005 eq. (6):
 * L = Γ(r+x) αʳ / Γ(r) · B(a, b+x) / B(a, b) · [(α+T)^−(r+x) + δ(x>0) a/(b+x−1) (α+t_x)^−(r+x)],
 * with its analytic gradient in (r, α, a, b) written into `gradient` when given. Terms in x alone
 * (log Γ, ψ) are taken once per distinct x, ln(α + T) once per distinct T.
 */
export function bgNbdObjective(rows: UniqueRows): (params: Params, gradient?: Float64Array) => number {
  const nx = rows.xValues.length;
  const weightOfX = new Float64Array(nx);
  for (let i = 0; i < rows.rows; i++) weightOfX[rows.xIndex[i]] += rows.weight[i];
  const lnAT = new Float64Array(rows.tValues.length);
  const invAT = new Float64Array(rows.tValues.length);
  const lnAtx = new Float64Array(rows.txValues.length);
  const invAtx = new Float64Array(rows.txValues.length);
  const lnBx = new Float64Array(nx);
  const invBx = new Float64Array(nx);
  return (params, gradient) => {
    const [r, alpha, a, b] = params;
    if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) return NaN;
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    const lnAlpha = Math.log(alpha);
    const lnA = Math.log(a);
    const wantGradient = gradient !== undefined;
    const common = { r: logGamma(r), b: logGamma(b), ab: logGamma(a + b) };
    const psi = wantGradient ? { r: digamma(r), b: digamma(b), ab: digamma(a + b) } : null;
    for (let k = 0; k < nx; k++) {
      const x = rows.xValues[k];
      const w = weightOfX[k];
      lnBx[k] = x > 0 ? Math.log(b + x - 1) : 0;
      invBx[k] = x > 0 ? 1 / (b + x - 1) : 0;
      if (x === 0) {
        ll += w * r * lnAlpha;
        if (psi) gr += w * lnAlpha;
        continue;
      }
      ll +=
        w * (logGamma(r + x) - common.r + r * lnAlpha + common.ab + logGamma(b + x) - common.b - logGamma(a + b + x));
      if (psi) {
        const psiABX = digamma(a + b + x);
        gr += w * (digamma(r + x) - psi.r + lnAlpha);
        ga += w * (psi.ab - psiABX);
        gb += w * (psi.ab + digamma(b + x) - psi.b - psiABX);
      }
    }
    let total = 0;
    for (let i = 0; i < rows.rows; i++) total += rows.weight[i];
    gAlpha += (total * r) / alpha;
    for (let j = 0; j < lnAT.length; j++) {
      lnAT[j] = Math.log(alpha + rows.tValues[j]);
      invAT[j] = 1 / (alpha + rows.tValues[j]);
    }
    for (let j = 0; j < lnAtx.length; j++) {
      lnAtx[j] = Math.log(alpha + rows.txValues[j]);
      invAtx[j] = 1 / (alpha + rows.txValues[j]);
    }
    for (let i = 0; i < rows.rows; i++) {
      const w = rows.weight[i];
      const k = rows.xIndex[i];
      const t = rows.tIndex[i];
      const rx = r + rows.xValues[k];
      const l3 = -rx * lnAT[t];
      if (rows.xValues[k] === 0) {
        ll += w * l3;
        if (wantGradient) {
          gr -= w * lnAT[t];
          gAlpha -= w * rx * invAT[t];
        }
        continue;
      }
      const tx = rows.txIndex[i];
      const l4 = lnA - lnBx[k] - rx * lnAtx[tx];
      // ln(e^l3 + e^l4) and the weight w4 = e^l4 / (e^l3 + e^l4), without overflow.
      const e = Math.exp(-Math.abs(l3 - l4));
      ll += w * (Math.max(l3, l4) + Math.log1p(e));
      if (wantGradient) {
        const w4 = l4 >= l3 ? 1 / (1 + e) : e / (1 + e);
        const w3 = 1 - w4;
        gr -= w * (w3 * lnAT[t] + w4 * lnAtx[tx]);
        gAlpha -= w * rx * (w3 * invAT[t] + w4 * invAtx[tx]);
        ga += (w * w4) / a;
        gb -= w * w4 * invBx[k];
      }
    }
    if (gradient) {
      gradient[0] = gr;
      gradient[1] = gAlpha;
      gradient[2] = ga;
      gradient[3] = gb;
    }
    return ll;
  };
}

/** P(alive | x, t_x, T), FHL 2005 eq. (A.4 of the note): 1 when x = 0 (the model's assumption: no drop-out before a repeat). */
export function bgNbdAlive(params: Params, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  const [r, alpha, a, b] = params;
  return 1 / (1 + Math.exp(Math.log(a / (b + x - 1)) + (r + x) * Math.log((alpha + T) / (alpha + tx))));
}

/**
 * Expected purchases in (T, T + t] of a customer alive at T with x repeats: FHL 2005 eq. (10)
 * without its P(alive) factor, (a+b+x−1)/(a−1) · [1 − (1−z)^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)],
 * z = t / (α+T+t), written by Euler's transformation (A&S 15.3.3) as
 * 1 − (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; a+b+x−1; z), whose terms do not grow first for large x.
 */
export function bgNbdAliveExpectation(params: Params, x: number, T: number, t: number): number {
  const [r, alpha, a, b] = params;
  if (t <= 0) return 0;
  const z = t / (alpha + T + t);
  const rest = Math.pow(1 - z, a - 1) * hypergeometric2F1(a + b - 1 - r, a - 1, a + b + x - 1, z);
  return ((a + b + x - 1) / (a - 1)) * (1 - rest);
}

/** E[X(t)]: expected repeat purchases within t of a customer's first purchase, FHL 2005 eq. (9). */
export function bgNbdExpectation(params: Params, t: number): number {
  return bgNbdAliveExpectation(params, 0, 0, t);
}

/** E[Y(t) | x, t_x, T], FHL 2005 eq. (10): P(alive) times the expectation of an alive customer. */
export function bgNbdConditionalExpectation(params: Params, t: number, x: number, tx: number, T: number): number {
  return bgNbdAlive(params, x, tx, T) * bgNbdAliveExpectation(params, x, T, t);
}
