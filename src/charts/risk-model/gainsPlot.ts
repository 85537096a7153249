/**
 * Cumulative gains by decile: the share of all churners found by contacting the riskiest 10 %,
 * 20 %, … of customers, against a random list (the diagonal) and a perfect one (every churner
 * first); and the lift of each decile, its churn rate over the overall rate.
 */
import * as Plot from '@observablehq/plot';
import { pickable } from '../customerPicks.ts';
import type { GainsRow } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface GainsOptions {
  width?: number;
  contactedLabel?: string;
  foundLabel?: string;
  modelLabel?: string;
  randomLabel?: string;
  perfectLabel?: string;
  formatPercent?: (ratio: number) => string;
  color?: string;
}

interface GainsPoint {
  contacted: number;
  found: number;
}

const percent = (r: number) => `${(r * 100).toFixed(0)} %`;

export function gainsPoints(gains: GainsRow[]): GainsPoint[] {
  const n = gains.reduce((s, g) => s + g.customers, 0);
  let seen = 0;
  return [
    { contacted: 0, found: 0 },
    ...gains.map((g) => ({ contacted: (seen += g.customers) / n, found: g.cumShare })),
  ];
}

export function gainsPlot(gains: GainsRow[], opts: GainsOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    contactedLabel = 'Customers contacted, riskiest first',
    foundLabel = 'Churners found',
    modelLabel = 'model',
    randomLabel = 'random list',
    perfectLabel = 'perfect list',
    formatPercent = percent,
    color = '#2f6db5',
  } = opts;
  const points = gainsPoints(gains);
  const n = gains.reduce((s, g) => s + g.customers, 0);
  const rate = gains.reduce((s, g) => s + g.churners, 0) / n;
  const perfect = [
    { contacted: 0, found: 0 },
    { contacted: rate, found: 1 },
    { contacted: 1, found: 1 },
  ];
  const top = points[1];
  return {
    width,
    height: 300,
    marginLeft: 52,
    marginBottom: 44,
    marginRight: 20,
    x: { label: contactedLabel, domain: [0, 1], tickFormat: formatPercent, grid: true, labelAnchor: 'center' },
    y: { label: foundLabel, domain: [0, 1], tickFormat: formatPercent, grid: true },
    marks: [
      Plot.line(
        [
          { contacted: 0, found: 0 },
          { contacted: 1, found: 1 },
        ],
        { x: 'contacted', y: 'found', stroke: '#9aa5b4', strokeDasharray: '3,3' },
      ),
      Plot.line(perfect, { x: 'contacted', y: 'found', stroke: '#9aa5b4', strokeDasharray: '1,3' }),
      Plot.lineY(points, { x: 'contacted', y: 'found', stroke: color, strokeWidth: 2 }),
      Plot.dot(points.slice(1), { x: 'contacted', y: 'found', fill: color, r: 3 }),
      Plot.text([top], {
        x: 'contacted',
        y: 'found',
        text: (p: GainsPoint) => formatPercent(p.found),
        dx: 8,
        dy: 8,
        textAnchor: 'start',
        fill: color,
        fontWeight: 600,
      }),
      Plot.text([modelLabel], { x: 0.5, y: points[5]?.found ?? 0.8, dx: 6, dy: 14, fill: color, textAnchor: 'start' }),
      Plot.text([randomLabel], { x: 0.75, y: 0.75, dy: 12, dx: 4, fill: '#6b7686', textAnchor: 'start' }),
      Plot.text([perfectLabel], { x: Math.min(rate, 0.9), y: 1, dy: -8, dx: 4, fill: '#6b7686', textAnchor: 'start' }),
    ],
  };
}

export interface LiftOptions {
  width?: number;
  decileLabel?: string;
  liftLabel?: string;
  formatRatio?: (ratio: number) => string;
  color?: string;
  /** Called with a decile's row when its bar is clicked: the customers behind it. */
  onPick?: (row: GainsRow) => void;
}

export function liftPlot(gains: GainsRow[], opts: LiftOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    decileLabel = 'Risk decile (1 = riskiest tenth)',
    liftLabel = 'Lift',
    formatRatio = (r: number) => `${r.toFixed(1)}×`,
    color = '#2f6db5',
    onPick,
  } = opts;
  const top = Math.max(1, ...gains.map((g) => (Number.isFinite(g.lift) ? g.lift : 0)));
  return {
    width,
    height: 240,
    marginLeft: 52,
    marginBottom: 40,
    x: { label: decileLabel, domain: gains.map((g) => g.decile), padding: 0.15, labelAnchor: 'center' },
    y: { label: liftLabel, domain: [0, top * 1.15], grid: true, tickFormat: formatRatio },
    marks: [
      Plot.barY(gains, {
        x: 'decile',
        y: 'lift',
        fill: color,
        fillOpacity: 0.8,
        ...(onPick ? { render: pickable(gains, onPick) } : {}),
      }),
      Plot.text(gains, {
        x: 'decile',
        y: 'lift',
        text: (g: GainsRow) => formatRatio(g.lift),
        dy: -7,
        fill: '#1c2430',
      }),
      Plot.ruleY([1], { stroke: '#b42318', strokeDasharray: '5,3' }),
      Plot.ruleY([0]),
    ],
  };
}

export function gainsTable(
  gains: GainsRow[],
  labels: { decile: string; customers: string; churners: string; cumShare: string; lift: string; cumLift: string },
): ChartTable {
  return {
    columns: [
      { label: labels.decile, kind: 'count' },
      { label: labels.customers, kind: 'count' },
      { label: labels.churners, kind: 'count' },
      { label: labels.cumShare, kind: 'percent' },
      { label: labels.lift, kind: 'ratio' },
      { label: labels.cumLift, kind: 'ratio' },
    ],
    rows: gains.map((g) => [g.decile, g.customers, g.churners, g.cumShare, g.lift, g.cumLift]),
  };
}
