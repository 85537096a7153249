/**
 * Calibration by decile of predicted risk: each tenth's mean predicted probability against the
 * share that churned, with that share's 95 % Wilson interval; on the diagonal, a predicted 30 %
 * means 30 % churn.
 */
import * as Plot from '@observablehq/plot';
import type { CalibrationBin } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface CalibrationOptions {
  width?: number;
  predictedLabel?: string;
  observedLabel?: string;
  formatPercent?: (ratio: number) => string;
  color?: string;
}

const percent = (r: number) => `${(r * 100).toFixed(0)} %`;

export function calibrationPlot(bins: CalibrationBin[], opts: CalibrationOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    predictedLabel = 'Predicted churn probability (mean of the decile)',
    observedLabel = 'Churned',
    formatPercent = percent,
    color = '#2f6db5',
  } = opts;
  const top = Math.min(1, Math.max(0.05, ...bins.map((b) => Math.max(b.high, b.predicted))) * 1.08);
  const side = Math.min(width, 480);
  return {
    width: side,
    height: side,
    marginLeft: 52,
    marginBottom: 44,
    x: { label: predictedLabel, domain: [0, top], tickFormat: formatPercent, grid: true, labelAnchor: 'center' },
    y: { label: observedLabel, domain: [0, top], tickFormat: formatPercent, grid: true },
    marks: [
      Plot.line(
        [
          [0, 0],
          [top, top],
        ],
        { stroke: '#9aa5b4', strokeDasharray: '3,3' },
      ),
      Plot.ruleX(bins, { x: 'predicted', y1: 'low', y2: 'high', stroke: color, strokeOpacity: 0.6 }),
      Plot.dot(bins, { x: 'predicted', y: 'observed', fill: color, r: 4 }),
      Plot.text(bins, {
        x: 'predicted',
        y: 'observed',
        text: (b: CalibrationBin) => String(b.decile),
        dx: 8,
        textAnchor: 'start',
        fill: '#4a5565',
        fontSize: 10,
      }),
    ],
  };
}

export function calibrationTable(
  bins: CalibrationBin[],
  labels: { decile: string; customers: string; predicted: string; observed: string; low: string; high: string },
): ChartTable {
  return {
    columns: [
      { label: labels.decile, kind: 'count' },
      { label: labels.customers, kind: 'count' },
      { label: labels.predicted, kind: 'percent' },
      { label: labels.observed, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
    ],
    rows: bins.map((b) => [b.decile, b.customers, b.predicted, b.observed, b.low, b.high]),
  };
}
