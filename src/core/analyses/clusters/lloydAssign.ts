/**
 * One assignment step of a Lloyd fit over one part of the points (lloydPartition.ts): every point
 * to its nearest centre, skipping the points Hamerly's bounds prove unchanged (G. Hamerly, "Making
 * k-means even faster", SDM 2010) — an upper bound on the distance to the own centre, a lower
 * bound on the distance to every other one. Exact: the same labels as a full pass.
 *
 * Made for memory rather than arithmetic: a skipped point costs no read of its row, and a row read
 * out of order (~150 ns, a cache miss) costs more than searching all centres once it is read.
 * - The bounds are stored relative to running sums of the centres' shifts (`drift`, `fall`), so
 *   moving them after an update is two sums per centre, not a write per point.
 * - The bounds alone (sequential reads) first queue the points they cannot settle; then the
 *   queued rows are read, in increasing order, and searched in full. Hamerly's second test (the
 *   exact distance to the own centre) is left out: it settles a point without refreshing its lower
 *   bound, so the same points came back every step, each a row read (on 1M × 10 noise, k = 5, a
 *   step took ~1.5× as long with it).
 * - The bounds are kept in single precision, rounded outward (4 bytes each, not 8: the scan reads
 *   them for every point at every step, and two threads scanning share the memory bus). Per-centre
 *   lower bounds (Elkan) were tried on the benchmark data: they queued only ~5 % fewer points.
 */
import { nearestCentres } from './nearestCentre.ts';
import type { CentreMove, LloydPart } from './lloydPartition.ts';

// Bounds carry rounding: a point is skipped only when the margin exceeds it clearly — relative
// to the distance, and to the running sums the stored bounds are taken from.
const MARGIN = 1 + 1e-10;
const EXCESS = 1e-10;
const SLACK = 1e-10;
// Single precision keeps 24 bits: a bound moved out by 2⁻²³ of itself (and a least normal for zero)
// before it is stored rounds to a float32 on the safe side. The largest float32 caps a gap.
const OUT = 1.2e-7;
const TINY = 1e-38;
const MAX_F32 = 3.4028234663852886e38;

/**
 * Labels to the nearest centres (every point when `full`). Updates the part's sums and counts
 * when `keepTotals`. Returns how many labels changed.
 */
export function assignPart(part: LloydPart, move: CentreMove, full: boolean, keepTotals: boolean): number {
  const { rows: n, k, labels, upper, gap, queue, drift, fall, slack } = part;
  if (full) {
    drift.fill(0);
    fall.fill(0);
    slack.fill(0);
    return search(part, move, n, true, keepTotals);
  }
  const { shift, half, most, mostAt, runnerUp } = move;
  const { reach } = part;
  for (let a = 0; a < k; a++) {
    drift[a] += shift[a];
    fall[a] += a === mostAt ? runnerUp : most;
    slack[a] = SLACK * (drift[a] + fall[a]);
    reach[a] = drift[a] + fall[a] + slack[a];
  }
  // Point i may have changed unless its upper bound u is under half the distance from its centre
  // to the nearest other one, or under the lower bound: (u + drift)·MARGIN + slack < lower − fall
  // reads, with lower = upper + gap, as gap > drift + fall + slack + u·(MARGIN − 1).
  let queued = 0;
  for (let i = 0; i < n; i++) {
    const a = labels[i];
    const u = upper[i] + drift[a];
    queue[queued] = i;
    // Both tests, without a branch between them (a && costs a misprediction on ~1 point in 10).
    queued += +(u * MARGIN + slack[a] >= half[a]) & +(gap[i] <= reach[a] + u * EXCESS);
  }
  return search(part, move, queued, false, keepTotals);
}

/** The nearest-centre search for the queued points (all points when `full`), two at a time. */
function search(part: LloydPart, move: CentreMove, queued: number, full: boolean, keepTotals: boolean): number {
  const { x, d, k, norms, queue, nearest: out } = part;
  const { centres: c, centreNorms } = move;
  let moved = 0;
  let q = 0;
  for (; q + 1 < queued; q += 2) {
    const i = full ? q : queue[q];
    const j = full ? q + 1 : queue[q + 1];
    nearestCentres(x, i * d, j * d, norms[i], norms[j], c, centreNorms, k, d, out);
    moved += place(part, i, out[0], out[1], out[2], keepTotals);
    moved += place(part, j, out[3], out[4], out[5], keepTotals);
  }
  if (q < queued) {
    // The last point alone: searched with itself as its pair.
    const i = full ? q : queue[q];
    nearestCentres(x, i * d, i * d, norms[i], norms[i], c, centreNorms, k, d, out);
    moved += place(part, i, out[0], out[1], out[2], keepTotals);
  }
  return moved;
}

/** Point i's label a and its bounds from its two nearest squared distances; 1 if it moved. */
function place(part: LloydPart, i: number, a: number, best: number, second: number, keepTotals: boolean): number {
  const { x, d, labels, upper, gap, sums, counts, drift, fall } = part;
  const u = Math.sqrt(best > 0 ? best : 0) - drift[a];
  const g = Math.sqrt(second > 0 ? second : 0) + fall[a] - u;
  upper[i] = u + (u < 0 ? -u : u) * OUT + TINY;
  const down = g - (g < 0 ? -g : g) * OUT - TINY;
  gap[i] = down < MAX_F32 ? down : MAX_F32;
  const was = labels[i];
  if (a === was) return 0;
  labels[i] = a;
  if (!keepTotals) return 1;
  const o = i * d;
  if (was >= 0) {
    counts[was]--;
    for (let f = 0, b = was * d; f < d; f++) sums[b + f] -= x[o + f];
  }
  counts[a]++;
  for (let f = 0, b = a * d; f < d; f++) sums[b + f] += x[o + f];
  return 1;
}
