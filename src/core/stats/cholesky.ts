/**
 * Cholesky factorisation of a symmetric positive definite matrix (row-major, full storage) and
 * the solves and inverse built on it (Golub & Van Loan, Matrix Computations, 4th ed., alg.
 * 4.2.1). Used for Newton steps (H β = g) and for the covariance of a fit (H⁻¹).
 */

/** The lower factor L with A = L Lᵀ, or null when A is not positive definite (a pivot ≤ tiny). */
export function cholesky(a: Float64Array, p: number): Float64Array | null {
  const l = new Float64Array(p * p);
  for (let j = 0; j < p; j++) {
    let d = a[j * p + j];
    for (let k = 0; k < j; k++) d -= l[j * p + k] * l[j * p + k];
    // Relative to the diagonal entry: a pivot this small means the column is a combination of earlier ones.
    if (!(d > 1e-13 * Math.max(1, Math.abs(a[j * p + j])))) return null;
    const djj = Math.sqrt(d);
    l[j * p + j] = djj;
    for (let i = j + 1; i < p; i++) {
      let s = a[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      l[i * p + j] = s / djj;
    }
  }
  return l;
}

/** Solves L Lᵀ x = b in place of a copy of b. */
export function choleskySolve(l: Float64Array, p: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b);
  for (let i = 0; i < p; i++) {
    let s = x[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * x[k];
    x[i] = s / l[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = x[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * x[k];
    x[i] = s / l[i * p + i];
  }
  return x;
}

/** A⁻¹ from its Cholesky factor, column by column. */
export function choleskyInverse(l: Float64Array, p: number): Float64Array {
  const inv = new Float64Array(p * p);
  const e = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(l, p, e);
    for (let i = 0; i < p; i++) inv[i * p + j] = col[i];
  }
  return inv;
}
