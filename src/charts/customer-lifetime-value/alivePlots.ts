/**
 * P(alive), the model's probability that a customer has not dropped out: how many customers have
 * each level of it, and the model's P(alive) against the time of the last purchase (recency) for
 * a few purchase counts — a customer who bought often but not lately is the likeliest gone.
 */
import * as Plot from '@observablehq/plot';
import type { CustomerLifetimeValueResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';
import { EXPECTED_COLOR } from './holdoutPlots.ts';

type Alive = CustomerLifetimeValueResult['alive'];

export interface AlivePlotOptions {
  width?: number;
  aliveLabel?: string;
  customersLabel?: string;
  recencyLabel?: string;
  /** The legend's title and each curve's name from its frequency ("3 repeat purchases"). */
  frequencyLabel?: string;
  curveLabel?: (frequency: number) => string;
  /** The mean's marker, from the formatted mean ("mean 80%"). */
  meanLabel?: (mean: string) => string;
  formatPercent?: (ratio: number) => string;
  formatNumber?: (n: number) => string;
}

const percent = (r: number) => `${Math.round(r * 100)}%`;
const plain = (n: number) => String(Math.round(n * 100) / 100);

export function aliveHistogramPlot(alive: Alive, opts: AlivePlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    aliveLabel = 'P(alive)',
    customersLabel = 'Customers',
    formatPercent = percent,
    formatNumber = plain,
    meanLabel = (mean: string) => `mean ${mean}`,
  } = opts;
  return {
    width,
    height: 260,
    marginLeft: 56,
    marginTop: 28,
    x: { label: aliveLabel, domain: [0, 1], tickFormat: formatPercent },
    y: { label: customersLabel, grid: true },
    marks: [
      Plot.rectY(alive.bins, {
        x1: 'from',
        x2: 'to',
        y: 'customers',
        fill: EXPECTED_COLOR,
        inset: 0.5,
        title: (b: { from: number; to: number; customers: number }) =>
          `${formatPercent(b.from)}–${formatPercent(b.to)}: ${formatNumber(b.customers)}`,
        tip: true,
      }),
      Plot.ruleX([alive.mean], { stroke: '#b42318', strokeDasharray: '5,3' }),
      Plot.text([alive.mean], {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -14,
        textAnchor: 'end',
        dx: -4,
        text: () => meanLabel(formatPercent(alive.mean)),
        fill: '#b42318',
      }),
      Plot.ruleY([0]),
    ],
  };
}

export function aliveRecencyPlot(alive: Alive, opts: AlivePlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    aliveLabel = 'P(alive)',
    recencyLabel = 'Time of the last purchase',
    frequencyLabel = 'Repeat purchases',
    curveLabel = (f: number) => String(f),
    formatPercent = percent,
  } = opts;
  const { recency, pAlive, frequencies } = alive.byRecency;
  const points = frequencies.flatMap((f, k) =>
    recency.map((r, i) => ({ recency: r, pAlive: pAlive[k][i], curve: curveLabel(f) })),
  );
  return {
    width,
    height: 280,
    marginLeft: 52,
    x: { label: recencyLabel, grid: true },
    y: { label: aliveLabel, domain: [0, 1], grid: true, tickFormat: formatPercent },
    color: {
      type: 'ordinal',
      scheme: 'viridis',
      domain: frequencies.map(curveLabel),
      legend: true,
      label: frequencyLabel,
    },
    marks: [
      Plot.lineY(points, { x: 'recency', y: 'pAlive', stroke: 'curve', strokeWidth: 2 }),
      Plot.tip(
        points,
        Plot.pointerX({
          x: 'recency',
          y: 'pAlive',
          title: (p: { recency: number; pAlive: number; curve: string }) => `${p.curve}: ${formatPercent(p.pAlive)}`,
        }),
      ),
    ],
  };
}

export function aliveHistogramTable(alive: Alive, labels: { from: string; to: string; customers: string }): ChartTable {
  return {
    columns: [
      { label: labels.from, kind: 'percent' },
      { label: labels.to, kind: 'percent' },
      { label: labels.customers, kind: 'count' },
    ],
    rows: alive.bins.map((b) => [b.from, b.to, b.customers]),
  };
}

export function aliveRecencyTable(alive: Alive, labels: { recency: string; curve: (f: number) => string }): ChartTable {
  const { recency, pAlive, frequencies } = alive.byRecency;
  return {
    columns: [
      { label: labels.recency, kind: 'number' },
      ...frequencies.map((f) => ({ label: labels.curve(f), kind: 'percent' as const })),
    ],
    rows: recency.map((r, i) => [r, ...pAlive.map((curve) => curve[i])]),
  };
}
