/**
 * Everything the app reports about scores on customers the model did not see: the ROC curve
 * (thinned for drawing), the AUC with its DeLong interval, gains and lift by decile, how many
 * customers reach 80 % of the churners, calibration by decile with the Brier score, and the
 * confusion counts on the threshold grid.
 */
import { brierScore, calibrationBins, type CalibrationBin } from './calibrationBins.ts';
import { delongInterval } from './delongInterval.ts';
import type { Labels } from './featureSource.ts';
import { gainsTable, reachFor, type GainsRow, type Reach } from './gainsTable.ts';
import { rocCurve } from './rocCurve.ts';
import { thresholdCounts, type ThresholdCounts } from './thresholdCounts.ts';

export interface ScoreEvaluation {
  customers: number;
  churners: number;
  auc: number;
  aucLow: number;
  aucHigh: number;
  /** The ROC curve, at most `rocPoints` points (every point when there are fewer distinct scores). */
  roc: { fpr: Float64Array; tpr: Float64Array; thresholds: Float64Array };
  gains: GainsRow[];
  reach: Reach;
  calibration: CalibrationBin[];
  brier: number;
  counts: ThresholdCounts;
}

/** The share of churners the "reach" sentence names. */
export const REACH_SHARE = 0.8;
const ROC_POINTS = 400;

/** Every point kept when there are few; else points evenly spaced along the curve's index, ends kept. */
function thinned(roc: ReturnType<typeof rocCurve>): ScoreEvaluation['roc'] {
  const m = roc.fpr.length;
  if (m <= ROC_POINTS) return { fpr: roc.fpr, tpr: roc.tpr, thresholds: roc.thresholds };
  const keep = Array.from({ length: ROC_POINTS }, (_, i) => Math.round((i * (m - 1)) / (ROC_POINTS - 1)));
  return {
    fpr: Float64Array.from(keep, (i) => roc.fpr[i]),
    tpr: Float64Array.from(keep, (i) => roc.tpr[i]),
    thresholds: Float64Array.from(keep, (i) => roc.thresholds[i]),
  };
}

export function evaluateScores(scores: Float64Array, y: Labels): ScoreEvaluation {
  const roc = rocCurve(scores, y);
  const ci = delongInterval(scores, y);
  return {
    customers: scores.length,
    churners: roc.positives,
    auc: ci.auc,
    aucLow: ci.low,
    aucHigh: ci.high,
    roc: thinned(roc),
    gains: gainsTable(scores, y),
    reach: reachFor(scores, y, REACH_SHARE),
    calibration: calibrationBins(scores, y),
    brier: brierScore(scores, y),
    counts: thresholdCounts(scores, y),
  };
}
