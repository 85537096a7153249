/**
 * The first two principal components of the (scaled) feature matrix, for the cluster scatter:
 * the eigenvectors of the covariance matrix with the largest eigenvalues (symmetricEigen), and each
 * row's scores on them (centred rows times the vectors). The sign of each component follows
 * scikit-learn's `svd_flip`: the score largest in absolute value is positive. `explained` is each
 * component's share of the total variance (scikit-learn's explained_variance_ratio_).
 */
import { symmetricEigen } from '../../stats/symmetricEigen.ts';
import { columnMoments } from './featureScaling.ts';

export interface PcaProjection {
  /** Scores of each row on components 1 and 2 (0 when the matrix has fewer columns). */
  pc1: Float64Array;
  pc2: Float64Array;
  explained: [number, number];
  /** d-long loadings of the two components. */
  components: [Float64Array, Float64Array];
}

export function pcaProjection(x: Float64Array, n: number, d: number): PcaProjection {
  const { mean } = columnMoments(x, n, d);
  const cov = new Float64Array(d * d);
  const row = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    for (let f = 0; f < d; f++) row[f] = x[i * d + f] - mean[f];
    for (let p = 0; p < d; p++) {
      const rp = row[p];
      for (let q = p; q < d; q++) cov[p * d + q] += rp * row[q];
    }
  }
  for (let p = 0; p < d; p++) for (let q = p; q < d; q++) cov[q * d + p] = cov[p * d + q] /= Math.max(1, n - 1);
  const { values, vectors } = symmetricEigen(cov, d);
  let total = 0;
  for (const v of values) total += Math.max(0, v);
  const scores = [0, 1].map((c) => {
    const out = new Float64Array(n);
    const vector = vectors[c];
    if (!vector) return out;
    let largest = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let f = 0; f < d; f++) s += (x[i * d + f] - mean[f]) * vector[f];
      out[i] = s;
      if (Math.abs(s) > Math.abs(largest)) largest = s;
    }
    if (largest < 0) {
      for (let i = 0; i < n; i++) out[i] = -out[i];
      for (let f = 0; f < d; f++) vector[f] = -vector[f];
    }
    return out;
  });
  const share = (c: number) => (total > 0 && values[c] !== undefined ? Math.max(0, values[c]) / total : 0);
  return {
    pc1: scores[0],
    pc2: scores[1],
    explained: [share(0), share(1)],
    components: [vectors[0] ?? new Float64Array(d), vectors[1] ?? new Float64Array(d)],
  };
}
