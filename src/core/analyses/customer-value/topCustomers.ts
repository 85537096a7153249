/**
 * The top share of customers by score, and how much two such lists agree. The top k are the
 * k highest scores, an equal score going to the customer who comes first in the customer
 * table (as a stable sort would), so a list is always exactly k customers. Customers without a
 * score are never in it. Found by quickselect (linear), not a sort of every customer.
 */
import { selectInPlace } from '../../stats/medianInPlace.ts';

/** How many customers the top `share` of `scored` customers is: round half up, at least one when any is scored. */
export function topCount(scored: number, share: number): number {
  if (scored <= 0) return 0;
  return Math.min(scored, Math.max(1, Math.round(scored * share)));
}

/** Marks the top k customers by score with 1 in `into` (others 0). `scratch` holds at least the scored count. */
export function topMembers(
  score: Float64Array,
  k: number,
  into: Uint8Array = new Uint8Array(score.length),
  scratch?: Float64Array,
): Uint8Array {
  into.fill(0);
  if (k <= 0) return into;
  let n = 0;
  const known = scratch ?? new Float64Array(score.length);
  for (let i = 0; i < score.length; i++) if (score[i] === score[i]) known[n++] = score[i];
  const take = Math.min(k, n);
  // The take-th largest is the (n − take)-th smallest: everything above it is in, then ties in table order.
  selectInPlace(known, n - take, n - 1);
  const threshold = known[n - take];
  let left = take;
  for (let i = 0; i < score.length; i++)
    if (score[i] > threshold) {
      into[i] = 1;
      left--;
    }
  for (let i = 0; i < score.length && left > 0; i++)
    if (score[i] === threshold) {
      into[i] = 1;
      left--;
    }
  return into;
}

/**
 * The members' customer indices, highest score first (ties in table order). The scores are
 * sorted natively (no comparator: 20,000 at 100k customers); each member then goes to the first
 * free place of its score's run, the members taken in table order.
 */
export function rankedMembers(score: Float64Array, members: Uint8Array): Int32Array {
  let k = 0;
  for (let i = 0; i < members.length; i++) k += members[i];
  const sorted = new Float64Array(k);
  let j = 0;
  for (let i = 0; i < members.length; i++) if (members[i]) sorted[j++] = score[i];
  sorted.sort();
  const rows = new Int32Array(k);
  const placed = new Int32Array(k);
  for (let i = 0; i < members.length; i++) {
    if (!members[i]) continue;
    const v = score[i];
    // Scores above v fill the first k − (position after the last v) places, highest first.
    let lo = 0;
    let hi = k;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] <= v) lo = mid + 1;
      else hi = mid;
    }
    const first = k - lo;
    rows[first + placed[first]++] = i;
  }
  return rows;
}

/**
 * Agreement of two top lists: `overlap` = |A ∩ B| / |A| (the share of list A still in list B;
 * with lists of equal size, the share that stays) and `jaccard` = |A ∩ B| / |A ∪ B|.
 */
export function listAgreement(a: Uint8Array, b: Uint8Array): { overlap: number; jaccard: number } {
  let both = 0;
  let inA = 0;
  let inB = 0;
  for (let i = 0; i < a.length; i++) {
    inA += a[i];
    inB += b[i];
    both += a[i] & b[i];
  }
  return { overlap: inA > 0 ? both / inA : NaN, jaccard: inA + inB - both > 0 ? both / (inA + inB - both) : NaN };
}
