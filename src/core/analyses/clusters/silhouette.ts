/**
 * The mean silhouette (Rousseeuw 1987) of a clustering, as scikit-learn's `silhouette_score`
 * computes it with Euclidean distances: for each point, a = mean distance to the other points of
 * its cluster, b = the least mean distance to the points of another cluster, s = (b − a) / max(a, b),
 * and s = 0 for a point alone in its cluster. Over `sample` rows only (distances among them), as
 * scikit-learn's `sample_size` does; NaN unless there are 2 to m − 1 clusters among the m points.
 */

export function silhouetteScore(x: Float64Array, d: number, labels: Int32Array, k: number, sample: Int32Array): number {
  const m = sample.length;
  const size = new Float64Array(k);
  for (let s = 0; s < m; s++) size[labels[sample[s]]]++;
  let present = 0;
  for (let j = 0; j < k; j++) if (size[j] > 0) present++;
  if (present < 2 || present > m - 1) return NaN;
  // sums[s * k + j] = sum of distances from sample point s to the sampled points of cluster j.
  const sums = new Float64Array(m * k);
  for (let s = 0; s < m; s++) {
    const a = sample[s] * d;
    const ls = labels[sample[s]];
    for (let t = s + 1; t < m; t++) {
      const b = sample[t] * d;
      let q = 0;
      for (let f = 0; f < d; f++) {
        const v = x[a + f] - x[b + f];
        q += v * v;
      }
      const dist = Math.sqrt(q);
      sums[s * k + labels[sample[t]]] += dist;
      sums[t * k + ls] += dist;
    }
  }
  let total = 0;
  for (let s = 0; s < m; s++) {
    const own = labels[sample[s]];
    if (size[own] <= 1) continue;
    const a = sums[s * k + own] / (size[own] - 1);
    let b = Infinity;
    for (let j = 0; j < k; j++) if (j !== own && size[j] > 0) b = Math.min(b, sums[s * k + j] / size[j]);
    const top = Math.max(a, b);
    total += top > 0 ? (b - a) / top : 0;
  }
  return total / m;
}

/** Which rows a silhouette reads: all of them up to `size`, else `size` drawn without replacement (seeded). */
export function silhouetteSample(n: number, size: number, random: () => number): Int32Array {
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  if (n <= size) return all;
  for (let i = 0; i < size; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = all[i];
    all[i] = all[j];
    all[j] = t;
  }
  return all.slice(0, size).sort();
}
