/**
 * Lloyd's k-means iterations on a row-major n × d matrix, as scikit-learn's
 * `_kmeans_single_lloyd` (sklearn/cluster/_kmeans.py) runs them: assign every point to its
 * nearest centre (the first of equal ones), move each centre to the mean of its points, relocate
 * empty clusters to the points farthest from their centres, and stop when no label changed
 * ("strict" convergence) or when the squared centre shifts sum to at most tol × the mean feature
 * variance; after a tolerance stop the labels are assigned once more to the final centres.
 *
 * The assignment step skips the points Hamerly's bounds prove unchanged (G. Hamerly, "Making
 * k-means even faster", SDM 2010): an upper bound on the distance to the own centre and a lower
 * bound on the distance to every other one. It is exact — the same assignment a full pass makes —
 * and it is why a pass costs a fraction of a full one once few points move.
 */
import { farthestRelocation } from './emptyClusters.ts';

export interface LloydOptions {
  /** Most iterations (scikit-learn's max_iter, default 300). */
  maxIter?: number;
  /** Relative tolerance on the centre shift (scikit-learn's tol, default 1e-4). */
  tol?: number;
  /** Record the inertia of every assignment step (for tests: it never rises). */
  trace?: boolean;
}

export interface LloydFit {
  labels: Int32Array;
  /** k × d, row-major. */
  centres: Float64Array;
  /** Sum of squared distances of the points to their centres. */
  inertia: number;
  iterations: number;
  /** Stopped because no label changed (else by the tolerance, or at maxIter). */
  strict: boolean;
  /** Inertia of each assignment step (points to the centres they were assigned to), when traced. */
  inertiaTrace?: number[];
}

/** scikit-learn's `_tolerance`: tol × the mean over features of their (population) variance. */
export function absoluteTolerance(x: Float64Array, n: number, d: number, tol: number): number {
  if (tol === 0 || n === 0) return 0;
  let total = 0;
  for (let f = 0; f < d; f++) {
    let mean = 0;
    for (let i = 0, o = f; i < n; i++, o += d) mean += x[o];
    mean /= n;
    let ss = 0;
    for (let i = 0, o = f; i < n; i++, o += d) ss += (x[o] - mean) ** 2;
    total += ss / n;
  }
  return (total / d) * tol;
}

/** Squared distance between row i of x and row j of c. */
function squared(x: Float64Array, i: number, c: Float64Array, j: number, d: number): number {
  let s = 0;
  for (let f = 0, a = i * d, b = j * d; f < d; f++) {
    const t = x[a + f] - c[b + f];
    s += t * t;
  }
  return s;
}

/** The squared norm of each row of a row-major m × d matrix. */
function rowNorms(x: Float64Array, m: number, d: number): Float64Array {
  const out = new Float64Array(m);
  for (let i = 0, o = 0; i < m; i++) {
    let s = 0;
    for (let f = 0; f < d; f++, o++) s += x[o] * x[o];
    out[i] = s;
  }
  return out;
}

/** Half the distance from each centre to its nearest other centre (Hamerly's s). */
function halfGaps(c: Float64Array, k: number, d: number, out: Float64Array): void {
  out.fill(Infinity);
  for (let a = 0; a < k; a++)
    for (let b = a + 1; b < k; b++) {
      const g = Math.sqrt(squared(c, a, c, b, d)) / 2;
      if (g < out[a]) out[a] = g;
      if (g < out[b]) out[b] = g;
    }
}

// Bounds carry rounding: a point is skipped only when the margin exceeds it clearly.
const MARGIN = 1 + 1e-10;

/**
 * Each cluster's sum of points and count, kept up to date by the assignment step as points move
 * (a full pass over the points per iteration would cost as much as the pruned assignment).
 */
interface Totals {
  sums: Float64Array;
  counts: Float64Array;
}

interface Bounds {
  upper: Float64Array;
  lower: Float64Array;
}

