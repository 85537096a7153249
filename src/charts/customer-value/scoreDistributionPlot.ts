/**
 * The distribution of value scores: a histogram of scored customers, churned ones stacked on
 * those still here, and a rule where the top list begins (its lowest score).
 */
import * as Plot from '@observablehq/plot';
import type { ValueScoreResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface ScoreDistributionOptions {
  width?: number;
  scoreLabel?: string;
  customersLabel?: string;
  retainedLabel?: string;
  churnedLabel?: string;
  /** The top list's rule, e.g. "top 20 %". */
  topLabel?: string;
  formatScore?: (score: number) => string;
}

interface BinPart {
  x1: number;
  x2: number;
  status: string;
  customers: number;
}

const twoDecimals = (s: number) => s.toFixed(2);

export function scoreDistributionPlot(score: ValueScoreResult, opts: ScoreDistributionOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    scoreLabel = 'Value score',
    customersLabel = 'Customers',
    retainedLabel = 'not churned',
    churnedLabel = 'churned',
    topLabel = `top ${Math.round(score.top.share * 100)} %`,
    formatScore = twoDecimals,
  } = opts;
  const { edges, customers, churned } = score.distribution;
  const parts: BinPart[] = customers.flatMap((n, b) => [
    { x1: edges[b], x2: edges[b + 1], status: retainedLabel, customers: n - churned[b] },
    { x1: edges[b], x2: edges[b + 1], status: churnedLabel, customers: churned[b] },
  ]);
  const threshold = Number.isFinite(score.top.threshold) ? [score.top.threshold] : [];
  return {
    width,
    height: 260,
    marginLeft: 56,
    marginTop: 28,
    x: { label: scoreLabel, tickFormat: formatScore },
    y: { label: customersLabel, grid: true },
    color: { domain: [retainedLabel, churnedLabel], range: ['#7aa6d6', '#c2412d'], legend: true },
    marks: [
      Plot.rectY(parts, { x1: 'x1', x2: 'x2', y: 'customers', fill: 'status', insetLeft: 0.5, insetRight: 0.5 }),
      Plot.ruleX(threshold, { stroke: '#1c2430', strokeDasharray: '4,3', strokeWidth: 1.5 }),
      Plot.text(threshold, {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -14,
        dx: 4,
        textAnchor: 'start',
        text: () => `${topLabel} ≥ ${formatScore(score.top.threshold)}`,
        fill: '#1c2430',
      }),
      Plot.ruleY([0]),
    ],
  };
}

export function scoreDistributionTable(
  score: ValueScoreResult,
  labels: { from: string; to: string; customers: string; churned: string; rate: string },
): ChartTable {
  const { edges, customers, churned } = score.distribution;
  return {
    columns: [
      { label: labels.from, kind: 'number' },
      { label: labels.to, kind: 'number' },
      { label: labels.customers, kind: 'count' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
    ],
    rows: customers.map((n, b) => [edges[b], edges[b + 1], n, churned[b], n > 0 ? churned[b] / n : NaN]),
  };
}
