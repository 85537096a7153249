/**
 * Contraction alerts as a dumbbell per customer (those losing most first): revenue in the prior
 * window (grey) and in the recent one (red), joined by an arrow — customers who still buy but
 * moved most of their business elsewhere.
 */
import * as Plot from '@observablehq/plot';
import type { ContractionAlerts } from '../../engine/api.ts';
import { truncateLabel } from '../chartData.ts';
import { compactMoney } from './movementStyle.ts';

export interface ContractionAlertsOptions {
  width?: number;
  /** How many customers to draw (the table holds all listed). */
  top?: number;
  priorLabel?: string;
  recentLabel?: string;
  valueLabel?: string;
  formatMoney?: (value: number) => string;
  formatPercent?: (percent: number) => string;
}

export function contractionAlertsPlot(
  alerts: ContractionAlerts,
  opts: ContractionAlertsOptions = {},
): Plot.PlotOptions {
  const {
    width = 640,
    top = 15,
    priorLabel = 'prior window',
    recentLabel = 'recent window',
    valueLabel = 'Revenue in the window',
    formatMoney = compactMoney,
    formatPercent = (p: number) => `−${Math.round(p)}%`,
  } = opts;
  const shown = alerts.listed.slice(0, top).map((a) => ({ ...a, id: truncateLabel(a.customerId, 14) }));
  const ends = shown.flatMap((a) => [
    { id: a.id, value: a.prior, window: priorLabel },
    { id: a.id, value: a.recent, window: recentLabel },
  ]);
  return {
    width,
    height: 44 + 22 * Math.max(1, shown.length),
    marginLeft: 96,
    marginRight: 56,
    marginTop: 32,
    x: {
      label: valueLabel,
      grid: true,
      tickFormat: formatMoney,
      domain: [0, Math.max(1, ...shown.map((a) => a.prior)) * 1.05],
    },
    y: { label: null, domain: shown.map((a) => a.id) },
    color: { domain: [priorLabel, recentLabel], range: ['#8a94a6', '#b42318'], legend: true },
    marks: [
      Plot.arrow(shown, {
        x1: 'prior',
        x2: 'recent',
        y: 'id',
        stroke: '#b42318',
        strokeOpacity: 0.6,
        headLength: 6,
        inset: 4,
      }),
      Plot.dot(ends, {
        x: 'value',
        y: 'id',
        fill: 'window',
        r: 4,
        title: (d: { id: string; value: number }) => `${d.id}: ${formatMoney(d.value)}`,
      }),
      Plot.text(shown, {
        x: 'prior',
        y: 'id',
        text: (a: { dropPercent: number }) => formatPercent(a.dropPercent),
        dx: 8,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
    ],
  };
}
