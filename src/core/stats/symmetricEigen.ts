/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by cyclic Jacobi rotations (Golub &
 * Van Loan, Matrix Computations, 4th ed., §8.5): each rotation zeroes one off-diagonal entry, and
 * sweeps repeat until the off-diagonal mass is negligible. Exact to rounding and fine for the
 * d × d covariance of a few dozen features. Values come largest first, vectors[j] with them.
 */
export function symmetricEigen(matrix: Float64Array, d: number): { values: number[]; vectors: Float64Array[] } {
  const a = Float64Array.from(matrix);
  const v = new Float64Array(d * d);
  for (let i = 0; i < d; i++) v[i * d + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    let scale = 0;
    for (let p = 0; p < d; p++)
      for (let q = 0; q < d; q++) {
        scale += a[p * d + q] ** 2;
        if (p !== q) off += a[p * d + q] ** 2;
      }
    if (off <= 1e-30 * scale || off === 0) break;
    for (let p = 0; p < d - 1; p++)
      for (let q = p + 1; q < d; q++) {
        const apq = a[p * d + q];
        if (apq === 0) continue;
        const theta = (a[q * d + q] - a[p * d + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < d; k++) {
          const akp = a[k * d + p];
          const akq = a[k * d + q];
          a[k * d + p] = c * akp - s * akq;
          a[k * d + q] = s * akp + c * akq;
        }
        for (let k = 0; k < d; k++) {
          const apk = a[p * d + k];
          const aqk = a[q * d + k];
          a[p * d + k] = c * apk - s * aqk;
          a[q * d + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < d; k++) {
          const vkp = v[k * d + p];
          const vkq = v[k * d + q];
          v[k * d + p] = c * vkp - s * vkq;
          v[k * d + q] = s * vkp + c * vkq;
        }
      }
  }
  const order = Array.from({ length: d }, (_, i) => i).sort((i, j) => a[j * d + j] - a[i * d + i]);
  return {
    values: order.map((i) => a[i * d + i]),
    vectors: order.map((i) => Float64Array.from({ length: d }, (_, k) => v[k * d + i])),
  };
}