/** One assignment step: labels to the nearest centres, full for every point when `full`. */
function assign(
  x: Float64Array,
  n: number,
  d: number,
  c: Float64Array,
  k: number,
  labels: Int32Array,
  bounds: Bounds,
  full: boolean,
  half: Float64Array,
  totals: Totals | null,
  norms: Float64Array,
): number {
  const { upper, lower } = bounds;
  let moved = 0;
  halfGaps(c, k, d, half);
  const centreNorms = rowNorms(c, k, d);
  const even = d & ~1;
  for (let i = 0; i < n; i++) {
    let a = labels[i];
    if (!full) {
      const m = Math.max(half[a], lower[i]);
      if (upper[i] * MARGIN < m) continue;
      upper[i] = Math.sqrt(squared(x, i, c, a, d));
      if (upper[i] * MARGIN < m) continue;
    }
    let best = Infinity;
    let second = Infinity;
    a = 0;
    const o = i * d;
    const xn = norms[i];
    for (let j = 0, b = 0; j < k; j++, b += d) {
      // ‖x‖² + ‖c‖² − 2 x·c, as scikit-learn ranks centres: two multiply-adds a feature, not three.
      let p0 = 0;
      let p1 = 0;
      let f = 0;
      for (; f < even; f += 2) {
        p0 += x[o + f] * c[b + f];
        p1 += x[o + f + 1] * c[b + f + 1];
      }
      if (f < d) p0 += x[o + f] * c[b + f];
      const s = xn + centreNorms[j] - 2 * (p0 + p1);
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
    if (!totals) continue;
    const { sums, counts } = totals;
    if (was >= 0) {
      counts[was]--;
      for (let f = 0, b = was * d; f < d; f++) sums[b + f] -= x[o + f];
    }
    counts[a]++;
    for (let f = 0, b = a * d; f < d; f++) sums[b + f] += x[o + f];
  }
  return moved;
}

/** Sum of squared distances of the points to their assigned centres. */
export function inertiaOf(x: Float64Array, n: number, d: number, c: Float64Array, labels: Int32Array): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += squared(x, i, c, labels[i], d);
  return s;
}

export function lloyd(
  x: Float64Array,
  n: number,
  d: number,
  initial: Float64Array,
  k: number,
  options: LloydOptions = {},
): LloydFit {
  const maxIter = options.maxIter ?? 300;
  const tol = absoluteTolerance(x, n, d, options.tol ?? 1e-4);
  let centres = Float64Array.from(initial);
  let next = new Float64Array(k * d);
  const labels = new Int32Array(n).fill(-1);
  const bounds: Bounds = { upper: new Float64Array(n), lower: new Float64Array(n) };
  const half = new Float64Array(k);
  const norms = rowNorms(x, n, d);
  const totals: Totals = { sums: new Float64Array(k * d), counts: new Float64Array(k) };
  const shift = new Float64Array(k);
  const trace: number[] | undefined = options.trace ? [] : undefined;
  let strict = false;
  let iterations = 0;
  for (let it = 0; it < maxIter; it++) {
    iterations = it + 1;
    const moved = assign(x, n, d, centres, k, labels, bounds, it === 0, half, totals, norms);
    if (trace) trace.push(inertiaOf(x, n, d, centres, labels));
    next.set(totals.sums);
    const weights = Float64Array.from(totals.counts);
    farthestRelocation(x, n, d, centres, labels, next, weights);
    for (let j = 0; j < k; j++) {
      // A cluster still empty (more empty clusters than points) keeps its centre, as sklearn's.
      if (weights[j] > 0) for (let f = 0, b = j * d; f < d; f++) next[b + f] /= weights[j];
      else for (let f = 0, b = j * d; f < d; f++) next[b + f] = centres[b + f];
    }
    let total = 0;
    let most = 0;
    let mostAt = -1;
    let runnerUp = 0;
    for (let j = 0; j < k; j++) {
      const s2 = squared(centres, j, next, j, d);
      total += s2;
      shift[j] = Math.sqrt(s2);
      if (shift[j] > most) {
        runnerUp = most;
        most = shift[j];
        mostAt = j;
      } else if (shift[j] > runnerUp) runnerUp = shift[j];
    }
    for (let i = 0; i < n; i++) {
      bounds.upper[i] += shift[labels[i]];
      bounds.lower[i] -= labels[i] === mostAt ? runnerUp : most;
    }
    [centres, next] = [next, centres];
    // The first step moves every point from "no cluster", so it never converges strictly.
    if (moved === 0) {
      strict = true;
      break;
    }
    if (total <= tol) break;
  }
  if (!strict) assign(x, n, d, centres, k, labels, bounds, false, half, null, norms);
  return {
    labels,
    centres,
    inertia: inertiaOf(x, n, d, centres, labels),
    iterations,
    strict,
    ...(trace ? { inertiaTrace: trace } : {}),
  };
}
