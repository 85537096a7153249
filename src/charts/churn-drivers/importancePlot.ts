/**
 * Permutation importance: a dot per feature at its mean drop in held-out AUC, a bar across
 * ± one standard deviation of the permutations, and zero (no importance) as a rule.
 */
import * as Plot from '@observablehq/plot';
import type { DriverImportance, DriverPermutation } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface ImportancePlotOptions {
  width?: number;
  maxFeatures?: number;
  dropLabel?: string;
  featureText?: (name: string) => string;
  formatDrop?: (drop: number) => string;
  color?: string;
}

const drop4 = (d: number) => d.toFixed(3);

export function importancePlot(p: DriverPermutation, opts: ImportancePlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    maxFeatures = 20,
    dropLabel = 'Drop in test AUC when shuffled',
    featureText = (n: string) => n,
    formatDrop = drop4,
    color = '#2f6db5',
  } = opts;
  const shown = p.features.slice(0, maxFeatures);
  const name = (f: DriverImportance) => truncateLabel(featureText(f.feature));
  const longest = shown.reduce((n, f) => Math.max(n, name(f).length), 4);
  const lo = Math.min(0, ...shown.map((f) => f.mean - f.sd));
  const hi = Math.max(1e-6, ...shown.map((f) => f.mean + f.sd));
  return {
    width,
    height: shown.length * 24 + 56,
    marginLeft: Math.min(210, 16 + longest * 7),
    marginRight: 90,
    x: { label: dropLabel, domain: [lo, hi * 1.1], grid: true, tickFormat: formatDrop },
    y: { label: null, domain: shown.map(name) },
    marks: [
      Plot.ruleX([0], { stroke: '#6b7280' }),
      Plot.ruleY(shown, {
        y: name,
        x1: (f: DriverImportance) => f.mean - f.sd,
        x2: (f: DriverImportance) => f.mean + f.sd,
        stroke: '#1c2430',
        strokeWidth: 1.5,
      }),
      Plot.dot(shown, { y: name, x: 'mean', r: 4.5, fill: color }),
      Plot.text(shown, {
        y: name,
        x: (f: DriverImportance) => f.mean + f.sd,
        text: (f: DriverImportance) => formatDrop(f.mean),
        dx: 8,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
    ],
  };
}

export function importanceTable(
  p: DriverPermutation,
  labels: { feature: string; mean: string; sd: string },
  featureText: (name: string) => string = (n) => n,
): ChartTable {
  return {
    columns: [
      { label: labels.feature, kind: 'text' },
      { label: labels.mean, kind: 'number' },
      { label: labels.sd, kind: 'number' },
    ],
    rows: p.features.map((f) => [featureText(f.feature), f.mean, f.sd]),
  };
}
