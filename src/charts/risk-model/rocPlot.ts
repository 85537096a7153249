/**
 * The ROC curve of scores on customers the model did not see: the share of churners flagged
 * against the share of others flagged, as the threshold falls; the diagonal is a random list,
 * and a dot marks the threshold the user has chosen.
 */
import * as Plot from '@observablehq/plot';
import type { Confusion, ScoreEvaluation } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface RocOptions {
  width?: number;
  fprLabel?: string;
  tprLabel?: string;
  /** The curve's label, e.g. "AUC 0.844 (0.824–0.863)". */
  curveLabel?: string;
  formatPercent?: (ratio: number) => string;
  /** The chosen threshold's counts: its point on the curve. */
  at?: Confusion;
  color?: string;
}

interface RocPoint {
  fpr: number;
  tpr: number;
}

const percent = (r: number) => `${(r * 100).toFixed(0)} %`;

export function rocPoints(roc: ScoreEvaluation['roc']): RocPoint[] {
  return Array.from(roc.fpr, (fpr, i) => ({ fpr, tpr: roc.tpr[i] }));
}

export function rocPlot(roc: ScoreEvaluation['roc'], opts: RocOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    fprLabel = 'Non-churners flagged (false-positive rate)',
    tprLabel = 'Churners flagged (true-positive rate)',
    curveLabel = '',
    formatPercent = percent,
    at,
    color = '#2f6db5',
  } = opts;
  const points = rocPoints(roc);
  const chosen = at ? [{ fpr: at.falsePositives / (at.falsePositives + at.trueNegatives || 1), tpr: at.recall }] : [];
  const side = Math.min(width, 480);
  return {
    width: side,
    height: side,
    marginLeft: 52,
    marginBottom: 44,
    x: { label: fprLabel, domain: [0, 1], tickFormat: formatPercent, grid: true, labelAnchor: 'center' },
    y: { label: tprLabel, domain: [0, 1], tickFormat: formatPercent, grid: true },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: '#9aa5b4', strokeDasharray: '3,3' },
      ),
      Plot.line(points, { x: 'fpr', y: 'tpr', stroke: color, strokeWidth: 2 }),
      Plot.text([curveLabel], { frameAnchor: 'bottom-right', dx: -8, dy: -8, fill: color, fontWeight: 600 }),
      Plot.dot(chosen, { x: 'fpr', y: 'tpr', r: 5, fill: '#b42318', stroke: 'white' }),
    ],
  };
}

export function rocTable(
  roc: ScoreEvaluation['roc'],
  labels: { threshold: string; fpr: string; tpr: string },
): ChartTable {
  return {
    columns: [
      { label: labels.threshold, kind: 'number' },
      { label: labels.fpr, kind: 'percent' },
      { label: labels.tpr, kind: 'percent' },
    ],
    rows: Array.from(roc.fpr, (fpr, i) => [roc.thresholds[i], fpr, roc.tpr[i]]),
  };
}
