/**
 * What the top customers' scores are made of: one bar per customer (highest score on top),
 * split into each column's part wᵢ·oᵢ / Σw; parts below zero (a z-scaled column under its
 * mean) extend left of zero, and a tick marks each customer's score.
 */
import * as Plot from '@observablehq/plot';
import type { ValueScoreResult } from '../../engine/api.ts';
import { textWidth, truncateLabel, type ChartTable } from '../chartData.ts';

export interface ScoreComponentsOptions {
  width?: number;
  /** How many of the top customers to draw (the table and its export hold the whole list). */
  count?: number;
  scoreLabel?: string;
  columnLabel?: (column: string) => string;
}

export const COMPONENT_COLORS = [
  '#1f4f86',
  '#e08a2e',
  '#4fa37a',
  '#8c5bb0',
  '#c2412d',
  '#6bb5c9',
  '#5b3a29',
  '#7d7d7d',
];

interface Part {
  customer: string;
  column: string;
  value: number;
}

export function scoreComponentsPlot(score: ValueScoreResult, opts: ScoreComponentsOptions = {}): Plot.PlotOptions {
  const { width = 640, count = 20, scoreLabel = 'Value score', columnLabel = (c: string) => c } = opts;
  const { top, features } = score;
  const shown = Math.min(count, top.count);
  const customers = top.ids.slice(0, shown);
  const columns = features.map((f) => columnLabel(f.column));
  const parts: Part[] = customers.flatMap((customer, r) =>
    features.map((_, j) => ({ customer, column: columns[j], value: top.components[j][r] })),
  );
  const totals = customers.map((customer, r) => ({ customer, value: top.score[r] }));
  const longest = customers.reduce((n, c) => Math.max(n, textWidth(truncateLabel(c), 10)), 24);
  return {
    width,
    height: shown * 20 + 70,
    marginLeft: Math.min(180, 16 + Math.ceil(longest)),
    marginTop: 16,
    x: { label: scoreLabel, grid: true },
    y: { label: null, domain: customers, tickFormat: (d: string) => truncateLabel(d) },
    color: { domain: columns, range: COMPONENT_COLORS, legend: true },
    marks: [
      Plot.barX(parts, { y: 'customer', x: 'value', fill: 'column', insetTop: 2, insetBottom: 2 }),
      Plot.tickX(totals, { y: 'customer', x: 'value', stroke: '#1c2430', strokeWidth: 2 }),
      Plot.ruleX([0]),
    ],
  };
}

/** The whole top list: rank, customer, score, churned and each column's part. */
export function scoreComponentsTable(
  score: ValueScoreResult,
  labels: { rank: string; customer: string; score: string; churned: string; part: (column: string) => string },
  count = Infinity,
): ChartTable {
  const { top, features } = score;
  const rows = Math.min(count, top.count);
  return {
    columns: [
      { label: labels.rank, kind: 'count' },
      { label: labels.customer, kind: 'text' },
      { label: labels.score, kind: 'number' },
      { label: labels.churned, kind: 'count' },
      ...features.map((f) => ({ label: labels.part(f.column), kind: 'number' as const })),
    ],
    rows: Array.from({ length: rows }, (_, r) => [
      r + 1,
      top.ids[r],
      top.score[r],
      top.churned[r],
      ...features.map((_, j) => top.components[j][r]),
    ]),
  };
}
