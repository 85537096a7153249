/** The value lost with each reason: a bar per reason, most lost first, labelled with the amount. */
import * as Plot from '@observablehq/plot';
import type { ChurnReasonsResult, ReasonRow } from '../../engine/api.ts';
import { truncateLabel } from '../chartData.ts';

export interface LostRevenueOptions {
  width?: number;
  maxReasons?: number;
  valueLabel?: string;
  formatMoney?: (x: number) => string;
}

/** The reasons the chart draws: the most lost first. */
export function lostOrder(result: ChurnReasonsResult, maxReasons = 20): ReasonRow[] {
  return [...result.reasons].sort((a, b) => (b.lost ?? 0) - (a.lost ?? 0)).slice(0, maxReasons);
}

export function lostRevenuePlot(result: ChurnReasonsResult, opts: LostRevenueOptions = {}): Plot.PlotOptions {
  const { width = 640, maxReasons = 20, valueLabel = 'Lost value', formatMoney = (x) => x.toFixed(0) } = opts;
  const rows = lostOrder(result, maxReasons);
  const longest = rows.reduce((n, r) => Math.max(n, truncateLabel(r.label, 40).length), 4);
  const top = Math.max(...rows.map((r) => r.lost ?? 0), 1);
  return {
    width,
    height: rows.length * 24 + 50,
    marginLeft: Math.min(280, 16 + longest * 6.5),
    marginRight: 90,
    x: { label: valueLabel, domain: [0, top], grid: true, tickFormat: (x: number) => formatMoney(x) },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (d: string) => truncateLabel(d, 40) },
    marks: [
      Plot.barX(rows, { y: 'label', x: 'lost', fill: '#8a5a00', fillOpacity: 0.8, insetTop: 3, insetBottom: 3 }),
      Plot.text(rows, {
        y: 'label',
        x: 'lost',
        text: (r: ReasonRow) => formatMoney(r.lost ?? 0),
        dx: 4,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.ruleX([0]),
    ],
  };
}
