/**
 * Customer lifetime value across customers: how many customers have each level of CLV (to the
 * 99th percentile; the few above it are counted in a note), and the customers of highest CLV.
 */
import * as Plot from '@observablehq/plot';
import type { CustomerLifetimeValueResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';
import { ACTUAL_COLOR, EXPECTED_COLOR } from './holdoutPlots.ts';

type Value = NonNullable<CustomerLifetimeValueResult['value']>;

export interface ValuePlotOptions {
  width?: number;
  valueLabel?: string;
  customersLabel?: string;
  formatMoney?: (amount: number) => string;
  formatNumber?: (n: number) => string;
}

const money = (n: number) => String(Math.round(n));
const plain = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Ticks for a count axis on a square-root scale: evenly spaced in √count (max·(k/n)²), each rounded
 * to one significant digit, whole, at most the largest count. A linear tick set crowds the top of
 * a √ axis (1,000 … 1,600 one above the other on CDNOW) and leaves the low counts unmarked.
 */
export function sqrtCountTicks(max: number, n = 5): number[] {
  const ticks = new Set<number>([0]);
  if (!(max > 0)) return [0];
  for (let k = 1; k <= n; k++) {
    const raw = max * (k / n) ** 2;
    const step = 10 ** Math.floor(Math.log10(raw));
    const tick = Math.round(raw / step) * step;
    if (tick >= 1 && tick <= max && Number.isInteger(tick)) ticks.add(tick);
  }
  return [...ticks].sort((a, b) => a - b);
}

export function valueHistogramPlot(value: Value, opts: ValuePlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    valueLabel = 'CLV',
    customersLabel = 'Customers (square-root scale)',
    formatMoney = money,
    formatNumber = plain,
  } = opts;
  return {
    width,
    height: 260,
    marginLeft: 56,
    x: { label: valueLabel, tickFormat: formatMoney },
    y: {
      label: customersLabel,
      grid: true,
      type: 'sqrt',
      ticks: sqrtCountTicks(Math.max(0, ...value.bins.map((b) => b.customers))),
      tickFormat: formatNumber,
    },
    marks: [
      Plot.rectY(value.bins, {
        x1: 'from',
        x2: 'to',
        y: 'customers',
        fill: EXPECTED_COLOR,
        inset: 0.5,
        title: (b: { from: number; to: number; customers: number }) =>
          `${formatMoney(b.from)}–${formatMoney(b.to)}: ${formatNumber(b.customers)}`,
        tip: true,
      }),
      Plot.ruleY([0]),
    ],
  };
}

export function topCustomersPlot(value: Value, opts: ValuePlotOptions = {}): Plot.PlotOptions {
  const { width = 640, valueLabel = 'CLV', formatMoney = money } = opts;
  const ids = value.top.map((c) => c.id);
  return {
    width,
    height: 40 + 24 * Math.max(1, value.top.length),
    marginLeft: Math.min(160, 12 + 7 * Math.max(4, ...ids.map((id) => id.length))),
    marginRight: 70,
    x: { label: valueLabel, grid: true, tickFormat: formatMoney },
    y: { label: null, domain: ids },
    marks: [
      Plot.barX(value.top, { x: 'clv', y: 'id', fill: ACTUAL_COLOR }),
      Plot.text(value.top, {
        x: 'clv',
        y: 'id',
        text: (c: { clv: number }) => formatMoney(c.clv),
        dx: 4,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function valueHistogramTable(value: Value, labels: { from: string; to: string; customers: string }): ChartTable {
  return {
    columns: [
      { label: labels.from, kind: 'money' },
      { label: labels.to, kind: 'money' },
      { label: labels.customers, kind: 'count' },
    ],
    rows: value.bins.map((b) => [b.from, b.to, b.customers]),
  };
}

export function topCustomersTable(
  value: Value,
  labels: {
    id: string;
    frequency: string;
    recency: string;
    T: string;
    pAlive: string;
    purchases: string;
    spend: string;
    clv: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.id, kind: 'text' },
      { label: labels.frequency, kind: 'count' },
      { label: labels.recency, kind: 'number' },
      { label: labels.T, kind: 'number' },
      { label: labels.pAlive, kind: 'percent' },
      { label: labels.purchases, kind: 'number' },
      { label: labels.spend, kind: 'money' },
      { label: labels.clv, kind: 'money' },
    ],
    rows: value.top.map((c) => [
      c.id,
      c.frequency,
      c.recency,
      c.T,
      c.pAlive,
      c.expectedPurchases,
      c.expectedSpend,
      c.clv,
    ]),
  };
}
