/**
 * Greedy k-means++ seeding as scikit-learn does it (`_kmeans_plusplus` in
 * sklearn/cluster/_kmeans.py; Arthur & Vassilvitskii 2007): the first centre is a uniformly drawn
 * point; each next one is the best of 2 + ⌊ln k⌋ candidates drawn with probability proportional to
 * the squared distance to the nearest centre so far — the candidate that leaves the smallest total
 * squared distance wins. `random` is the one seeded generator (src/core/stats/random.ts).
 */

export interface Seeding {
  /** k × d, row-major. */
  centres: Float64Array;
  /** The row each centre was taken from. */
  rows: Int32Array;
}

/** Squared distances of every row to row `row`, as ‖x‖² + ‖y‖² − 2 x·y (scikit-learn's `_euclidean_distances`), at least 0. */
function squaredTo(x: Float64Array, norms: Float64Array, n: number, d: number, row: number, out: Float64Array): void {
  const b = row * d;
  const nb = norms[row];
  for (let i = 0, a = 0; i < n; i++, a += d) {
    let dot = 0;
    for (let f = 0; f < d; f++) dot += x[a + f] * x[b + f];
    const s = norms[i] + nb - 2 * dot;
    out[i] = s > 0 ? s : 0;
  }
}

/** The first index whose running sum reaches `target` (numpy's searchsorted, side left), clipped to n − 1. */
function searchCumulative(cumulative: Float64Array, target: number): number {
  let lo = 0;
  let hi = cumulative.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, cumulative.length - 1);
}

export function kmeansPlusPlus(x: Float64Array, n: number, d: number, k: number, random: () => number): Seeding {
  const trials = 2 + Math.floor(Math.log(k));
  const centres = new Float64Array(k * d);
  const rows = new Int32Array(k);
  const first = Math.min(n - 1, Math.floor(random() * n));
  rows[0] = first;
  centres.set(x.subarray(first * d, first * d + d), 0);
  const norms = new Float64Array(n);
  for (let i = 0, a = 0; i < n; i++) {
    let s = 0;
    for (let f = 0; f < d; f++, a++) s += x[a] * x[a];
    norms[i] = s;
  }
  let closest = new Float64Array(n);
  squaredTo(x, norms, n, d, first, closest);
  let potential = 0;
  for (let i = 0; i < n; i++) potential += closest[i];
  const cumulative = new Float64Array(n);
  const candidate = new Float64Array(n);
  let best = new Float64Array(n);
  for (let c = 1; c < k; c++) {
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += closest[i];
    let bestPotential = Infinity;
    let bestRow = -1;
    for (let t = 0; t < trials; t++) {
      const row = searchCumulative(cumulative, random() * potential);
      squaredTo(x, norms, n, d, row, candidate);
      let total = 0;
      for (let i = 0; i < n; i++) {
        if (closest[i] < candidate[i]) candidate[i] = closest[i];
        total += candidate[i];
      }
      // The first of equal candidates wins, as numpy's argmin.
      if (total < bestPotential) {
        bestPotential = total;
        bestRow = row;
        best.set(candidate);
      }
    }
    rows[c] = bestRow;
    centres.set(x.subarray(bestRow * d, bestRow * d + d), c * d);
    [closest, best] = [best, closest];
    potential = bestPotential;
  }
  return { centres, rows };
}
