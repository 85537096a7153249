/**
 * What a threshold and a cost matrix mean for a list of scored customers, from the confusion
 * counts on the threshold grid (thresholdCounts.ts): precision and recall, the confusion
 * matrix, and the expected cost of missed churners and wasted offers — with the grid threshold
 * that makes that cost smallest. Pure arithmetic over at most a few thousand numbers: the app
 * redraws with it on the main thread as the user moves a threshold or a cost.
 */
import type { ThresholdCounts } from './thresholdCounts.ts';

export interface Confusion {
  threshold: number;
  /** Churners flagged. */
  truePositives: number;
  /** Non-churners flagged (a wasted offer each). */
  falsePositives: number;
  /** Churners not flagged (missed). */
  falseNegatives: number;
  trueNegatives: number;
  /** Flagged churners ÷ flagged (NaN when no one is flagged). */
  precision: number;
  /** Flagged churners ÷ churners. */
  recall: number;
  /** Share of customers flagged. */
  flaggedShare: number;
}

export interface Costs {
  /** Cost of a churner the list misses. */
  missed: number;
  /** Cost of an offer to a customer who would have stayed. */
  offer: number;
}

/** The grid step at or just above the threshold. */
export function thresholdStep(counts: ThresholdCounts, threshold: number): number {
  const k = Math.ceil(threshold * counts.steps - 1e-9);
  return Math.min(counts.steps, Math.max(0, k));
}

export function confusionAtStep(counts: ThresholdCounts, k: number): Confusion {
  const tp = counts.truePositives[k];
  const fp = counts.falsePositives[k];
  const total = counts.positives + counts.negatives;
  return {
    threshold: k / counts.steps,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: counts.positives - tp,
    trueNegatives: counts.negatives - fp,
    precision: tp + fp > 0 ? tp / (tp + fp) : NaN,
    recall: counts.positives > 0 ? tp / counts.positives : NaN,
    flaggedShare: total > 0 ? (tp + fp) / total : NaN,
  };
}

export const confusionAt = (counts: ThresholdCounts, threshold: number) =>
  confusionAtStep(counts, thresholdStep(counts, threshold));

/** Missed churners × their cost + wasted offers × theirs. */
export function expectedCost(c: Confusion, costs: Costs): number {
  return c.falseNegatives * costs.missed + c.falsePositives * costs.offer;
}

/** The cost at every grid threshold (for the cost curve). */
export function costCurve(counts: ThresholdCounts, costs: Costs): Float64Array {
  const out = new Float64Array(counts.steps + 1);
  for (let k = 0; k <= counts.steps; k++)
    out[k] = (counts.positives - counts.truePositives[k]) * costs.missed + counts.falsePositives[k] * costs.offer;
  return out;
}

/**
 * The grid threshold with the smallest expected cost (the highest such threshold when several
 * tie: the shortest list), and the threshold decision theory gives for calibrated
 * probabilities, offer ÷ (offer + missed).
 */
export function cheapestThreshold(
  counts: ThresholdCounts,
  costs: Costs,
): { best: Confusion; cost: number; bayes: number } {
  const curve = costCurve(counts, costs);
  let k = 0;
  for (let j = 1; j < curve.length; j++) if (curve[j] <= curve[k]) k = j;
  const total = costs.offer + costs.missed;
  return { best: confusionAtStep(counts, k), cost: curve[k], bayes: total > 0 ? costs.offer / total : NaN };
}
