/**
 * Empty clusters, as scikit-learn relocates them (`_relocate_empty_clusters_dense` in
 * sklearn/cluster/_k_means_common.pyx): each empty cluster, in index order, takes as its centre
 * one of the points farthest from their own (old) centres, the farthest first, and that point's
 * weight moves from its cluster's sum to the empty one. The point's label is left as it was: the
 * next assignment step reads the new centres. (scikit-learn takes the farthest points with
 * `argpartition`, which leaves their order among themselves unspecified; here they are sorted.)
 */

/** Moves points into the empty clusters of `sums`/`weights` (k × d sums and k weights of the next centres). */
export function farthestRelocation(
  x: Float64Array,
  n: number,
  d: number,
  centres: Float64Array,
  labels: Int32Array,
  sums: Float64Array,
  weights: Float64Array,
): number {
  const empty: number[] = [];
  for (let j = 0; j < weights.length; j++) if (weights[j] === 0) empty.push(j);
  if (empty.length === 0) return 0;
  const distance = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let f = 0, a = i * d, b = labels[i] * d; f < d; f++) {
      const t = x[a + f] - centres[b + f];
      s += t * t;
    }
    distance[i] = s;
  }
  const farthest = farthestPoints(distance, Math.min(empty.length, n));
  farthest.forEach((far, idx) => {
    const to = empty[idx];
    const from = labels[far];
    for (let f = 0; f < d; f++) {
      sums[from * d + f] -= x[far * d + f];
      sums[to * d + f] = x[far * d + f];
    }
    weights[to] = 1;
    weights[from] -= 1;
  });
  return farthest.length;
}

/** Indices of the m largest distances, largest first (the lower index first among equal ones). */
function farthestPoints(distance: Float64Array, m: number): number[] {
  const top: number[] = [];
  for (let i = 0; i < distance.length; i++) {
    if (top.length === m && distance[i] <= distance[top[m - 1]]) continue;
    let at = top.length === m ? m - 1 : top.length;
    if (top.length < m) top.push(i);
    while (at > 0 && distance[top[at - 1]] < distance[i]) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = i;
  }
  return top;
}
