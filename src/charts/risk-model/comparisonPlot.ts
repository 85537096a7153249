/**
 * Models compared on the same customers: their ROC curves overlaid, their cumulative gains
 * overlaid (each against the same random list), one colour per model, and a table of AUC with
 * its DeLong interval, the fold AUCs, the top decile's share of churners and the paired test
 * of the best model against each other one.
 */
import * as Plot from '@observablehq/plot';
import type { RiskComparison, RiskModelName } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';
import { gainsPoints } from './gainsPlot.ts';

export const MODEL_COLORS: Record<RiskModelName, string> = {
  logistic: '#2f6db5',
  tree: '#c2571a',
  'naive-bayes': '#1f8a5b',
  tan: '#8e44ad',
  cox: '#6b7686',
};

export interface ComparisonOptions {
  width?: number;
  xLabel?: string;
  yLabel?: string;
  modelLabel?: (model: RiskModelName) => string;
  formatPercent?: (ratio: number) => string;
}

interface Point {
  model: string;
  x: number;
  y: number;
}

const percent = (r: number) => `${(r * 100).toFixed(0)} %`;

function overlay(lines: Point[], c: RiskComparison, o: ComparisonOptions, square: boolean): Plot.PlotOptions {
  const { width = 640, xLabel = '', yLabel = '', modelLabel = (m) => m, formatPercent = percent } = o;
  const side = square ? Math.min(width, 480) : width;
  return {
    width: side,
    height: square ? side : 320,
    marginLeft: 52,
    marginBottom: 44,
    x: { label: xLabel, domain: [0, 1], tickFormat: formatPercent, grid: true, labelAnchor: 'center' },
    y: { label: yLabel, domain: [0, 1], tickFormat: formatPercent, grid: true },
    color: {
      domain: c.models.map((m) => modelLabel(m.model)),
      range: c.models.map((m) => MODEL_COLORS[m.model]),
      legend: true,
    },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: '#9aa5b4', strokeDasharray: '3,3' },
      ),
      Plot.line(lines, { x: 'x', y: 'y', z: 'model', stroke: 'model', strokeWidth: 2 }),
    ],
  };
}

/** Every model's ROC curve on one square chart. */
export function comparisonRocPlot(c: RiskComparison, o: ComparisonOptions = {}): Plot.PlotOptions {
  const label = o.modelLabel ?? ((m: RiskModelName) => m);
  const lines = c.models.flatMap((m) =>
    Array.from(m.roc.fpr, (x, i) => ({ model: label(m.model), x, y: m.roc.tpr[i] })),
  );
  return overlay(lines, c, o, true);
}

/** Every model's cumulative gains (share of churners found against share of customers contacted). */
export function comparisonGainsPlot(c: RiskComparison, o: ComparisonOptions = {}): Plot.PlotOptions {
  const label = o.modelLabel ?? ((m: RiskModelName) => m);
  const lines = c.models.flatMap((m) =>
    gainsPoints(m.gains).map((p) => ({ model: label(m.model), x: p.contacted, y: p.found })),
  );
  const plot = overlay(lines, c, o, false);
  plot.marks!.push(Plot.dot(lines, { x: 'x', y: 'y', fill: 'model', r: 2.5, filter: (p: Point) => p.x > 0 }));
  return plot;
}

export interface ComparisonTableLabels {
  model: string;
  auc: string;
  low: string;
  high: string;
  cvMean: string;
  cvFolds: string;
  topDecile: string;
  difference: string;
  p: string;
  modelLabel?: (model: RiskModelName) => string;
  formatNumber?: (v: number) => string;
}

/** One row per model; the best model's difference and p are empty (it is what the others are tested against). */
export function comparisonTable(c: RiskComparison, l: ComparisonTableLabels): ChartTable {
  const name = l.modelLabel ?? ((m: RiskModelName) => m);
  const fmt = l.formatNumber ?? ((v: number) => v.toFixed(3));
  const tests = new Map(c.tests.map((t) => [t.model, t]));
  return {
    columns: [
      { label: l.model, kind: 'text' },
      { label: l.auc, kind: 'number' },
      { label: l.low, kind: 'number' },
      { label: l.high, kind: 'number' },
      { label: l.cvMean, kind: 'number' },
      { label: l.cvFolds, kind: 'text' },
      { label: l.topDecile, kind: 'percent' },
      { label: l.difference, kind: 'number' },
      { label: l.p, kind: 'number' },
    ],
    rows: c.models.map((m) => {
      const t = tests.get(m.model);
      return [
        name(m.model),
        m.auc,
        m.aucLow,
        m.aucHigh,
        m.cv.mean,
        m.cv.auc.map(fmt).join(' · '),
        m.gains[0].cumShare,
        t ? -t.difference : '',
        t ? t.p : '',
      ];
    }),
  };
}
