/**
 * How stable the top list is under the weights the user chose: each weight in turn is moved
 * down and up by `step` (±20 % by default), the others held, the score recomputed and the top k
 * taken again; the agreement with the original list says how much of it stays (as listAgreement
 * measures it, counted while the moved list is found).
 * A weight a list barely depends on keeps it whole; one it hangs on shows at once.
 */
import { checkWeights } from './valueScore.ts';
import { selectInPlace } from '../../stats/medianInPlace.ts';

export interface WeightMove {
  /** Index of the column whose weight moved. */
  feature: number;
  down: { overlap: number; jaccard: number };
  up: { overlap: number; jaccard: number };
}

const rangesKept = new WeakMap<Float64Array, { min: number; max: number }>();

/** The least and most value of a column (kept per column: the scaled columns are kept too). */
function range(values: Float64Array): { min: number; max: number } {
  const kept = rangesKept.get(values);
  if (kept) return kept;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  rangesKept.set(values, { min, max });
  return { min, max };
}

/**
 * Scratch of one stability run: the candidates (customers some move may put on either side of
 * the list, in table order) and the band of one move, in table order, and its values.
 */
interface Band {
  candidates: Int32Array;
  count: number;
  /** Customers in the list whatever the move, and how many of them are in base. */
  alwaysIn: number;
  alwaysBoth: number;
  rows: Int32Array;
  values: Float64Array;
  /** The band's values again, reordered by the selection. */
  selected: Float64Array;
}

/**
 * How the top k of `sum + d·o` (ties in table order) meets `base`: its size and how many of it
 * are in base. Its k-th largest value lies within [T + lo, T + hi], T the k-th largest of `sum`
 * and lo, hi the least and most d·o adds: a customer above that band is in, one below it out,
 * and only those inside it are selected among — in one pass over the candidates, then the band.
 */
const bandSlack = (b: { threshold: number; lo: number; hi: number }) =>
  1e-9 * (1 + Math.abs(b.threshold) + Math.abs(b.lo) + Math.abs(b.hi));

function movedTop(
  sum: Float64Array,
  o: Float64Array,
  d: number,
  k: number,
  bounds: { threshold: number; lo: number; hi: number },
  base: Uint8Array,
  band: Band,
): { size: number; both: number } {
  // Rounding in the sums must never put a customer on the wrong side of the band: widen it.
  const slack = bandSlack(bounds);
  const above = bounds.threshold + bounds.hi + slack;
  const below = bounds.threshold + bounds.lo - slack;
  const { rows, values, selected, candidates, count } = band;
  let sure = band.alwaysIn;
  let both = band.alwaysBoth;
  let inBand = 0;
  for (let c = 0; c < count; c++) {
    const i = candidates[c];
    const v = sum[i] + d * o[i];
    if (v > above) {
      sure++;
      both += base[i];
    } else if (v >= below) {
      rows[inBand] = i;
      values[inBand] = v;
      selected[inBand++] = v;
    }
  }
  const take = Math.min(k - sure, inBand);
  if (take <= 0) return { size: sure, both };
  selectInPlace(selected, inBand - take, inBand - 1);
  const t = selected[inBand - take];
  let left = take;
  for (let b = 0; b < inBand; b++)
    if (values[b] > t) {
      both += base[rows[b]];
      left--;
    }
  for (let b = 0; b < inBand && left > 0; b++)
    if (values[b] === t) {
      both += base[rows[b]];
      left--;
    }
  return { size: sure + take, both };
}

export function weightStability(
  columns: readonly Float64Array[],
  weights: readonly number[],
  k: number,
  base: Uint8Array,
  step = 0.2,
): WeightMove[] {
  checkWeights(weights);
  const n = base.length;
  // Σ wⱼ·oⱼ once; moving weight j by d·wⱼ adds d·wⱼ·oⱼ. Dividing by the new Σw would not change
  // the order, so the moved sums are ranked as they are (a NaN anywhere stays NaN).
  const sum = new Float64Array(n);
  for (let j = 0; j < columns.length; j++) {
    const o = columns[j];
    const w = weights[j];
    for (let i = 0; i < n; i++) sum[i] += w * o[i];
  }
  const scratch = new Float64Array(n);
  let known = 0;
  for (let i = 0; i < n; i++) if (sum[i] === sum[i]) scratch[known++] = sum[i];
  const take = Math.min(k, known);
  if (take > 0) selectInPlace(scratch, known - take, known - 1);
  const threshold = take > 0 ? scratch[known - take] : NaN;
  let inBase = 0;
  for (let i = 0; i < n; i++) inBase += base[i];
  const ranges = columns.map(range);
  const moves = weights.flatMap((w, feature) =>
    [1 - step, 1 + step].map((factor) => {
      const d = (factor - 1) * w;
      const { min, max } = ranges[feature];
      return { feature, d, lo: Math.min(d * min, d * max), hi: Math.max(d * min, d * max) };
    }),
  );
  // A customer whose sum is farther from T than any move can carry it (the widest band, twice
  // its slack) is in every moved list or in none: only the others are looked at per move.
  let reach = 0;
  for (const m of moves) reach = Math.max(reach, m.hi - m.lo + 2 * bandSlack({ threshold, ...m }));
  const band: Band = {
    candidates: new Int32Array(n),
    count: 0,
    alwaysIn: 0,
    alwaysBoth: 0,
    rows: new Int32Array(n),
    values: new Float64Array(n),
    selected: scratch,
  };
  for (let i = 0; i < n; i++) {
    const v = sum[i];
    if (v > threshold + reach) {
      band.alwaysIn++;
      band.alwaysBoth += base[i];
    } else if (v >= threshold - reach) band.candidates[band.count++] = i;
  }
  const agreement = ({ feature, d, lo, hi }: (typeof moves)[number]) => {
    const { size, both } = movedTop(sum, columns[feature], d, take, { threshold, lo, hi }, base, band);
    // As listAgreement(base, moved list) counts them.
    const union = inBase + size - both;
    return { overlap: inBase > 0 ? both / inBase : NaN, jaccard: union > 0 ? both / union : NaN };
  };
  return weights.map((_, j) => ({ feature: j, down: agreement(moves[2 * j]), up: agreement(moves[2 * j + 1]) }));
}
