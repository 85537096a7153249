/**
 * Calibration by decile of predicted risk: for each tenth of customers (sorted by score), the
 * mean predicted probability against the share that churned, with the share's 95 % Wilson
 * interval; and the Brier score, the mean squared gap between probability and outcome.
 */
import { wilsonInterval } from '../../stats/wilsonInterval.ts';
import type { Labels } from './featureSource.ts';
import { descendingOrder } from './rocCurve.ts';

export interface CalibrationBin {
  decile: number;
  customers: number;
  predicted: number;
  observed: number;
  low: number;
  high: number;
}

export function calibrationBins(scores: Float64Array, y: Labels): CalibrationBin[] {
  const order = descendingOrder(scores);
  const n = order.length;
  const bins: CalibrationBin[] = [];
  for (let d = 1; d <= 10; d++) {
    const from = Math.floor(((d - 1) * n) / 10);
    const to = Math.floor((d * n) / 10);
    if (to <= from) continue;
    let predicted = 0;
    let churners = 0;
    for (let i = from; i < to; i++) {
      predicted += scores[order[i]];
      churners += y[order[i]];
    }
    const customers = to - from;
    const { low, high } = wilsonInterval(churners, customers);
    bins.push({ decile: d, customers, predicted: predicted / customers, observed: churners / customers, low, high });
  }
  return bins;
}

export function brierScore(scores: Float64Array, y: Labels): number {
  let s = 0;
  for (let i = 0; i < scores.length; i++) s += (scores[i] - y[i]) ** 2;
  return s / scores.length;
}
