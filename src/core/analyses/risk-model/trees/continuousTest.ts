import { entropy, splitInformation } from './impurity.ts';

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

export function continuousTest(
  values: Float64Array,
  y: Uint8Array,
  rows: Int32Array,
  fraction: Float64Array,
  classWeight: readonly [number, number],
  minLeaf: number,
): ContinuousTest | null {
  const order: number[] = [];
  let missingWeight = 0;
  let known0 = 0;
  let known1 = 0;
  let knownCount = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k];
    const w = fraction[k] * classWeight[y[row]];
    if (values[row] !== values[row]) {
      missingWeight += w;
      continue;
    }
    order.push(k);
    if (y[row] === 1) known1 += w;
    else known0 += w;
    knownCount += fraction[k];
  }
  const known = known0 + known1;
  if (order.length < 2 || !(known > 0)) return null;
  order.sort((a, b) => values[rows[a]] - values[rows[b]]);

  const baseEntropy = entropy(known0, known1);
  let left0 = 0;
  let left1 = 0;
  let leftCount = 0;
  let bestGain = -Infinity;
  let best = -1;
  for (let j = 0; j < order.length - 1; j++) {
    const k = order[j];
    const row = rows[k];
    const w = fraction[k] * classWeight[y[row]];
    if (y[row] === 1) left1 += w;
    else left0 += w;
    leftCount += fraction[k];
    const here = values[row];
    const next = values[rows[order[j + 1]]];
    if (next === here) continue;
    if (leftCount < minLeaf || knownCount - leftCount < minLeaf) continue;
    const leftW = left0 + left1;
    const rightW = known - leftW;
    const gain =
      baseEntropy -
      (leftW / known) * entropy(left0, left1) -
      (rightW / known) * entropy(known0 - left0, known1 - left1);
    if (gain > bestGain) {
      bestGain = gain;
      best = j;
    }
  }
  if (best < 0) return null;

  let leftW = 0;
  for (let j = 0; j <= best; j++) leftW += fraction[order[j]] * classWeight[y[rows[order[j]]]];
  const low = values[rows[order[best]]];
  const high = values[rows[order[best + 1]]];
  let threshold = low / 2 + high / 2;
  // A midpoint that rounds up onto the upper value would send it left; keep the lower one then.
  if (threshold >= high) threshold = low;
  const gain = (known / (known + missingWeight)) * bestGain;
  const outcomes = missingWeight > 0 ? [leftW, known - leftW, missingWeight] : [leftW, known - leftW];
  const splitInfo = splitInformation(outcomes);
  return { threshold, gain, splitInfo, gainRatio: splitInfo > 0 ? gain / splitInfo : 0 };
}
