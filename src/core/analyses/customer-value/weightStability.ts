/**
 * How stable the top list is under the weights the user chose: each weight in turn is moved
 * down and up by `step` (±20 % by default), the others held, the score recomputed and the top k
 * taken again; the agreement with the original list says how much of it stays (listAgreement).
 * A weight a list barely depends on keeps it whole; one it hangs on shows at once.
 */
import { listAgreement, topMembers } from './topCustomers.ts';
import { weightedScore } from './valueScore.ts';

export interface WeightMove {
  /** Index of the column whose weight moved. */
  feature: number;
  down: { overlap: number; jaccard: number };
  up: { overlap: number; jaccard: number };
}

export function weightStability(
  columns: readonly Float64Array[],
  weights: readonly number[],
  k: number,
  base: Uint8Array,
  step = 0.2,
): WeightMove[] {
  const n = base.length;
  const score = new Float64Array(n);
  const members = new Uint8Array(n);
  const scratch = new Float64Array(n);
  const agreement = (feature: number, factor: number) => {
    const moved = weights.map((w, j) => (j === feature ? w * factor : w));
    weightedScore(columns, moved, score);
    topMembers(score, k, members, scratch);
    return listAgreement(base, members);
  };
  return weights.map((_, j) => ({ feature: j, down: agreement(j, 1 - step), up: agreement(j, 1 + step) }));
}
