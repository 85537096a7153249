/**
 * Hessians by finite differences and the covariance they give: the inverse of the observed
 * information (minus the Hessian of log L at its maximum), whose diagonal's square roots are the
 * asymptotic standard errors of maximum-likelihood estimates.
 */
import { cholesky, choleskyInverse } from './cholesky.ts';

/**
 * H[i][j] = (∂ᵢg(x + hⱼeⱼ) − ∂ᵢg(x − hⱼeⱼ)) / (2hⱼ), symmetrised, from an analytic gradient;
 * hⱼ = 1e-5 · max(|xⱼ|, 1e-3): central differences, error O(h²) (Nocedal & Wright 2006, §8.1).
 */
export function hessianFromGradient(
  gradient: (x: Float64Array, out: Float64Array) => void,
  at: ArrayLike<number>,
): Float64Array[] {
  const n = at.length;
  const x = Float64Array.from(at);
  const plus = new Float64Array(n);
  const minus = new Float64Array(n);
  const h = Array.from({ length: n }, () => new Float64Array(n));
  for (let j = 0; j < n; j++) {
    const step = 1e-5 * Math.max(Math.abs(at[j]), 1e-3);
    x[j] = at[j] + step;
    gradient(x, plus);
    x[j] = at[j] - step;
    gradient(x, minus);
    x[j] = at[j];
    for (let i = 0; i < n; i++) h[i][j] = (plus[i] - minus[i]) / (2 * step);
  }
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) h[i][j] = h[j][i] = (h[i][j] + h[j][i]) / 2;
  return h;
}

/**
 * The same from values only: second central differences with hⱼ = 1e-4 · max(|xⱼ|, 1e-3), for a
 * likelihood without an analytic gradient (the Pareto/NBD's).
 */
export function hessianFromValue(f: (x: Float64Array) => number, at: ArrayLike<number>): Float64Array[] {
  const n = at.length;
  const x = Float64Array.from(at);
  const steps = Array.from(at, (v) => 1e-4 * Math.max(Math.abs(v), 1e-3));
  const f0 = f(x);
  const h = Array.from({ length: n }, () => new Float64Array(n));
  const shifted = (i: number, di: number, j: number, dj: number) => {
    x.set(at as ArrayLike<number>);
    x[i] += di * steps[i];
    x[j] += dj * steps[j];
    return f(x);
  };
  for (let i = 0; i < n; i++) {
    h[i][i] = (shifted(i, 1, i, 1) - 2 * f0 + shifted(i, -1, i, -1)) / (4 * steps[i] * steps[i]);
    for (let j = 0; j < i; j++)
      h[i][j] = h[j][i] =
        (shifted(i, 1, j, 1) - shifted(i, 1, j, -1) - shifted(i, -1, j, 1) + shifted(i, -1, j, -1)) /
        (4 * steps[i] * steps[j]);
  }
  return h;
}

/**
 * The inverse of a symmetric positive-definite matrix (cholesky.ts), or null when it is not
 * positive definite (the maximum is not a strict one: a flat or saddle direction).
 */
export function inverseSymmetric(m: Float64Array[]): Float64Array[] | null {
  const n = m.length;
  const flat = new Float64Array(n * n);
  m.forEach((row, i) => flat.set(row, i * n));
  const l = cholesky(flat, n);
  if (l === null) return null;
  const inverse = choleskyInverse(l, n);
  return Array.from({ length: n }, (_, i) => inverse.slice(i * n, (i + 1) * n));
}

/** Standard errors √diag((−H)⁻¹) from the Hessian H of log L, or NaNs when −H is not positive definite. */
export function standardErrors(hessianOfLogLikelihood: Float64Array[]): Float64Array {
  const n = hessianOfLogLikelihood.length;
  const information = hessianOfLogLikelihood.map((row) => row.map((v) => -v));
  const covariance = inverseSymmetric(information);
  return Float64Array.from({ length: n }, (_, i) => (covariance ? Math.sqrt(covariance[i][i]) : NaN));
}
