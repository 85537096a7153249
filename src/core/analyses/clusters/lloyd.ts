/**
 * Lloyd's k-means iterations on a row-major n × d matrix, as scikit-learn's
 * `_kmeans_single_lloyd` (sklearn/cluster/_kmeans.py) runs them: assign every point to its
 * nearest centre (the first of equal ones), move each centre to the mean of its points, relocate
 * empty clusters to the points farthest from their centres, and stop when no label changed
 * ("strict" convergence) or when the squared centre shifts sum to at most tol × the mean feature
 * variance; after a tolerance stop the labels are assigned once more to the final centres.
 *
 * `lloydSteps` is the fit as a conversation with the parts of the points (lloydPartition.ts): it
 * asks them to assign, to name their farthest points or to sum their inertia, and gets their
 * answers back. `lloyd` answers on this thread with one part; lloydParallel.ts answers with parts
 * on other threads too, and between steps lets a cancel in. The steps are exact: the same labels.
 */
import { relocateEmpty } from './emptyClusters.ts';
import { answerSeeding, type SeedAnswer, type SeedAsk } from './seedingPart.ts';
import { assignPart } from './lloydAssign.ts';
import {
  farthestInPart,
  joinedMoments,
  lloydPart,
  partInertia,
  squared,
  type CentreMove,
  type FarPoint,
  type LloydPart,
  type PartMoments,
} from './lloydPartition.ts';

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

/**
 * scikit-learn's `_tolerance`: tol × the mean over features of their (population) variance,
 * from the parts' moments (each part reads them with its rows' norms, once, on its own thread).
 */
export function absoluteTolerance(moments: PartMoments[], d: number, tol: number): number {
  const { rows, m2 } = joinedMoments(moments, d);
  if (tol === 0 || rows === 0) return 0;
  let total = 0;
  for (let f = 0; f < d; f++) total += m2[f] / rows;
  return (total / d) * tol;
}

/** A question the fit (or its seeding) asks every part. */
export type LloydAsk =
  | SeedAsk
  | { op: 'assign'; move: CentreMove; full: boolean; keepTotals: boolean }
  | { op: 'farthest'; centres: Float64Array; m: number }
  | { op: 'inertia'; centres: Float64Array }
  | { op: 'moments' };

/** A part's answer: to 'assign', its moved count and its sums and counts; else its points or inertia. */
export type PartAnswer =
  | SeedAnswer
  | { moved: number; sums: Float64Array; counts: Float64Array }
  | { far: FarPoint[] }
  | { inertia: number }
  | { moments: PartMoments };

/** What the steps give back; the labels are the parts' own, in order. */
export type LloydSummary = Omit<LloydFit, 'labels'>;

/** A part's answer to a question, on the thread that holds the part. */
export function answer(part: LloydPart, ask: LloydAsk): PartAnswer {
  if (ask.op === 'assign') {
    const moved = assignPart(part, ask.move, ask.full, ask.keepTotals);
    return { moved, sums: part.sums, counts: part.counts };
  }
  if (ask.op === 'farthest') return { far: farthestInPart(part, ask.centres, ask.m) };
  if (ask.op === 'moments') return { moments: part.moments };
  if (ask.op === 'inertia') return { inertia: partInertia(part, ask.centres) };
  return answerSeeding(part, ask);
}

/** Half the distance from each centre to its nearest other centre, and the centres' squared norms. */
function prepare(move: CentreMove, k: number, d: number): void {
  const { centres: c, half, centreNorms } = move;
  half.fill(Infinity);
  for (let a = 0; a < k; a++) {
    let norm = 0;
    for (let f = 0, b = a * d; f < d; f++) norm += c[b + f] * c[b + f];
    centreNorms[a] = norm;
    for (let b = a + 1; b < k; b++) {
      const g = Math.sqrt(squared(c, a, c, b, d)) / 2;
      if (g < half[a]) half[a] = g;
      if (g < half[b]) half[b] = g;
    }
  }
}

const total = (answers: PartAnswer[]) => answers.reduce((s, a) => s + (a as { inertia: number }).inertia, 0);

