/**
 * One part of the points of a Lloyd fit (lloyd.ts drives the parts): its rows, their labels and
 * Hamerly bounds, and its share of each cluster's sum and count. The parts of one fit can live on
 * different threads; each step is a plain function of the part and small messages (centres in,
 * sums and counts out), so a part held by another thread answers the same as one held here.
 *
 * The assignment skips the points Hamerly's bounds prove unchanged (G. Hamerly, "Making k-means
 * even faster", SDM 2010): an upper bound on the distance to the own centre and a lower bound on
 * the distance to every other one. It is exact — the same assignment a full pass makes.
 */

export interface LloydPart {
  /** Row-major rows × d. */
  x: Float64Array;
  rows: number;
  d: number;
  k: number;
  /** Index of this part's first row among all the points. */
  offset: number;
  labels: Int32Array;
  norms: Float64Array;
  upper: Float64Array;
  lower: Float64Array;
  /** The part's sum of points and count per cluster, kept up to date as points move. */
  sums: Float64Array;
  counts: Float64Array;
}

/** What every part needs of a step: the centres and how far each moved since the last one. */
export interface CentreMove {
  centres: Float64Array;
  /** Distance each centre moved at the last update (zeros at the first step). */
  shift: Float64Array;
  /** Half the distance from each centre to its nearest other centre (Hamerly's s). */
  half: Float64Array;
  centreNorms: Float64Array;
  /** The largest move, the centre that made it, and the second-largest move. */
  most: number;
  mostAt: number;
  runnerUp: number;
}

/** A point far from its own centre, for relocating empty clusters. */
export interface FarPoint {
  index: number;
  distance: number;
  label: number;
  row: Float64Array;
}

export function lloydPart(x: Float64Array, rows: number, d: number, k: number, offset: number): LloydPart {
  return {
    x,
    rows,
    d,
    k,
    offset,
    labels: new Int32Array(rows).fill(-1),
    norms: squaredNorms(x, rows, d),
    upper: new Float64Array(rows),
    lower: new Float64Array(rows),
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
  };
}

/** The squared norm of each row of a row-major m × d matrix. */
export function squaredNorms(x: Float64Array, m: number, d: number): Float64Array {
  const out = new Float64Array(m);
  for (let i = 0, o = 0; i < m; i++) {
    let s = 0;
    for (let f = 0; f < d; f++, o++) s += x[o] * x[o];
    out[i] = s;
  }
  return out;
}

/** Squared distance between row i of x and row j of c. */
export function squared(x: Float64Array, i: number, c: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let f = 0, a = i * d, b = j * d; f < d; f++) {
    const t = x[a + f] - c[b + f];
    s += t * t;
  }
  return s;
}

// Bounds carry rounding: a point is skipped only when the margin exceeds it clearly.
const MARGIN = 1 + 1e-10;

/**
 * One assignment step over the part: labels to the nearest centres (every point when `full`),
 * the bounds moved by the centres' shifts first. Updates the part's sums and counts when
 * `keepTotals`. Returns how many labels changed.
 */
export function assignPart(part: LloydPart, move: CentreMove, full: boolean, keepTotals: boolean): number {
  const { x, rows: n, d, k, labels, norms, upper, lower, sums, counts } = part;
  const { centres: c, shift, half, centreNorms, most, mostAt, runnerUp } = move;
  let moved = 0;
  for (let i = 0; i < n; i++) {
    let a = labels[i];
    if (!full) {
      const u = upper[i] + shift[a];
      const l = lower[i] - (a === mostAt ? runnerUp : most);
      upper[i] = u;
      lower[i] = l;
      const m = half[a] > l ? half[a] : l;
      if (u * MARGIN < m) continue;
      upper[i] = Math.sqrt(squared(x, i, c, a, d));
      if (upper[i] * MARGIN < m) continue;
    }
    let best = Infinity;
    let second = Infinity;
    a = 0;
    const o = i * d;
    const xn = norms[i];
    // ‖x‖² + ‖c‖² − 2 x·c, as scikit-learn ranks centres, two centres a pass over the point (each
    // feature of x read once for both); the earlier of equal centres wins.
    let j = 0;
    for (let b = 0; j + 1 < k; j += 2, b += 2 * d) {
      let p = 0;
      let q = 0;
      for (let f = 0, e = b + d; f < d; f++) {
        const v = x[o + f];
        p += v * c[b + f];
        q += v * c[e + f];
      }
      const s = xn + centreNorms[j] - 2 * p;
      if (s < best) {
        second = best;
        best = s;
        a = j;
      } else if (s < second) second = s;
      const t = xn + centreNorms[j + 1] - 2 * q;
      if (t < best) {
        second = best;
        best = t;
        a = j + 1;
      } else if (t < second) second = t;
    }
    if (j < k) {
      let p = 0;
      for (let f = 0, b = j * d; f < d; f++) p += x[o + f] * c[b + f];
      const s = xn + centreNorms[j] - 2 * p;
      if (s < best) {
        second = best;
        best = s;
        a = j;
      } else if (s < second) second = s;
    }
    upper[i] = Math.sqrt(best > 0 ? best : 0);
    lower[i] = Math.sqrt(second > 0 ? second : 0);
    const was = labels[i];
    if (a === was) continue;
    labels[i] = a;
    moved++;
    if (!keepTotals) continue;
    if (was >= 0) {
      counts[was]--;
      for (let f = 0, b = was * d; f < d; f++) sums[b + f] -= x[o + f];
    }
    counts[a]++;
    for (let f = 0, b = a * d; f < d; f++) sums[b + f] += x[o + f];
  }
  return moved;
}

/** The part's m points farthest from their own centres, farthest first (the lower index first among equal ones). */
export function farthestInPart(part: LloydPart, centres: Float64Array, m: number): FarPoint[] {
  const { x, rows, d, labels } = part;
  const top: { i: number; s: number }[] = [];
  for (let i = 0; i < rows; i++) {
    const s = squared(x, i, centres, labels[i], d);
    if (top.length === m && s <= top[m - 1].s) continue;
    let at = top.length === m ? m - 1 : top.length;
    if (top.length < m) top.push({ i, s });
    while (at > 0 && top[at - 1].s < s) {
      top[at] = top[at - 1];
      at--;
    }
    top[at] = { i, s };
  }
  return top.map(({ i, s }) => ({
    index: part.offset + i,
    distance: s,
    label: labels[i],
    row: x.slice(i * d, i * d + d),
  }));
}

/** Sum of squared distances of the part's points to their assigned centres. */
export function partInertia(part: LloydPart, centres: Float64Array): number {
  let s = 0;
  for (let i = 0; i < part.rows; i++) s += squared(part.x, i, centres, part.labels[i], part.d);
  return s;
}
