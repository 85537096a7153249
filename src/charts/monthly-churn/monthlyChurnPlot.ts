/** The monthly churn rate (lost ÷ customers at the start of the month) as a line, with its mean. */
import * as Plot from '@observablehq/plot';
import type { MonthlyChurnSeries } from '../../engine/api.ts';
import { monthStart, type ChartTable } from '../chartData.ts';

export type MonthlySeries = MonthlyChurnSeries;

export interface MonthlyChurnOptions {
  width?: number;
  rateLabel?: string;
  meanLabel?: string;
  formatPercent?: (ratio: number) => string;
  color?: string;
}

export interface MonthPoint {
  month: Date;
  label: string;
  rate: number;
  atStart: number;
  lost: number;
}

export function monthPoints(monthly: MonthlySeries): MonthPoint[] {
  return monthly.months
    .map((label, i) => ({
      month: monthStart(label),
      label,
      rate: monthly.churnRate[i],
      atStart: monthly.atStart[i],
      lost: monthly.lost[i],
    }))
    .filter((p) => Number.isFinite(p.rate));
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function monthlyChurnPlot(monthly: MonthlySeries, opts: MonthlyChurnOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    rateLabel = 'Monthly churn rate',
    meanLabel = 'mean',
    formatPercent = percent,
    color = '#2f6db5',
  } = opts;
  const points = monthPoints(monthly);
  const top = Math.max(monthly.meanMonthlyRate || 0, ...points.map((p) => p.rate));
  const mean = monthly.meanMonthlyRate;
  return {
    width,
    height: 260,
    marginLeft: 56,
    marginRight: 24,
    marginTop: 24,
    x: { type: 'utc', label: null },
    y: { label: rateLabel, domain: [0, top > 0 ? top * 1.15 : 0.01], grid: true, tickFormat: formatPercent },
    marks: [
      Plot.areaY(points, { x: 'month', y: 'rate', fill: color, fillOpacity: 0.12, curve: 'linear' }),
      Plot.lineY(points, { x: 'month', y: 'rate', stroke: color, strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'month',
        y: 'rate',
        fill: color,
        r: 3,
        tip: true,
        title: (p: MonthPoint) => `${p.label}: ${formatPercent(p.rate)} (${p.lost} / ${p.atStart})`,
      }),
      ...(Number.isFinite(mean)
        ? [
            Plot.ruleY([mean], { stroke: '#b42318', strokeDasharray: '5,3' }),
            Plot.text([mean], {
              y: (d: number) => d,
              frameAnchor: 'right',
              dy: -8,
              text: () => `${meanLabel} ${formatPercent(mean)}`,
              fill: '#b42318',
              textAnchor: 'end',
            }),
          ]
        : []),
      Plot.ruleY([0]),
    ],
  };
}

export function monthlyChurnTable(
  monthly: MonthlySeries,
  labels: { month: string; atStart: string; lost: string; gained: string; rate: string },
): ChartTable {
  return {
    columns: [
      { label: labels.month, kind: 'text' },
      { label: labels.atStart, kind: 'count' },
      { label: labels.lost, kind: 'count' },
      { label: labels.gained, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
    ],
    rows: monthly.months.map((m, i) => [
      m,
      monthly.atStart[i],
      monthly.lost[i],
      monthly.gained[i],
      monthly.churnRate[i],
    ]),
  };
}
