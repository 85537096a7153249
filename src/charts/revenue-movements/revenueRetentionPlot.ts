/**
 * Gross and net revenue retention period by period, as lines against 100 %. A period whose base
 * is not fully in the data is an open circle, left off the lines.
 */
import * as Plot from '@observablehq/plot';
import type { RevenueMovementRow } from '../../engine/api.ts';
import { sparseTicks } from './movementStyle.ts';

export interface RetentionPoint {
  period: string;
  measure: string;
  value: number;
  complete: boolean;
}

export interface RevenueRetentionOptions {
  width?: number;
  grrLabel?: string;
  nrrLabel?: string;
  valueLabel?: string;
  incompleteLabel?: string;
  formatPercent?: (ratio: number) => string;
}

const percent = (r: number) => `${Math.round(r * 100)}%`;

export const RETENTION_COLORS = { grr: '#2f6db5', nrr: '#1a7f37' } as const;

export function retentionPoints(
  rows: readonly RevenueMovementRow[],
  grrLabel: string,
  nrrLabel: string,
): RetentionPoint[] {
  return rows
    .flatMap((r) => [
      { period: r.period, measure: grrLabel, value: r.grr, complete: !r.baseIncomplete },
      { period: r.period, measure: nrrLabel, value: r.nrr, complete: !r.baseIncomplete },
    ])
    .filter((p) => Number.isFinite(p.value));
}

export function revenueRetentionPlot(
  rows: readonly RevenueMovementRow[],
  opts: RevenueRetentionOptions = {},
): Plot.PlotOptions {
  const {
    width = 640,
    grrLabel = 'Gross revenue retention',
    nrrLabel = 'Net revenue retention',
    valueLabel = 'Retention of the revenue at the start',
    incompleteLabel = '○ the period before is not fully in the data',
    formatPercent = percent,
  } = opts;
  const points = retentionPoints(rows, grrLabel, nrrLabel);
  const complete = points.filter((p) => p.complete);
  const periods = rows.map((r) => r.period);
  const top = Math.max(1, ...points.map((p) => p.value));
  const title = (p: RetentionPoint) => `${p.period} — ${p.measure}: ${formatPercent(p.value)}`;
  return {
    width,
    height: 260,
    marginLeft: 56,
    marginTop: 24,
    x: { type: 'point', label: null, domain: periods, padding: 0.3, tickFormat: sparseTicks(periods, width) },
    y: { label: valueLabel, grid: true, domain: [0, top * 1.08], tickFormat: formatPercent },
    color: { domain: [grrLabel, nrrLabel], range: [RETENTION_COLORS.grr, RETENTION_COLORS.nrr], legend: true },
    marks: [
      Plot.ruleY([1], { stroke: '#555', strokeDasharray: '4,3' }),
      Plot.lineY(complete, { x: 'period', y: 'value', stroke: 'measure', strokeWidth: 2 }),
      Plot.dot(complete, { x: 'period', y: 'value', fill: 'measure', r: 3, title }),
      Plot.dot(
        points.filter((p) => !p.complete),
        { x: 'period', y: 'value', stroke: 'measure', fill: 'white', r: 3, title },
      ),
      ...(points.some((p) => !p.complete)
        ? [Plot.text([incompleteLabel], { frameAnchor: 'top-right', dy: -14, fill: '#555', textAnchor: 'end' })]
        : []),
      Plot.ruleY([0]),
    ],
  };
}
