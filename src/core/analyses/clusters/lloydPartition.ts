/**
 * One part of the points of a Lloyd fit (lloyd.ts drives the parts): its rows, their labels and
 * Hamerly bounds, and its share of each cluster's sum and count. The parts of one fit can live on
 * different threads; each step is a plain function of the part and small messages (centres in,
 * sums and counts out), so a part held by another thread answers the same as one held here.
 *
 * The assignment step (lloydAssign.ts) skips the points Hamerly's bounds prove unchanged: an
 * upper bound on the distance to the own centre and a lower bound on the distance to every other
 * one, each stored relative to running sums of the centres' shifts.
 */

import type { SeedPart } from './seedingPart.ts';

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
  /** Each feature's mean and sum of squared deviations over the part's rows (for the tolerance). */
  moments: PartMoments;
  /**
   * Hamerly's bounds in single precision, rounded outward (the assignment step's scan reads them
   * for every point at every step; it is bound by memory, and half the bytes take half the time):
   * `upper` the distance to the own centre less its `drift`, rounded up; `gap` the lower bound on
   * the distance to every other centre (plus the own centre's `fall`) less that, rounded down.
   */
  upper: Float32Array;
  gap: Float32Array;
  /** Per centre, since the last full step: the sum of its shifts, and of the largest shift of the others. */
  drift: Float64Array;
  fall: Float64Array;
  /** Per centre, the rounding the running sums may carry into a bound. */
  slack: Float64Array;
  /** Per centre, drift + fall + slack: how far a point's gap may have closed. */
  reach: Float64Array;
  /** The part's sum of points and count per cluster, kept up to date as points move. */
  sums: Float64Array;
  counts: Float64Array;
  /** The k-means++ seeding's distances while it runs (seedingPart.ts). */
  seeding?: SeedPart['seeding'];
  /** Scratch: the points an assignment step must look at, and the answers of nearestCentres. */
  queue: Int32Array;
  nearest: Float64Array;
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

/** Per-feature moments of some rows: their count, means and sums of squared deviations from the means. */
export interface PartMoments {
  rows: number;
  mean: Float64Array;
  m2: Float64Array;
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
    ...normsAndMoments(x, rows, d),
    upper: new Float32Array(rows),
    gap: new Float32Array(rows),
    sums: new Float64Array(k * d),
    counts: new Float64Array(k),
    drift: new Float64Array(k),
    fall: new Float64Array(k),
    slack: new Float64Array(k),
    reach: new Float64Array(k),
    queue: new Int32Array(rows),
    nearest: new Float64Array(6),
  };
}

/**
 * The rows' squared norms and their features' moments, in one read of the rows. Deviations are
 * summed from the first row (a shift, so that the sum of squares does not cancel), then taken to
 * the mean: m2 = Σ(x − r)² − (Σ(x − r))² / rows.
 */
function normsAndMoments(x: Float64Array, rows: number, d: number): { norms: Float64Array; moments: PartMoments } {
  const norms = new Float64Array(rows);
  const s1 = new Float64Array(d);
  const s2 = new Float64Array(d);
  const ref = x.slice(0, rows > 0 ? d : 0);
  for (let i = 0, o = 0; i < rows; i++) {
    let s = 0;
    for (let f = 0; f < d; f++, o++) {
      const v = x[o];
      s += v * v;
      const t = v - ref[f];
      s1[f] += t;
      s2[f] += t * t;
    }
    norms[i] = s;
  }
  const mean = new Float64Array(d);
  const m2 = new Float64Array(d);
  for (let f = 0; f < d && rows > 0; f++) {
    mean[f] = ref[f] + s1[f] / rows;
    m2[f] = Math.max(0, s2[f] - (s1[f] * s1[f]) / rows);
  }
  return { norms, moments: { rows, mean, m2 } };
}

/** The moments of the union of parts (Chan, Golub and LeVeque's pairwise update). */
export function joinedMoments(parts: PartMoments[], d: number): PartMoments {
  const mean = new Float64Array(d);
  const m2 = new Float64Array(d);
  let rows = 0;
  for (const p of parts) {
    if (p.rows === 0) continue;
    const total = rows + p.rows;
    for (let f = 0; f < d; f++) {
      const delta = p.mean[f] - mean[f];
      mean[f] += (delta * p.rows) / total;
      m2[f] += p.m2[f] + (delta * delta * rows * p.rows) / total;
    }
    rows = total;
  }
  return { rows, mean, m2 };
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
