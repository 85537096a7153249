/**
 * How stable the top list is under the weights the user chose: each weight in turn is moved
 * down and up by `step` (±20 % by default), the others held, the score recomputed and the top k
 * taken again; the agreement with the original list says how much of it stays (listAgreement).
 * A weight a list barely depends on keeps it whole; one it hangs on shows at once.
 */
import { listAgreement } from './topCustomers.ts';
import { checkWeights } from './valueScore.ts';
import { selectInPlace } from '../../stats/medianInPlace.ts';

export interface WeightMove {
  /** Index of the column whose weight moved. */
  feature: number;
  down: { overlap: number; jaccard: number };
  up: { overlap: number; jaccard: number };
}

function range(values: Float64Array): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}

/**
 * The top k of `sum + d·o` (ties in table order) into `into`, and how many of them are in `base`.
 * Its k-th largest value lies within [T + lo, T + hi], T the k-th largest of `sum` and lo, hi the
 * least and most d·o adds: a customer above that band is in, one below it out, and only those
 * inside it are selected among.
 */
function movedTop(
  sum: Float64Array,
  o: Float64Array,
  d: number,
  k: number,
  bounds: { threshold: number; lo: number; hi: number },
  into: Uint8Array,
  scratch: Float64Array,
): void {
  const n = sum.length;
  // Rounding in the sums must never put a customer on the wrong side of the band: widen it.
  const slack = 1e-9 * (1 + Math.abs(bounds.threshold) + Math.abs(bounds.lo) + Math.abs(bounds.hi));
  const above = bounds.threshold + bounds.hi + slack;
  const below = bounds.threshold + bounds.lo - slack;
  let sure = 0;
  let band = 0;
  for (let i = 0; i < n; i++) {
    const v = sum[i] + d * o[i];
    if (v > above) {
      into[i] = 1;
      sure++;
    } else {
      into[i] = 0;
      if (v >= below) scratch[band++] = v;
    }
  }
  const take = Math.min(k - sure, band);
  if (take <= 0) return;
  selectInPlace(scratch, band - take, band - 1);
  const t = scratch[band - take];
  let left = take;
  for (let i = 0; i < n; i++) {
    if (into[i] === 1) continue;
    const v = sum[i] + d * o[i];
    if (v > t) {
      into[i] = 1;
      left--;
    }
  }
  for (let i = 0; i < n && left > 0; i++)
    if (into[i] === 0 && sum[i] + d * o[i] === t) {
      into[i] = 1;
      left--;
    }
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
  const members = new Uint8Array(n);
  const ranges = columns.map(range);
  const agreement = (feature: number, factor: number) => {
    const o = columns[feature];
    const d = (factor - 1) * weights[feature];
    const { min, max } = ranges[feature];
    const lo = Math.min(d * min, d * max);
    const hi = Math.max(d * min, d * max);
    movedTop(sum, o, d, take, { threshold, lo, hi }, members, scratch);
    return listAgreement(base, members);
  };
  return weights.map((_, j) => ({ feature: j, down: agreement(j, 1 - step), up: agreement(j, 1 + step) }));
}
