import { rankColumn } from '../trees/rankedColumn.ts';

/**
 * Harrell's concordance of a risk score with survival (Harrell et al. 1982), counted as R's
 * `concordance()` does for a Cox model: a pair is comparable when one customer's event comes
 * strictly before the other's time, or at the same time as the other's censoring (the censored
 * one was still at risk); it is concordant when the earlier event has the higher score,
 * discordant when lower, tied on the score otherwise. Pairs of events at the same time are
 * counted apart (`tiedTime`) and left out.
 *   C = (concordant + tiedScore / 2) / (concordant + discordant + tiedScore),
 * so C = 0.5 is no better than chance and 1 orders every comparable pair. O(n log n): times
 * from the latest back, the scores of everyone still at risk in a Fenwick tree over score ranks.
 */
export interface Concordance {
  concordance: number;
  concordant: number;
  discordant: number;
  tiedScore: number;
  tiedTime: number;
  /** Events at the same time with the same score (R's tied.xy). */
  tiedBoth: number;
}

export function concordance(time: Float64Array, event: Uint8Array, score: Float64Array): Concordance {
  const n = time.length;
  const { order } = rankColumn(time);
  const ranked = rankColumn(score);
  const scoreRank = new Int32Array(n);
  ranked.order.forEach((row, p) => (scoreRank[row] = ranked.sortedRank[p]));
  const size = ranked.values.length;
  const tree = new Float64Array(size + 1);
  const add = (rank: number) => {
    for (let i = rank + 1; i <= size; i += i & -i) tree[i]++;
  };
  /** How many at risk have a score rank below `rank`. */
  const below = (rank: number) => {
    let total = 0;
    for (let i = rank; i > 0; i -= i & -i) total += tree[i];
    return total;
  };
  let atRisk = 0;
  let concordant = 0;
  let discordant = 0;
  let tiedScore = 0;
  let tiedTime = 0;
  let tiedBoth = 0;
  const eventsAt = new Map<number, number>();
  for (let end = n; end > 0;) {
    let start = end - 1;
    while (start > 0 && time[order[start - 1]] === time[order[end - 1]]) start--;
    // The censored at this time are still at risk when these events happen.
    for (let k = start; k < end; k++) {
      const row = order[k];
      if (!event[row]) {
        add(scoreRank[row]);
        atRisk++;
      }
    }
    eventsAt.clear();
    let deaths = 0;
    for (let k = start; k < end; k++) {
      const row = order[k];
      if (!event[row]) continue;
      const r = scoreRank[row];
      const lower = below(r);
      const same = below(r + 1) - lower;
      concordant += lower;
      tiedScore += same;
      discordant += atRisk - lower - same;
      deaths++;
      eventsAt.set(r, (eventsAt.get(r) ?? 0) + 1);
    }
    tiedTime += (deaths * (deaths - 1)) / 2;
    for (const m of eventsAt.values()) tiedBoth += (m * (m - 1)) / 2;
    for (let k = start; k < end; k++) {
      const row = order[k];
      if (event[row]) {
        add(scoreRank[row]);
        atRisk++;
      }
    }
    end = start;
  }
  const comparable = concordant + discordant + tiedScore;
  return {
    concordance: comparable > 0 ? (concordant + tiedScore / 2) / comparable : NaN,
    concordant,
    discordant,
    tiedScore,
    tiedTime: tiedTime - tiedBoth,
    tiedBoth,
  };
}
