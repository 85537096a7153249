/** Reasons by churn month: a line per reason (the most named), churners naming it each month. */
import * as Plot from '@observablehq/plot';
import type { ChurnReasonsResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface MonthPoint {
  reason: string;
  month: Date;
  count: number;
}

export function monthPoints(result: ChurnReasonsResult, maxReasons = 6): MonthPoint[] {
  const t = result.overTime;
  if (!t) return [];
  const width = t.months.length;
  return result.reasons.slice(0, maxReasons).flatMap((r, i) =>
    t.months.map((m, j) => ({
      reason: r.label,
      month: new Date(`${m}-01T00:00:00Z`),
      count: t.counts[i * width + j],
    })),
  );
}

export interface ReasonsOverTimeOptions {
  width?: number;
  maxReasons?: number;
  countLabel?: string;
  formatMonth?: (d: Date) => string;
}

export function reasonsOverTimePlot(result: ChurnReasonsResult, opts: ReasonsOverTimeOptions = {}): Plot.PlotOptions {
  const { width = 640, maxReasons = 6, countLabel = 'Churners naming the reason' } = opts;
  const points = monthPoints(result, maxReasons);
  return {
    width,
    height: 300,
    marginLeft: 48,
    x: { type: 'utc', label: null, ...(opts.formatMonth ? { tickFormat: opts.formatMonth } : {}) },
    y: { label: countLabel, grid: true, zero: true },
    color: { legend: true, domain: result.reasons.slice(0, maxReasons).map((r) => r.label) },
    marks: [
      Plot.line(points, { x: 'month', y: 'count', stroke: 'reason', strokeWidth: 1.6, curve: 'monotone-x' }),
      Plot.dot(points, { x: 'month', y: 'count', fill: 'reason', r: 1.8 }),
      Plot.ruleY([0]),
    ],
  };
}

export function reasonsOverTimeTable(result: ChurnReasonsResult, labels: { month: string }): ChartTable {
  const t = result.overTime;
  if (!t) return { columns: [], rows: [] };
  const width = t.months.length;
  return {
    columns: [
      { label: labels.month, kind: 'text' },
      ...result.reasons.map((r) => ({ label: r.label, kind: 'count' as const })),
    ],
    rows: t.months.map((m, j) => [m, ...result.reasons.map((_, i) => t.counts[i * width + j])]),
  };
}
