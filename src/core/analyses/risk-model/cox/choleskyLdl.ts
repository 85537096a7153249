/**
 * Symmetric positive semi-definite systems by the LDLᵀ ("generalised Cholesky") decomposition R's
 * survival package uses for Cox models (cholesky2.c, chsolve2.c; Therneau): a pivot below
 * `tolerance` × the largest diagonal element marks the column singular (a covariate that is a
 * combination of others); its row and column are then set aside — solutions and inverses hold 0
 * there — instead of failing. Matrices are dense, row-major, p × p, p small (covariates).
 */
export interface LdlDecomposition {
  /** L below the diagonal, D on it (0 for a singular column). */
  factor: Float64Array;
  p: number;
  rank: number;
  singular: Uint8Array;
}

/** R's default `toler.chol`: .Machine$double.eps^0.75. */
export const CHOLESKY_TOLERANCE = Math.pow(Number.EPSILON, 0.75);

export function ldlDecompose(matrix: Float64Array, p: number, tolerance = CHOLESKY_TOLERANCE): LdlDecomposition {
  const m = Float64Array.from(matrix);
  let largest = 0;
  for (let i = 0; i < p; i++) largest = Math.max(largest, m[i * p + i]);
  const eps = largest === 0 ? tolerance : largest * tolerance;
  const singular = new Uint8Array(p);
  let rank = 0;
  for (let i = 0; i < p; i++) {
    const pivot = m[i * p + i];
    if (!Number.isFinite(pivot) || pivot < eps) {
      m[i * p + i] = 0;
      singular[i] = 1;
      continue;
    }
    rank++;
    for (let j = i + 1; j < p; j++) {
      const temp = m[j * p + i] / pivot;
      m[j * p + i] = temp;
      m[j * p + j] -= temp * temp * pivot;
      for (let k = j + 1; k < p; k++) m[k * p + j] -= temp * m[k * p + i];
    }
  }
  return { factor: m, p, rank, singular };
}

/** x with A x = b (b is overwritten and returned); 0 in singular positions. */
export function ldlSolve({ factor: m, p }: LdlDecomposition, b: Float64Array): Float64Array {
  for (let i = 0; i < p; i++) {
    let temp = b[i];
    for (let j = 0; j < i; j++) temp -= b[j] * m[i * p + j];
    b[i] = temp;
  }
  for (let i = p - 1; i >= 0; i--) {
    const d = m[i * p + i];
    if (d === 0) {
      b[i] = 0;
      continue;
    }
    let temp = b[i] / d;
    for (let j = i + 1; j < p; j++) temp -= b[j] * m[j * p + i];
    b[i] = temp;
  }
  return b;
}

/** A⁻¹ (the generalised inverse with singular rows and columns 0). */
export function ldlInverse(decomposition: LdlDecomposition): Float64Array {
  const p = decomposition.p;
  const inverse = new Float64Array(p * p);
  const column = new Float64Array(p);
  for (let j = 0; j < p; j++) {
    column.fill(0);
    column[j] = 1;
    ldlSolve(decomposition, column);
    for (let i = 0; i < p; i++)
      inverse[i * p + j] = decomposition.singular[i] || decomposition.singular[j] ? 0 : column[i];
  }
  return inverse;
}

/** bᵀ A⁻¹ b, the quadratic form of score and Wald tests. */
export function quadraticFormInverse(decomposition: LdlDecomposition, b: Float64Array): number {
  const x = ldlSolve(decomposition, Float64Array.from(b));
  let total = 0;
  for (let i = 0; i < b.length; i++) total += b[i] * x[i];
  return total;
}
