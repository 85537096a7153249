/** The Pareto curve: the share of all value held by the top x % of customers, with the 20 % mark. */
import * as Plot from '@observablehq/plot';
import type { ChartTable } from '../chartData.ts';
import type { TierOverview } from './valueTiersPlot.ts';

export type Pareto = TierOverview['pareto'];

export interface ParetoOptions {
  width?: number;
  customersLabel?: string;
  valueLabel?: string;
  /** Says what the top 20 % hold, e.g. "top 20 %: 62.1 % of value". */
  markLabel?: (share: number) => string;
  formatPercent?: (ratio: number) => string;
  color?: string;
}

interface ParetoPoint {
  customers: number;
  value: number;
}

const percent = (r: number) => `${(r * 100).toFixed(0)} %`;

export function paretoPoints(pareto: Pareto): ParetoPoint[] {
  const points = pareto.customerShare.map((c, i) => ({ customers: c, value: pareto.valueShare[i] }));
  return points[0]?.customers === 0 ? points : [{ customers: 0, value: 0 }, ...points];
}

export function paretoPlot(pareto: Pareto, opts: ParetoOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    customersLabel = 'Share of customers (highest value first)',
    valueLabel = 'Share of value',
    markLabel = (s: number) => `top 20 %: ${percent(s)}`,
    formatPercent = percent,
    color = '#2f6db5',
  } = opts;
  const points = paretoPoints(pareto);
  const mark = { customers: 0.2, value: pareto.top20Share };
  return {
    width,
    height: 280,
    marginLeft: 52,
    marginBottom: 40,
    marginTop: 16,
    x: { label: customersLabel, domain: [0, 1], tickFormat: formatPercent, grid: true, labelAnchor: 'center' },
    y: { label: valueLabel, domain: [0, 1], tickFormat: formatPercent, grid: true },
    marks: [
      Plot.line(
        [
          [0, 0],
          [1, 1],
        ],
        { stroke: '#9aa5b4', strokeDasharray: '3,3' },
      ),
      Plot.ruleX([0.2], { stroke: '#b42318', strokeDasharray: '5,3' }),
      Plot.areaY(points, { x: 'customers', y: 'value', fill: color, fillOpacity: 0.1 }),
      Plot.lineY(points, { x: 'customers', y: 'value', stroke: color, strokeWidth: 2 }),
      Plot.dot([mark], { x: 'customers', y: 'value', fill: '#b42318', r: 4 }),
      Plot.text([mark], {
        x: 'customers',
        y: 'value',
        text: () => markLabel(pareto.top20Share),
        dx: 8,
        dy: 10,
        textAnchor: 'start',
        fill: '#b42318',
      }),
    ],
  };
}

/** The curve every 5 % of customers, for the table view and CSV. */
export function paretoTable(pareto: Pareto, labels: { customers: string; value: string }): ChartTable {
  const points = paretoPoints(pareto);
  const rows: number[][] = [];
  for (let step = 0; step <= 20; step++) {
    const x = step / 20;
    const at = points.findIndex((p) => p.customers >= x - 1e-9);
    if (at < 0) continue;
    const p = points[at];
    const q = points[Math.max(0, at - 1)];
    const span = p.customers - q.customers;
    const value = span > 0 ? q.value + ((x - q.customers) / span) * (p.value - q.value) : p.value;
    rows.push([x, value]);
  }
  return {
    columns: [
      { label: labels.customers, kind: 'percent' },
      { label: labels.value, kind: 'percent' },
    ],
    rows,
  };
}
