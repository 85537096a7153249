/**
 * The reason Pareto, read top-down: a bar per reason (its share of the churners who give a
 * reason, labelled with the count, on the bottom axis) and the cumulative share as a line with
 * dots on its own axis along the top, as a Pareto chart's second axis: the bars keep the width
 * they need to be compared. With several reasons per customer the cumulative line passes
 * 100 %, which the cell says.
 */
import * as Plot from '@observablehq/plot';
import type { ChurnReasonsResult, ReasonRow } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface ReasonParetoOptions {
  width?: number;
  /** The chart draws the most named reasons; the table lists them all. */
  maxReasons?: number;
  shareLabel?: string;
  /** The top axis: the cumulative share. */
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
    cumulativeLabel = 'Cumulative share',
    formatPercent = percent,
    formatCount = String,
  } = opts;
  const rows = result.reasons.slice(0, maxReasons);
  const topShare = Math.max(...rows.map((r) => r.share), 0.01) * 1.12;
  const topCumulative = Math.max(...rows.map((r) => r.cumulative), 0.01);
  // The cumulative axis drawn into the bars' scale: cumulative c sits at c × k.
  const k = topShare / topCumulative;
  const cumulativeTicks = Array.from({ length: Math.floor(topCumulative / 0.2 + 1e-9) + 1 }, (_, i) => i * 0.2);
  const at = (r: ReasonRow) => r.cumulative * k;
  const longest = rows.reduce((n, r) => Math.max(n, truncateLabel(r.label, 40).length), 4);
  return {
    width,
    height: rows.length * 24 + 84,
    marginTop: 44,
    marginLeft: Math.min(280, 16 + longest * 6.5),
    marginRight: 40,
    x: { label: shareLabel, domain: [0, topShare], grid: true, tickFormat: formatPercent },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (d: string) => truncateLabel(d, 40) },
    marks: [
      Plot.axisX({ anchor: 'bottom', label: shareLabel, tickFormat: formatPercent }),
      Plot.axisX(
        cumulativeTicks.map((c) => c * k),
        {
          anchor: 'top',
          label: cumulativeLabel,
          tickFormat: (x: number) => formatPercent(x / k),
          color: '#b42318',
        },
      ),
      Plot.barX(rows, { y: 'label', x: 'share', fill: '#2f6db5', fillOpacity: 0.8, insetTop: 3, insetBottom: 3 }),
      Plot.text(rows, {
        y: 'label',
        x: 'share',
        text: (r: ReasonRow) => formatCount(r.count),
        dx: 4,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.line(rows, { y: 'label', x: at, stroke: '#b42318', strokeWidth: 1.5 }),
      Plot.dot(rows, { y: 'label', x: at, fill: '#b42318', r: 2.5 }),
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
