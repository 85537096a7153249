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

/**
 * For the candidate rows picks[t..t+3]: each point's squared distance to its nearest centre should
 * the candidate join (`out[t + u]`, as squaredTo measures it, at most `closest`), and their totals.
 */
function fourCandidates(
  x: Float64Array,
  norms: Float64Array,
  n: number,
  d: number,
  closest: Float64Array,
  picks: Int32Array,
  t: number,
  out: Float64Array[],
  totals: Float64Array,
): void {
  const [b0, b1, b2, b3] = [picks[t] * d, picks[t + 1] * d, picks[t + 2] * d, picks[t + 3] * d];
  const [n0, n1, n2, n3] = [norms[picks[t]], norms[picks[t + 1]], norms[picks[t + 2]], norms[picks[t + 3]]];
  const [o0, o1, o2, o3] = [out[t], out[t + 1], out[t + 2], out[t + 3]];
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  for (let i = 0, a = 0; i < n; i++, a += d) {
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    for (let f = 0; f < d; f++) {
      const v = x[a + f];
      p0 += v * x[b0 + f];
      p1 += v * x[b1 + f];
      p2 += v * x[b2 + f];
      p3 += v * x[b3 + f];
    }
    const near = closest[i];
    const xn = norms[i];
    let q = xn + n0 - 2 * p0;
    q = q > 0 ? q : 0;
    s0 += o0[i] = near < q ? near : q;
    q = xn + n1 - 2 * p1;
    q = q > 0 ? q : 0;
    s1 += o1[i] = near < q ? near : q;
    q = xn + n2 - 2 * p2;
    q = q > 0 ? q : 0;
    s2 += o2[i] = near < q ? near : q;
    q = xn + n3 - 2 * p3;
    q = q > 0 ? q : 0;
    s3 += o3[i] = near < q ? near : q;
  }
  totals[t] = s0;
  totals[t + 1] = s1;
  totals[t + 2] = s2;
  totals[t + 3] = s3;
}

/** `fourCandidates` for three (2 + ⌊ln k⌋ is 3 for k from 3 to 7: a fourth would be a quarter more work for nothing). */
function threeCandidates(
  x: Float64Array,
  norms: Float64Array,
  n: number,
  d: number,
  closest: Float64Array,
  picks: Int32Array,
  t: number,
  out: Float64Array[],
  totals: Float64Array,
): void {
  const [b0, b1, b2] = [picks[t] * d, picks[t + 1] * d, picks[t + 2] * d];
  const [n0, n1, n2] = [norms[picks[t]], norms[picks[t + 1]], norms[picks[t + 2]]];
  const [o0, o1, o2] = [out[t], out[t + 1], out[t + 2]];
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  for (let i = 0, a = 0; i < n; i++, a += d) {
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    for (let f = 0; f < d; f++) {
      const v = x[a + f];
      p0 += v * x[b0 + f];
      p1 += v * x[b1 + f];
      p2 += v * x[b2 + f];
    }
    const near = closest[i];
    const xn = norms[i];
    let q = xn + n0 - 2 * p0;
    q = q > 0 ? q : 0;
    s0 += o0[i] = near < q ? near : q;
    q = xn + n1 - 2 * p1;
    q = q > 0 ? q : 0;
    s1 += o1[i] = near < q ? near : q;
    q = xn + n2 - 2 * p2;
    q = q > 0 ? q : 0;
    s2 += o2[i] = near < q ? near : q;
  }
  totals[t] = s0;
  totals[t + 1] = s1;
  totals[t + 2] = s2;
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
  // The candidates of a round are measured four at a time, in one pass over the rows (a round
  // read them once per candidate before), the last three or fewer three at a time; unused places
  // of a group repeat the last candidate.
  const places = trials % 4 === 0 ? trials : trials - (trials % 4) + 3;
  const candidates = Array.from({ length: places }, () => new Float64Array(n));
  const picks = new Int32Array(places);
  const totals = new Float64Array(places);
  for (let c = 1; c < k; c++) {
    let running = 0;
    for (let i = 0; i < n; i++) cumulative[i] = running += closest[i];
    for (let t = 0; t < places; t++)
      picks[t] = t < trials ? searchCumulative(cumulative, random() * potential) : picks[trials - 1];
    for (let t = 0; t < places; t += 4)
      (places - t === 3 ? threeCandidates : fourCandidates)(x, norms, n, d, closest, picks, t, candidates, totals);
    // The first of equal candidates wins, as numpy's argmin.
    let chosen = 0;
    for (let t = 1; t < trials; t++) if (totals[t] < totals[chosen]) chosen = t;
    const row = picks[chosen];
    rows[c] = row;
    centres.set(x.subarray(row * d, row * d + d), c * d);
    [closest, candidates[chosen]] = [candidates[chosen], closest];
    potential = totals[chosen];
  }
  return { centres, rows };
}
