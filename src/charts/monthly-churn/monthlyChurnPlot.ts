/**
 * The monthly churn rate (lost ÷ customers at the start of the month) as a line, with its mean.
 * Months that cannot show every loss yet are incomplete: hollow points on a dashed line, left out
 * of the mean, with a note in the corner.
 */
import * as Plot from '@observablehq/plot';
import { pickable } from '../customerPicks.ts';
import type { CustomerSelection, MonthlyChurnSeries } from '../../engine/api.ts';
import { monthStart, type ChartTable } from '../chartData.ts';

export type MonthlySeries = MonthlyChurnSeries;

export interface MonthlyChurnOptions {
  width?: number;
  rateLabel?: string;
  meanLabel?: string;
  /** The corner note shown when a month is incomplete. */
  incompleteLabel?: string;
  formatPercent?: (ratio: number) => string;
  color?: string;
  /** Called with a month (YYYY-MM) when its point is clicked: the customers lost in it. */
  onPick?: (month: string) => void;
}

/** The customers a month's loss counts: the period KPIs' lost, over that calendar month. */
export function monthLost(month: string): CustomerSelection {
  const [y, m] = month.split('-').map(Number);
  const end = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return { kind: 'period', part: 'lost', start: `${month}-01`, end };
}

export interface MonthPoint {
  month: Date;
  label: string;
  rate: number;
  atStart: number;
  lost: number;
  complete: boolean;
  /** The rate where the month is complete, else NaN: the solid line breaks there. */
  completeRate: number;
}

export function monthPoints(monthly: MonthlySeries): MonthPoint[] {
  return monthly.months
    .map((label, i) => ({
      month: monthStart(label),
      label,
      rate: monthly.churnRate[i],
      atStart: monthly.atStart[i],
      lost: monthly.lost[i],
      complete: monthly.complete[i],
      completeRate: monthly.complete[i] ? monthly.churnRate[i] : NaN,
    }))
    .filter((p) => Number.isFinite(p.rate));
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function monthlyChurnPlot(monthly: MonthlySeries, opts: MonthlyChurnOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    rateLabel = 'Monthly churn rate',
    meanLabel = 'mean',
    incompleteLabel = '○ incomplete month (left out of the mean)',
    formatPercent = percent,
    color = '#2f6db5',
    onPick,
  } = opts;
  const points = monthPoints(monthly);
  const picks = (shown: MonthPoint[]) =>
    onPick ? { render: pickable(shown, (p: MonthPoint) => onPick(p.label)) } : {};
  const top = Math.max(monthly.meanMonthlyRate || 0, ...points.map((p) => p.rate));
  const mean = monthly.meanMonthlyRate;
  const anyIncomplete = points.some((p) => !p.complete);
  const pointTitle = (p: MonthPoint) => `${p.label}: ${formatPercent(p.rate)} (${p.lost} / ${p.atStart})`;
  return {
    width,
    height: 260,
    marginLeft: 56,
    marginRight: 24,
    marginTop: 24,
    x: { type: 'utc', label: null },
    y: { label: rateLabel, domain: [0, top > 0 ? top * 1.15 : 0.01], grid: true, tickFormat: formatPercent },
    marks: [
      Plot.areaY(points, { x: 'month', y1: 0, y2: 'completeRate', fill: color, fillOpacity: 0.12, curve: 'linear' }),
      ...(anyIncomplete
        ? [Plot.lineY(points, { x: 'month', y: 'rate', stroke: color, strokeWidth: 1.5, strokeDasharray: '4,3' })]
        : []),
      Plot.lineY(points, { x: 'month', y: 'completeRate', stroke: color, strokeWidth: 2 }),
      Plot.dot(
        points.filter((p) => p.complete),
        {
          x: 'month',
          y: 'rate',
          fill: color,
          r: 3,
          tip: true,
          title: (p: MonthPoint) => pointTitle(p),
          ...picks(points.filter((p) => p.complete)),
        },
      ),
      ...(anyIncomplete
        ? [
            Plot.dot(
              points.filter((p) => !p.complete),
              {
                x: 'month',
                y: 'rate',
                fill: 'white',
                stroke: color,
                r: 3,
                tip: true,
                title: (p: MonthPoint) => `${pointTitle(p)} — ${incompleteLabel}`,
                ...picks(points.filter((p) => !p.complete)),
              },
            ),
            Plot.text([incompleteLabel], { frameAnchor: 'top-right', dy: -14, fill: '#555', textAnchor: 'end' }),
          ]
        : []),
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
  labels: {
    month: string;
    atStart: string;
    lost: string;
    gained: string;
    rate: string;
    complete?: string;
    yes?: string;
    no?: string;
  },
): ChartTable {
  const { complete = 'complete', yes = 'yes', no = 'no' } = labels;
  return {
    columns: [
      { label: labels.month, kind: 'text' },
      { label: labels.atStart, kind: 'count' },
      { label: labels.lost, kind: 'count' },
      { label: labels.gained, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: complete, kind: 'text' },
    ],
    rows: monthly.months.map((m, i) => [
      m,
      monthly.atStart[i],
      monthly.lost[i],
      monthly.gained[i],
      monthly.churnRate[i],
      monthly.complete[i] ? yes : no,
    ]),
  };
}
