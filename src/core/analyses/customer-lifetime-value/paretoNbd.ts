/**
 * The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987), in the likelihood of Fader, Hardie
 * & Lee (2005), "A note on deriving the Pareto/NBD model and related expressions": while alive a
 * customer buys at rate λ ~ Gamma(r, α) and drops out at rate μ ~ Gamma(s, β), at any time.
 * Parameters are [r, α, s, β]; x, t_x and T as in bgNbd.ts.
 */
import { logGamma } from '../../stats/chiSquare.ts';
import { hypergeometric2F1 } from '../../stats/hypergeometric.ts';
import { gaussLegendre } from '../../stats/gaussLegendre.ts';
import type { Params } from './params.ts';
import type { UniqueRows } from './uniqueRows.ts';

/**
 * Above this z the Euler series of ln A₀ needs more than about 350 terms (zᵏ under 1e-16), and
 * thousands as z nears 1 (one rate's scale many times the other's, as when a fit heads for no
 * drop-out): there A₀ is computed from the integral it stands for (logA0Integral).
 */
export const SERIES_Z = 0.9;
const RULE = gaussLegendre(16);

/**
 * ln A₀ of the note's eq. (19) (FHL 2005): for α ≥ β,
 * A₀ = ₂F₁(r+s+x, s+1; r+s+x+1; (α−β)/(α+t_x)) / (α+t_x)^(r+s+x) − the same at T; for α < β the
 * roles of α and β swap and the second parameter is r+x. Each ₂F₁ is taken in its Euler form
 * (A&S 15.3.3), (1−z)^(c−a−b) ₂F₁(1, ·; r+s+x+1; z), a series of positive terms falling like zᵏ,
 * and the difference in logs (A₀ = 0 when t_x = T: −∞). When z at t_x (the larger) is above
 * SERIES_Z, the integral form instead.
 */
export function paretoNbdLogA0(
  r: number,
  alpha: number,
  s: number,
  beta: number,
  x: number,
  tx: number,
  T: number,
): number {
  const rsx = r + s + x;
  if (Math.abs(alpha - beta) / (Math.max(alpha, beta) + tx) > SERIES_Z)
    return logA0Integral(r, alpha, s, beta, x, tx, T);
  const part = (t: number) => {
    if (alpha >= beta) {
      const z = (alpha - beta) / (alpha + t);
      // 1 − z = (β + t) / (α + t), in logs without cancellation.
      const lnOneMinusZ = Math.log(beta + t) - Math.log(alpha + t);
      return -s * lnOneMinusZ + Math.log(hypergeometric2F1(1, r + x, rsx + 1, z)) - rsx * Math.log(alpha + t);
    }
    const z = (beta - alpha) / (beta + t);
    const lnOneMinusZ = Math.log(alpha + t) - Math.log(beta + t);
    return (1 - r - x) * lnOneMinusZ + Math.log(hypergeometric2F1(1, s + 1, rsx + 1, z)) - rsx * Math.log(beta + t);
  };
  const atTx = part(tx);
  const atT = part(T);
  return atTx + Math.log(-Math.expm1(atT - atTx));
}

/**
 * ln A₀ from the integral it is the closed form of (the note's eq. (16), checked against mpmath's
 * ₂F₁ in make_pareto_reference.py): A₀ = (r+s+x) ∫ from t_x to T of (α+y)^−(r+x) (β+y)^−(s+1) dy.
 * In u = ln(m + y), m = min(α, β), the integrand is smooth (its singularities lie π off the real
 * axis) and falls at most like e^−(r+s+x+1)u, so 16-point Gauss–Legendre on panels of width
 * min(1, 6 / (r+s+x+1)) is exact to rounding; summed in logs, so tiny terms do not underflow.
 */
function logA0Integral(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  if (!(T > tx)) return -Infinity;
  const m = Math.min(alpha, beta);
  const u0 = Math.log(m + tx);
  const u1 = Math.log(m + T);
  const panels = Math.max(1, Math.ceil((u1 - u0) / Math.min(1, 6 / (r + s + x + 1))));
  const half = (u1 - u0) / panels / 2;
  let max = -Infinity;
  let sum = 0;
  for (let p = 0; p < panels; p++) {
    const mid = u0 + (2 * p + 1) * half;
    for (let i = 0; i < RULE.nodes.length; i++) {
      const u = mid + half * RULE.nodes[i];
      // ln(α + y) = ln(e^u + α − m) = u + ln(1 + (α − m) e^−u), and the same for β.
      const lnAlpha = u + Math.log1p((alpha - m) * Math.exp(-u));
      const lnBeta = u + Math.log1p((beta - m) * Math.exp(-u));
      const term = Math.log(RULE.weights[i] * half) + u - (r + x) * lnAlpha - (s + 1) * lnBeta;
      if (term > max) {
        sum = sum * Math.exp(max - term) + 1;
        max = term;
      } else sum += Math.exp(term - max);
    }
  }
  return Math.log(r + s + x) + max + Math.log(sum);
}

/** ln of the bracket of the likelihood: (α+T)^−(r+x) (β+T)^−s + s/(r+s+x) · A₀. */
function logBracket(r: number, alpha: number, s: number, beta: number, x: number, tx: number, T: number): number {
  const first = -(r + x) * Math.log(alpha + T) - s * Math.log(beta + T);
  const second = Math.log(s / (r + s + x)) + paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
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
  const lnA0 = paretoNbdLogA0(r, alpha, s, beta, x, tx, T);
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
