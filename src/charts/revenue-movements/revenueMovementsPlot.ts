/**
 * The movements of every period as stacked bars: gains (new, expansion, reactivated) above zero,
 * losses (contraction, churned) below, with the net change of revenue as a black tick. A period
 * whose base is not fully in the data is drawn faded.
 */
import * as Plot from '@observablehq/plot';
import type { RevenueMovementRow } from '../../engine/api.ts';
import {
  compactMoney,
  DEFAULT_LABELS,
  FLOWS,
  MOVEMENT_COLORS,
  signedFlow,
  sparseTicks,
  type Flow,
  type MovementLabels,
} from './movementStyle.ts';

export interface MovementBar {
  period: string;
  flow: Flow;
  label: string;
  value: number;
  faded: boolean;
}

export interface RevenueMovementsOptions {
  width?: number;
  labels?: MovementLabels;
  valueLabel?: string;
  netLabel?: string;
  fadedLabel?: string;
  formatMoney?: (value: number) => string;
}

export function movementBars(
  rows: readonly RevenueMovementRow[],
  labels: MovementLabels = DEFAULT_LABELS,
): MovementBar[] {
  return rows.flatMap((row) =>
    FLOWS.map((flow) => ({
      period: row.period,
      flow,
      label: labels[flow],
      value: signedFlow(row, flow),
      faded: row.baseIncomplete,
    })),
  );
}

export function revenueMovementsPlot(
  rows: readonly RevenueMovementRow[],
  opts: RevenueMovementsOptions = {},
): Plot.PlotOptions {
  const {
    width = 640,
    labels = DEFAULT_LABELS,
    valueLabel = 'Revenue moved',
    netLabel = 'net change',
    fadedLabel = 'faded: the period before is not fully in the data',
    formatMoney = compactMoney,
  } = opts;
  const bars = movementBars(rows, labels);
  const periods = rows.map((r) => r.period);
  const net = rows.map((r) => ({ period: r.period, value: r.revenueEnd - r.revenueStart }));
  const signed = (b: MovementBar) => `${b.value < 0 ? '−' : '+'}${formatMoney(Math.abs(b.value))}`;
  return {
    width,
    height: 300,
    marginLeft: 64,
    marginTop: 36,
    x: { label: null, domain: periods, padding: 0.15, tickFormat: sparseTicks(periods, width) },
    y: { label: valueLabel, grid: true, tickFormat: formatMoney },
    color: {
      domain: FLOWS.map((f) => labels[f]),
      range: FLOWS.map((f) => MOVEMENT_COLORS[f]),
      legend: true,
    },
    marks: [
      Plot.barY(bars, {
        x: 'period',
        y: 'value',
        fill: 'label',
        fillOpacity: (b: MovementBar) => (b.faded ? 0.35 : 1),
        order: FLOWS.map((f) => labels[f]),
        title: (b: MovementBar) => `${b.period} — ${b.label}: ${signed(b)}`,
      }),
      Plot.tickY(net, {
        x: 'period',
        y: 'value',
        stroke: '#1c2430',
        strokeWidth: 2.5,
        title: (d: { period: string; value: number }) =>
          `${d.period} — ${netLabel}: ${d.value < 0 ? '−' : '+'}${formatMoney(Math.abs(d.value))}`,
      }),
      Plot.ruleY([0]),
      // Above the frame, right of the axis label: what the black ticks are, and why a period is faded.
      Plot.text([`▬ ${netLabel}`], { frameAnchor: 'top-right', dy: -22, fill: '#1c2430', textAnchor: 'end' }),
      ...(rows.some((r) => r.baseIncomplete)
        ? [Plot.text([fadedLabel], { frameAnchor: 'top-right', dy: -8, fill: '#555', textAnchor: 'end' })]
        : []),
    ],
  };
}
