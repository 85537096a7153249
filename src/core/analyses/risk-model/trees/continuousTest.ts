import { entropy, splitInformation } from './impurity.ts';
import { rankColumn } from './rankedColumn.ts';

/**
 * C4.5's test on a continuous feature (Quinlan 1993, §2.4): sort the node's cases with a known
 * value, try a threshold between each pair of adjacent distinct values, keep the one with the
 * highest information gain, and score it as a two-outcome test. The threshold is the midpoint
 * of the two values (C4.5 itself reports the lower value, which partitions the training cases
 * the same way). Each side must hold at least `minLeaf` cases. Missing values (NaN) are handled
 * as in categoricalGain.ts: gain scaled by the known share, "missing" a third outcome of the
 * split information. Release 8's MDL penalty on thresholds (Quinlan 1996) is not applied.
 */
export interface ContinuousTest {
  threshold: number;
  gain: number;
  splitInfo: number;
  gainRatio: number;
}

/** A numeric feature ranked once for all nodes: each row's rank among the distinct values, −1 if missing. */
export interface RowRanks {
  rank: Int32Array;
  values: Float64Array;
}

export function rowRanks(column: Float64Array): RowRanks {
  const known: number[] = [];
  for (let i = 0; i < column.length; i++) if (column[i] === column[i]) known.push(i);
  const ranked = rankColumn(Float64Array.from(known, (i) => column[i]));
  const rank = new Int32Array(column.length).fill(-1);
  ranked.order.forEach((k, p) => (rank[known[k]] = ranked.sortedRank[p]));
  return { rank, values: ranked.values };
}

export function continuousTest(
  feature: RowRanks,
  y: Uint8Array,
  rows: Int32Array,
  fraction: Float64Array,
  classWeight: readonly [number, number],
  minLeaf: number,
): ContinuousTest | null {
  const { rank, values } = feature;
  // The node's known cases sorted by rank: keys rank · m + k sort natively, and k = key mod m.
  const m = rows.length;
  const keys = new Float64Array(m);
  let known = 0;
  let missingWeight = 0;
  let known0 = 0;
  let known1 = 0;
  let knownCount = 0;
  for (let k = 0; k < m; k++) {
    const row = rows[k];
    const w = fraction[k] * classWeight[y[row]];
    if (rank[row] < 0) {
      missingWeight += w;
      continue;
    }
    keys[known++] = rank[row] * m + k;
    if (y[row] === 1) known1 += w;
    else known0 += w;
    knownCount += fraction[k];
  }
  const knownWeight = known0 + known1;
  if (known < 2 || !(knownWeight > 0)) return null;
  const order = keys.subarray(0, known).sort();
  const caseOf = new Int32Array(known);
  const rankOf = new Int32Array(known);
  for (let j = 0; j < known; j++) {
    const r = Math.floor(order[j] / m);
    rankOf[j] = r;
    caseOf[j] = order[j] - r * m;
  }

  const baseEntropy = entropy(known0, known1);
  let left0 = 0;
  let left1 = 0;
  let leftCount = 0;
  let bestGain = -Infinity;
  let best = -1;
  for (let j = 0; j < known - 1; j++) {
    const k = caseOf[j];
    const row = rows[k];
    const w = fraction[k] * classWeight[y[row]];
    if (y[row] === 1) left1 += w;
    else left0 += w;
    leftCount += fraction[k];
    if (rankOf[j + 1] === rankOf[j]) continue;
    if (leftCount < minLeaf || knownCount - leftCount < minLeaf) continue;
    const leftW = left0 + left1;
    const rightW = knownWeight - leftW;
    const gain =
      baseEntropy -
      (leftW / knownWeight) * entropy(left0, left1) -
      (rightW / knownWeight) * entropy(known0 - left0, known1 - left1);
    if (gain > bestGain) {
      bestGain = gain;
      best = j;
    }
  }
  if (best < 0) return null;

  let leftW = 0;
  for (let j = 0; j <= best; j++) leftW += fraction[caseOf[j]] * classWeight[y[rows[caseOf[j]]]];
  const low = values[rankOf[best]];
  const high = values[rankOf[best + 1]];
  let threshold = low / 2 + high / 2;
  // A midpoint that rounds up onto the upper value would send it left; keep the lower one then.
  if (threshold >= high) threshold = low;
  const gain = (knownWeight / (knownWeight + missingWeight)) * bestGain;
  const outcomes = missingWeight > 0 ? [leftW, knownWeight - leftW, missingWeight] : [leftW, knownWeight - leftW];
  const splitInfo = splitInformation(outcomes);
  return { threshold, gain, splitInfo, gainRatio: splitInfo > 0 ? gain / splitInfo : 0 };
}