export function* lloydSteps(
  n: number,
  d: number,
  initial: Float64Array,
  k: number,
  options: LloydOptions = {},
): Generator<LloydAsk, LloydSummary, PartAnswer[]> {
  const maxIter = options.maxIter ?? 300;
  const tolerance = options.tol ?? 1e-4;
  const tol =
    tolerance === 0
      ? 0
      : absoluteTolerance(
          ((yield { op: 'moments' }) as { moments: PartMoments }[]).map((a) => a.moments),
          d,
          tolerance,
        );
  let centres = Float64Array.from(initial);
  let next = new Float64Array(k * d);
  const move: CentreMove = {
    centres,
    shift: new Float64Array(k),
    half: new Float64Array(k),
    centreNorms: new Float64Array(k),
    most: 0,
    mostAt: -1,
    runnerUp: 0,
  };
  const { shift } = move;
  const trace: number[] | undefined = options.trace ? [] : undefined;
  let strict = false;
  let iterations = 0;
  for (let it = 0; it < maxIter; it++) {
    iterations = it + 1;
    move.centres = centres;
    prepare(move, k, d);
    const assigned = (yield { op: 'assign', move, full: it === 0, keepTotals: true }) as {
      moved: number;
      sums: Float64Array;
      counts: Float64Array;
    }[];
    let moved = 0;
    next.fill(0);
    const weights = new Float64Array(k);
    for (const a of assigned) {
      moved += a.moved;
      for (let v = 0; v < k * d; v++) next[v] += a.sums[v];
      for (let j = 0; j < k; j++) weights[j] += a.counts[j];
    }
    if (trace) trace.push(total(yield { op: 'inertia', centres }));
    const empty = [...weights.keys()].filter((j) => weights[j] === 0);
    if (empty.length > 0) {
      const m = Math.min(empty.length, n);
      const far = (yield { op: 'farthest', centres, m }) as { far: FarPoint[] }[];
      relocateEmpty(
        far.flatMap((f) => f.far),
        empty,
        d,
        next,
        weights,
      );
    }
    for (let j = 0; j < k; j++) {
      // A cluster still empty (more empty clusters than points) keeps its centre, as sklearn's.
      if (weights[j] > 0) for (let f = 0, b = j * d; f < d; f++) next[b + f] /= weights[j];
      else for (let f = 0, b = j * d; f < d; f++) next[b + f] = centres[b + f];
    }
    let sum = 0;
    let most = 0;
    let mostAt = -1;
    let runnerUp = 0;
    for (let j = 0; j < k; j++) {
      const s2 = squared(centres, j, next, j, d);
      sum += s2;
      shift[j] = Math.sqrt(s2);
      if (shift[j] > most) {
        runnerUp = most;
        most = shift[j];
        mostAt = j;
      } else if (shift[j] > runnerUp) runnerUp = shift[j];
    }
    move.most = most;
    move.mostAt = mostAt;
    move.runnerUp = runnerUp;
    [centres, next] = [next, centres];
    // The first step moves every point from "no cluster", so it never converges strictly.
    if (moved === 0) {
      strict = true;
      break;
    }
    if (sum <= tol) break;
  }
  move.centres = centres;
  prepare(move, k, d);
  if (!strict) yield { op: 'assign', move, full: false, keepTotals: false };
  const inertia = total(yield { op: 'inertia', centres });
  return { centres, inertia, iterations, strict, ...(trace ? { inertiaTrace: trace } : {}) };
}

/** The parts' labels, in order, as one array. */
export function joinedLabels(labels: Int32Array[]): Int32Array {
  const out = new Int32Array(labels.reduce((s, l) => s + l.length, 0));
  let at = 0;
  for (const l of labels) {
    out.set(l, at);
    at += l.length;
  }
  return out;
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
  const part = lloydPart(x, n, d, k, 0);
  const steps = lloydSteps(n, d, initial, k, options);
  let step = steps.next();
  while (!step.done) step = steps.next([answer(part, step.value)]);
  return { labels: part.labels, ...step.value };
}
