/**
 * The reason Pareto, read top-down: a bar per reason (its share of the churners who give a
 * reason, labelled with the count) and the cumulative share as a line with dots. With several
 * reasons per customer the cumulative line passes 100 %, which the cell says.
 */
import * as Plot from '@observablehq/plot';
import type { ChurnReasonsResult, ReasonRow } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface ReasonParetoOptions {
  width?: number;
  /** The chart draws the most named reasons; the table lists them all. */
  maxReasons?: number;
  shareLabel?: string;
  cumulativeLabel?: string;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
}

const percent = (r: number) => `${Math.round(r * 100)} %`;

export function reasonParetoPlot(result: ChurnReasonsResult, opts: ReasonParetoOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    maxReasons = 20,
    shareLabel = 'Share of churners',
    cumulativeLabel = 'cumulative',
    formatPercent = percent,
    formatCount = String,
  } = opts;
  const rows = result.reasons.slice(0, maxReasons);
  const top = Math.max(...rows.map((r) => r.cumulative), 0.01);
  const longest = rows.reduce((n, r) => Math.max(n, truncateLabel(r.label, 40).length), 4);
  return {
    width,
    height: rows.length * 24 + 60,
    marginTop: 28,
    marginLeft: Math.min(280, 16 + longest * 6.5),
    marginRight: 40,
    x: { label: shareLabel, domain: [0, top * 1.05], grid: true, tickFormat: formatPercent },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (d: string) => truncateLabel(d, 40) },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'share', fill: '#2f6db5', fillOpacity: 0.8, insetTop: 3, insetBottom: 3 }),
      Plot.text(rows, {
        y: 'label',
        x: 'share',
        text: (r: ReasonRow) => formatCount(r.count),
        dx: 4,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.line(rows, { y: 'label', x: 'cumulative', stroke: '#b42318', strokeWidth: 1.5 }),
      Plot.dot(rows, { y: 'label', x: 'cumulative', fill: '#b42318', r: 2.5 }),
      Plot.text(rows.slice(-1), {
        y: 'label',
        x: 'cumulative',
        text: (r: ReasonRow) => `${cumulativeLabel} ${formatPercent(r.cumulative)}`,
        dy: -10,
        textAnchor: 'end',
        fill: '#b42318',
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function reasonParetoTable(
  result: ChurnReasonsResult,
  labels: { reason: string; type: string; count: string; share: string; cumulative: string; lost?: string },
  typeText: (type: ReasonRow['type']) => string,
): ChartTable {
  const lost = result.lost && labels.lost;
  return {
    columns: [
      { label: labels.reason, kind: 'text' },
      { label: labels.type, kind: 'text' },
      { label: labels.count, kind: 'count' },
      { label: labels.share, kind: 'percent' },
      { label: labels.cumulative, kind: 'percent' },
      ...(lost ? [{ label: labels.lost!, kind: 'money' as const }] : []),
    ],
    rows: result.reasons.map((r) => [
      r.label,
      typeText(r.type),
      r.count,
      r.share,
      r.cumulative,
      ...(lost ? [r.lost ?? NaN] : []),
    ]),
  };
}
