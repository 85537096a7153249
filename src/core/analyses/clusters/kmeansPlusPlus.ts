/**
 * Greedy k-means++ seeding as scikit-learn does it (`_kmeans_plusplus` in
 * sklearn/cluster/_kmeans.py; Arthur & Vassilvitskii 2007): the first centre is a uniformly drawn
 * point; each next one is the best of 2 + ⌊ln k⌋ candidates drawn with probability proportional to
 * the squared distance to the nearest centre so far — the candidate that leaves the smallest total
 * squared distance wins. `random` is the one seeded generator (src/core/stats/random.ts).
 *
 * `seedingSteps` is the seeding as a conversation with the parts of the points (seedingPart.ts),
 * as lloydSteps is Lloyd's: the parts measure distances, this side draws and chooses. Sums are
 * added per block of rows in one order whatever the parts, so a seed gives the same centres on one
 * thread or several, on every machine.
 */
import { answerSeeding, SEED_BLOCK, type SeedAnswer, type SeedAsk, type SeedPart } from './seedingPart.ts';

export interface Seeding {
  /** k × d, row-major. */
  centres: Float64Array;
  /** The row each centre was taken from. */
  rows: Int32Array;
}

/** The parts' block sums, in order, as one array (each part's blocks follow the previous part's). */
const joined = (answers: SeedAnswer[], at: number) =>
  answers.flatMap((a) => [...(a as { blocks: Float64Array[] }).blocks[at]]);

/** The first block whose running sum reaches `target`, and the target less the sum before it (the last block when none does). */
function blockOf(blocks: number[], target: number): { block: number; target: number } {
  let before = 0;
  for (let b = 0; b < blocks.length; b++) {
    const after = before + blocks[b];
    if (after >= target) return { block: b, target: target - before };
    before = after;
  }
  return { block: blocks.length - 1, target: Infinity };
}

const squaredNorm = (row: Float64Array) => row.reduce((s, v) => s + v * v, 0);

/**
 * The seeding, asking the parts. `rowOf(i)` gives row i of the points (the caller holds them
 * all); every answer is the parts' answers in order.
 */
export function* seedingSteps(
  n: number,
  d: number,
  k: number,
  random: () => number,
  rowOf: (i: number) => Float64Array,
): Generator<SeedAsk, Seeding, SeedAnswer[]> {
  const trials = 2 + Math.floor(Math.log(k));
  // Candidates are measured four at a time, the last three or fewer three at a time; a group's
  // unused places repeat the last candidate.
  const places = trials % 4 === 0 ? trials : trials - (trials % 4) + 3;
  const centres = new Float64Array(k * d);
  const rows = new Int32Array(k);
  const first = Math.min(n - 1, Math.floor(random() * n));
  rows[0] = first;
  // A copy of the row: a view would carry all the points' buffer to other threads.
  const centre = rowOf(first).slice();
  centres.set(centre, 0);
  let blocks = joined(yield { op: 'seed-first', centre, norm: squaredNorm(centre) }, 0);
  let potential = blocks.reduce((s, v) => s + v, 0);
  const picks = new Int32Array(places);
  for (let c = 1; c < k; c++) {
    const drawn = Array.from({ length: trials }, () => blockOf(blocks, random() * potential));
    const landed = yield { op: 'seed-pick', picks: drawn };
    for (let t = 0; t < places; t++) {
      if (t >= trials) picks[t] = picks[trials - 1];
      else picks[t] = Math.max(...landed.map((a) => (a as { rows: Int32Array }).rows[t]));
    }
    const candidates = new Float64Array(places * d);
    const norms = new Float64Array(places);
    picks.forEach((row, t) => {
      candidates.set(rowOf(row), t * d);
      norms[t] = squaredNorm(rowOf(row));
    });
    const measured = yield { op: 'seed-candidates', centres: candidates, norms, count: places };
    const sums = Array.from({ length: trials }, (_, t) => joined(measured, t));
    const totals = sums.map((s) => s.reduce((a, v) => a + v, 0));
    // The first of equal candidates wins, as numpy's argmin.
    let chosen = 0;
    for (let t = 1; t < trials; t++) if (totals[t] < totals[chosen]) chosen = t;
    yield { op: 'seed-choose', index: chosen };
    rows[c] = picks[chosen];
    centres.set(rowOf(picks[chosen]), c * d);
    blocks = sums[chosen];
    potential = totals[chosen];
  }
  yield { op: 'seed-done' };
  return { centres, rows };
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

/** The seeding on this thread, the points as one part. */
export function kmeansPlusPlus(x: Float64Array, n: number, d: number, k: number, random: () => number): Seeding {
  const part: SeedPart = { x, rows: n, d, offset: 0, norms: rowNorms(x, n, d) };
  const steps = seedingSteps(n, d, k, random, (i) => x.subarray(i * d, i * d + d));
  let step = steps.next();
  while (!step.done) step = steps.next([answerSeeding(part, step.value)]);
  return step.value;
}

export { SEED_BLOCK };
