/**
 * Choosing k: the elbow (inertia, the within-cluster sum of squares, by k) or the mean silhouette
 * by k, one line with a dot per k fitted, the k shown drawn larger and labelled.
 */
import * as Plot from '@observablehq/plot';
import type { ChooseKPoint } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface ChooseKOptions {
  width?: number;
  kLabel?: string;
  valueLabel?: string;
  formatValue?: (v: number) => string;
  color?: string;
}

export function chooseKPlot(
  points: ChooseKPoint[],
  measure: 'inertia' | 'silhouette',
  shown: number,
  opts: ChooseKOptions = {},
): Plot.PlotOptions {
  const {
    width = 320,
    kLabel = 'k (clusters)',
    valueLabel = measure === 'inertia' ? 'Inertia' : 'Silhouette',
    formatValue = (v: number) => (measure === 'inertia' ? v.toPrecision(3) : v.toFixed(3)),
    color = '#2f6db5',
  } = opts;
  const drawn = points.filter((p) => Number.isFinite(p[measure]));
  const chosen = drawn.filter((p) => p.k === shown);
  return {
    width,
    height: 220,
    marginLeft: 56,
    marginTop: 36,
    marginRight: 40,
    x: { label: kLabel, ticks: drawn.map((p) => p.k), tickFormat: 'd' },
    y: { label: valueLabel, grid: true, zero: measure === 'inertia', tickFormat: formatValue },
    marks: [
      Plot.line(drawn, { x: 'k', y: measure, stroke: color }),
      Plot.dot(drawn, { x: 'k', y: measure, fill: color, r: 3 }),
      Plot.dot(chosen, { x: 'k', y: measure, r: 7, stroke: '#b42318', strokeWidth: 2 }),
      Plot.text(chosen, {
        x: 'k',
        y: measure,
        text: (p: ChooseKPoint) => `k = ${p.k}: ${formatValue(p[measure])}`,
        dy: -14,
        dx: 6,
        textAnchor: 'start',
        fill: '#b42318',
      }),
    ],
  };
}

export function chooseKTable(
  points: ChooseKPoint[],
  labels: { k: string; inertia: string; silhouette: string; iterations: string },
): ChartTable {
  return {
    columns: [
      { label: labels.k, kind: 'count' },
      { label: labels.inertia, kind: 'number' },
      { label: labels.silhouette, kind: 'number' },
      { label: labels.iterations, kind: 'count' },
    ],
    rows: points.map((p) => [p.k, p.inertia, p.silhouette, p.iterations]),
  };
}
