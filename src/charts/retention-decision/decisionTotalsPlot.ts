/**
 * The retention decision by type of churn: the value expected to be lost (value × risk) and, of
 * it, what saving the customers worth it brings after the offers' cost, as paired bars.
 */
import * as Plot from '@observablehq/plot';
import type { RetentionGroupTotal } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface DecisionTotalsOptions {
  width?: number;
  /** The type's name in the UI language. */
  typeLabel?: (code: string) => string;
  atRiskLabel?: string;
  netLabel?: string;
  formatMoney?: (v: number) => string;
}

interface Bar {
  type: string;
  measure: string;
  amount: number;
}

export function decisionTotalsPlot(
  totals: readonly RetentionGroupTotal[],
  opts: DecisionTotalsOptions = {},
): Plot.PlotOptions {
  const {
    width = 640,
    typeLabel = (c: string) => c,
    atRiskLabel = 'Value at risk',
    netLabel = 'Worth saving, after offers',
    formatMoney = (v: number) => v.toFixed(0),
  } = opts;
  const bars: Bar[] = totals.flatMap((t) => [
    { type: typeLabel(t.code), measure: atRiskLabel, amount: t.valueAtRisk },
    { type: typeLabel(t.code), measure: netLabel, amount: t.net },
  ]);
  const types = totals.map((t) => typeLabel(t.code));
  return {
    width,
    height: 50 + 52 * totals.length,
    marginLeft: 190,
    marginRight: 90,
    x: { label: null, grid: true, tickFormat: formatMoney, ticks: 5 },
    y: { label: null, domain: [atRiskLabel, netLabel], axis: null },
    fy: { domain: types, label: null, padding: 0.25 },
    color: { domain: [atRiskLabel, netLabel], range: ['#9fb6d6', '#1f7a4d'], legend: true },
    marks: [
      Plot.barX(bars, { fy: 'type', y: 'measure', x: 'amount', fill: 'measure' }),
      Plot.text(bars, {
        fy: 'type',
        y: 'measure',
        x: 'amount',
        text: (b: Bar) => formatMoney(b.amount),
        dx: 4,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function decisionTotalsTable(
  totals: readonly RetentionGroupTotal[],
  labels: {
    group: string;
    customers: string;
    atRisk: string;
    worth: string;
    saved: string;
    cost: string;
    net: string;
    name: (code: string) => string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.group, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.atRisk, kind: 'money' },
      { label: labels.worth, kind: 'count' },
      { label: labels.saved, kind: 'money' },
      { label: labels.cost, kind: 'money' },
      { label: labels.net, kind: 'money' },
    ],
    rows: totals.map((t) => [
      labels.name(t.code),
      t.customers,
      t.valueAtRisk,
      t.worthSaving,
      t.expectedSaved,
      t.offerCost,
      t.net,
    ]),
  };
}
