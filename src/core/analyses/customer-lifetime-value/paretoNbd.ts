/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987), in the likelihood of Fader, Hardie
 * & Lee (2005), "A note on deriving the Pareto/NBD model and related expressions": while alive a
 * customer buys at rate λ ~ Gamma(r, α) and drops out at rate μ ~ Gamma(s, β), at any time.
 * Parameters are [r, α, s, β]; x, t_x and T as in bgNbd.ts.
 */
import { logGamma } from '../../stats/chiSquare.ts';
import { hypergeometric2F1 } from '../../stats/hypergeometric.ts';
import type { Params } from './params.ts';
import type { UniqueRows } from './uniqueRows.ts';

export const SERIES_TERMS = 3_000;

/**
 * ln A₀ of the note's eq. (19) (FHL 2005): for α ≥ β,
 * A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^(r+s+x) − the same at T; for α < β the
 * roles of α and β swap and the second parameter is r+x. Each ₂F₁ is taken in its Euler form
 * (A&S 15.3.3), (1−z)^(c−a−b) ₂F₁(1, ·; r+s+x+1; z), a series of positive terms falling like zᵏ,
 * and the difference in logs (A₀ = 0 when t_x = T: −∞). A series that needs more than
 * SERIES_TERMS terms (z above about 0.985: one rate's scale some 70 times the other's, where
 * the drop-out is no longer identified) is NaN: outside where the likelihood is computed, so a
 * fit that runs there stops and says it did not converge.
 */
function logA0(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const rsx = r + s + x;
  const part = (t: number) => {
    if (alpha >= beta) {
      const z = (alpha - beta) / (alpha + t);
      // 1 − z = (β + t) / (α + t), in logs without cancellation.
      const lnOneMinusZ = Math.log(beta + t) - Math.log(alpha + t);
      return (
        -s * lnOneMinusZ + Math.log(hypergeometric2F1(1, r + x, rsx + 1, z, SERIES_TERMS)) - rsx * Math.log(alpha + t)
      );
    }
    const z = (beta - alpha) / (beta + t);
    const lnOneMinusZ = Math.log(alpha + t) - Math.log(beta + t);
    return (
      (1 - r - x) * lnOneMinusZ +
      Math.log(hypergeometric2F1(1, s + 1, rsx + 1, z, SERIES_TERMS)) -
      rsx * Math.log(beta + t)
    );
  };
  const atTx = part(tx);
  const atT = part(T);
  return atTx + Math.log(-Math.expm1(atT - atTx));
}

/** ln of the bracket of the likelihood: (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀. */
function logBracket(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const first = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const second = Math.log(s / (r + s + x)) + logA0(r, alpha, s, beta, x, tx, T);
  if (second === -Infinity) return first;
  return Math.max(first, second) + Math.log1p(Math.exp(-Math.abs(first - second)));
}

/**
 * Σ wᵢ ln L(r, α, s, β | xᵢ, t_xᵢ, Tᵢ), the note's eq. (22):
 * L = Γ(r+x) αʳ βˢ / Γ(r) · [(α+T)^−(r+x) (β+T)^−s + s/(r+s+x) A₀]. No analytic gradient: the
 * fit differentiates it numerically.
 */
export function paretoNbdObjective(rows: UniqueRows): (params: Params) => number {
  return (params) => {
    const [r, alpha, s, beta] = params;
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0)) return NaN;
    const lgR = logGamma(r);
    const head = r * Math.log(alpha) + s * Math.log(beta) - lgR;
    const lgX = Float64Array.from(rows.xValues, (x) => logGamma(r + x));
    let ll = 0;
    for (let i = 0; i < rows.rows; i++) {
      const k = rows.xIndex[i];
      const x = rows.xValues[k];
      const bracket = logBracket(r, alpha, s, beta, x, rows.txValues[rows.txIndex[i]], rows.tValues[rows.tIndex[i]]);
      ll += rows.weight[i] * (lgX[k] + head + bracket);
    }
    return ll;
  };
}

/** P(alive | x, t_x, T), the note's eq. (18): 1 / (1 + s/(r+s+x) (α+T)^(r+x) (β+T)^s A₀). */
export function paretoNbdAlive(params: Params, x: number, tx: number, T: number): number {
  const [r, alpha, s, beta] = params;
  const lnA0 = logA0(r, alpha, s, beta, x, tx, T);
  if (lnA0 === -Infinity) return 1;
  return 1 / (1 + Math.exp(Math.log(s / (r + s + x)) + (r + x) * Math.log(alpha + T) + s * Math.log(beta + T) + lnA0));
}

/**
 * Expected purchases in (T, T + t] of a customer alive at T with x repeats (Schmittlein et al.
 * 1987; the note's eq. (23) without P(alive)): (r+x)(β+T) / ((α+T)(s−1)) · [1 − ((β+T)/(β+T+t))^(s−1)],
 * whose limit at s = 1 is (r+x)(β+T)/(α+T) · ln((β+T+t)/(β+T)).
 */
export function paretoNbdAliveExpectation(params: Params, x: number, T: number, t: number): number {
  const [r, alpha, s, beta] = params;
  if (t <= 0) return 0;
  const horizon = Math.log1p(t / (beta + T));
  const growth = Math.abs(s - 1) < 1e-12 ? horizon : -Math.expm1(-(s - 1) * horizon) / (s - 1);
  return (((r + x) * (beta + T)) / (alpha + T)) * growth;
}

/** E[X(t)]: expected repeat purchases within t of the first purchase, rβ/(α(s−1)) [1 − (β/(β+t))^(s−1)]. */
export function paretoNbdExpectation(params: Params, t: number): number {
  return paretoNbdAliveExpectation(params, 0, 0, t);
}
