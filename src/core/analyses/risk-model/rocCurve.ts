/**
 * The ROC curve of churn scores and the area under it. A customer is flagged when their score
 * is at or above the threshold; tied scores enter together, so the curve has one point per
 * distinct score. The area is the Mann–Whitney probability that a churner outscores a
 * non-churner, ties counting one half (what scikit-learn's roc_auc_score computes).
 */
import type { Labels } from './featureSource.ts';

export interface RocCurve {
  /** From (0, 0) at threshold +∞ to (1, 1); one point per distinct score. */
  fpr: Float64Array;
  tpr: Float64Array;
  thresholds: Float64Array;
  positives: number;
  negatives: number;
}

/** Indices of `scores` from the highest score to the lowest (ties in index order). */
export function descendingOrder(scores: Float64Array): Int32Array {
  const order = Int32Array.from(scores.keys());
  return order.sort((a, b) => scores[b] - scores[a] || a - b);
}

export function rocCurve(scores: Float64Array, y: Labels): RocCurve {
  const order = descendingOrder(scores);
  let positives = 0;
  for (let i = 0; i < y.length; i++) positives += y[i];
  const negatives = y.length - positives;
  const fpr = [0];
  const tpr = [0];
  const thresholds = [Infinity];
  let tp = 0;
  let fp = 0;
  for (let i = 0; i < order.length; i++) {
    const r = order[i];
    if (y[r]) tp++;
    else fp++;
    if (i + 1 < order.length && scores[order[i + 1]] === scores[r]) continue;
    fpr.push(negatives > 0 ? fp / negatives : 0);
    tpr.push(positives > 0 ? tp / positives : 0);
    thresholds.push(scores[r]);
  }
  return {
    fpr: Float64Array.from(fpr),
    tpr: Float64Array.from(tpr),
    thresholds: Float64Array.from(thresholds),
    positives,
    negatives,
  };
}

/** Midranks (1-based, ties sharing their average rank) of the values. */
export function midranks(values: Float64Array): Float64Array {
  const order = Int32Array.from(values.keys()).sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(values.length);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

/** The area under the ROC curve: NaN without both churners and non-churners. */
export function rocAuc(scores: Float64Array, y: Labels): number {
  const ranks = midranks(scores);
  let m = 0;
  let rankSum = 0;
  for (let i = 0; i < y.length; i++)
    if (y[i]) {
      m++;
      rankSum += ranks[i];
    }
  const n = y.length - m;
  if (m === 0 || n === 0) return NaN;
  return (rankSum - (m * (m + 1)) / 2) / (m * n);
}
