/**
 * Confusion counts at every threshold of a fixed grid (0, 1/steps, …, 1): a customer is flagged
 * as a churner when their score is at or above the threshold. Computed once where the scores
 * are (the worker); moving a threshold or a cost is then arithmetic over these small arrays
 * (thresholdMetrics.ts), fast enough for the main thread.
 */
import type { Labels } from './featureSource.ts';

export interface ThresholdCounts {
  steps: number;
  /** Churners flagged at threshold k / steps (k = 0 … steps). */
  truePositives: Float64Array;
  /** Non-churners flagged at threshold k / steps. */
  falsePositives: Float64Array;
  positives: number;
  negatives: number;
}

/** The largest k with k / steps ≤ score (−1 below 0, steps above 1). */
function lastFlaggingStep(score: number, steps: number): number {
  let k = Math.min(steps, Math.floor(score * steps));
  while (k + 1 <= steps && (k + 1) / steps <= score) k++;
  while (k >= 0 && k / steps > score) k--;
  return k;
}

export function thresholdCounts(scores: Float64Array, y: Labels, steps = 1000): ThresholdCounts {
  const tp = new Float64Array(steps + 2);
  const fp = new Float64Array(steps + 2);
  let positives = 0;
  for (let i = 0; i < scores.length; i++) {
    const k = lastFlaggingStep(scores[i], steps);
    if (y[i]) positives++;
    if (k < 0) continue;
    if (y[i]) tp[k]++;
    else fp[k]++;
  }
  // Flagged at k = every score whose last flagging step is k or above: suffix sums.
  for (let k = steps - 1; k >= 0; k--) {
    tp[k] += tp[k + 1];
    fp[k] += fp[k + 1];
  }
  return {
    steps,
    truePositives: tp.slice(0, steps + 1),
    falsePositives: fp.slice(0, steps + 1),
    positives,
    negatives: scores.length - positives,
  };
}
