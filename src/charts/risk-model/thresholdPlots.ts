/**
 * What a threshold means for a campaign: the confusion matrix of customers flagged or not
 * against churned or stayed, and the expected cost of missed churners and wasted offers at every
 * threshold, with the cheapest marked. Both are drawn from the confusion counts on the grid, so
 * moving the threshold or a cost is arithmetic on the main thread.
 */
import * as Plot from '@observablehq/plot';
import type { Confusion } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface ConfusionLabels {
  flagged: string;
  notFlagged: string;
  churned: string;
  stayed: string;
  predicted: string;
  actual: string;
}

const ENGLISH: ConfusionLabels = {
  flagged: 'flagged',
  notFlagged: 'not flagged',
  churned: 'churned',
  stayed: 'stayed',
  predicted: 'The list',
  actual: 'What happened',
};

interface Cell {
  predicted: string;
  actual: string;
  count: number;
  good: boolean;
}

export function confusionCells(c: Confusion, labels: ConfusionLabels = ENGLISH): Cell[] {
  return [
    { predicted: labels.flagged, actual: labels.churned, count: c.truePositives, good: true },
    { predicted: labels.notFlagged, actual: labels.churned, count: c.falseNegatives, good: false },
    { predicted: labels.flagged, actual: labels.stayed, count: c.falsePositives, good: false },
    { predicted: labels.notFlagged, actual: labels.stayed, count: c.trueNegatives, good: true },
  ];
}

export function confusionPlot(
  c: Confusion,
  opts: { width?: number; labels?: ConfusionLabels; formatCount?: (n: number) => string } = {},
): Plot.PlotOptions {
  const { width = 360, labels = ENGLISH, formatCount = (n: number) => String(n) } = opts;
  const cells = confusionCells(c, labels);
  return {
    width: Math.min(width, 420),
    height: 220,
    marginLeft: 90,
    marginTop: 40,
    padding: 0.04,
    x: { label: labels.predicted, domain: [labels.flagged, labels.notFlagged], axis: 'top' },
    y: { label: labels.actual, domain: [labels.churned, labels.stayed] },
    marks: [
      Plot.cell(cells, {
        x: 'predicted',
        y: 'actual',
        fill: (d: Cell) => (d.good ? '#dbe7f5' : '#f6dcd9'),
      }),
      Plot.text(cells, {
        x: 'predicted',
        y: 'actual',
        text: (d: Cell) => formatCount(d.count),
        fontSize: 16,
        fontWeight: 600,
        fill: '#1c2430',
      }),
    ],
  };
}

export interface CostCurveOptions {
  width?: number;
  thresholdLabel?: string;
  costLabel?: string;
  formatPercent?: (r: number) => string;
  formatCost?: (n: number) => string;
  /** The chosen threshold, and the cheapest. */
  threshold?: number;
  cheapest?: number;
  /** Words for the two marks ("chosen", "cheapest"). */
  chosenLabel?: string;
  cheapestLabel?: string;
}

export function costCurvePlot(curve: Float64Array, opts: CostCurveOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    thresholdLabel = 'Threshold (flag customers at or above this churn probability)',
    costLabel = 'Expected cost',
    formatPercent = (r: number) => `${(r * 100).toFixed(0)} %`,
    formatCost = (n: number) => n.toLocaleString('en'),
    threshold,
    cheapest,
    chosenLabel = 'chosen',
    cheapestLabel = 'cheapest',
  } = opts;
  const steps = curve.length - 1;
  // Every 5th grid point is plenty for the line; the marked points are exact.
  const points = Array.from({ length: Math.floor(steps / 5) + 1 }, (_, i) => ({
    t: (i * 5) / steps,
    cost: curve[i * 5],
  }));
  const at = (t: number) => ({ t, cost: curve[Math.round(t * steps)] });
  return {
    width,
    height: 260,
    marginLeft: 64,
    marginBottom: 44,
    x: { label: thresholdLabel, domain: [0, 1], tickFormat: formatPercent, grid: true, labelAnchor: 'center' },
    y: { label: costLabel, grid: true, tickFormat: formatCost, zero: true },
    marks: [
      Plot.lineY(points, { x: 't', y: 'cost', stroke: '#2f6db5', strokeWidth: 2 }),
      ...(cheapest !== undefined
        ? [
            Plot.dot([at(cheapest)], { x: 't', y: 'cost', r: 5, fill: '#1f6f43' }),
            Plot.ruleX([cheapest], { stroke: '#1f6f43', strokeDasharray: '3,3' }),
            Plot.text([cheapestLabel], {
              x: cheapest,
              frameAnchor: 'top',
              dy: 4,
              dx: -4,
              textAnchor: 'end',
              fill: '#1f6f43',
            }),
          ]
        : []),
      ...(threshold !== undefined
        ? [
            Plot.ruleX([threshold], { stroke: '#b42318' }),
            Plot.dot([at(threshold)], { x: 't', y: 'cost', r: 5, fill: '#b42318', stroke: 'white' }),
            Plot.text([chosenLabel], {
              x: threshold,
              frameAnchor: 'top',
              dy: 4,
              dx: 4,
              textAnchor: 'start',
              fill: '#b42318',
            }),
          ]
        : []),
    ],
  };
}

export function confusionTable(
  c: Confusion,
  labels: ConfusionLabels & { customers: string },
  formatRow = (cell: Cell) => [cell.actual, cell.predicted, cell.count] as (string | number)[],
): ChartTable {
  return {
    columns: [
      { label: labels.actual, kind: 'text' },
      { label: labels.predicted, kind: 'text' },
      { label: labels.customers, kind: 'count' },
    ],
    rows: confusionCells(c, labels).map(formatRow),
  };
}
