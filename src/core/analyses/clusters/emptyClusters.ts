/**
 * Empty clusters, as scikit-learn relocates them (`_relocate_empty_clusters_dense` in
 * sklearn/cluster/_k_means_common.pyx): each empty cluster, in index order, takes as its centre
 * one of the points farthest from their own (old) centres, the farthest first, and that point's
 * weight moves from its cluster's sum to the empty one. The point's label is left as it was: the
 * next assignment step reads the new centres. (scikit-learn takes the farthest points with
 * `argpartition`, which leaves their order among themselves unspecified; here they are sorted.)
 */
import type { FarPoint } from './lloydPartition.ts';

/**
 * Moves points into the `empty` clusters of `sums`/`weights` (k × d sums and k weights of the next
 * centres), given each part's farthest points (lloydPartition.ts farthestInPart).
 */
export function relocateEmpty(
  far: FarPoint[],
  empty: readonly number[],
  d: number,
  sums: Float64Array,
  weights: Float64Array,
): number {
  // Farthest first; the lower index first among equal distances.
  const order = [...far].sort((a, b) => b.distance - a.distance || a.index - b.index).slice(0, empty.length);
  order.forEach((point, idx) => {
    const to = empty[idx];
    const from = point.label;
    for (let f = 0; f < d; f++) {
      sums[from * d + f] -= point.row[f];
      sums[to * d + f] = point.row[f];
    }
    weights[to] = 1;
    weights[from] -= 1;
  });
  return order.length;
}
