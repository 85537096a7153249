/**
 * The revenue bridge of one period as a waterfall: revenue at the start, each movement as a bar
 * floating from the running total (gains up, losses down), and revenue at the end.
 */
import * as Plot from '@observablehq/plot';
import type { RevenueMovementRow } from '../../engine/api.ts';
import {
  compactMoney,
  DEFAULT_LABELS,
  FLOWS,
  LOSSES,
  MOVEMENT_COLORS,
  type BridgeBar,
  type MovementLabels,
} from './movementStyle.ts';

export interface BridgeStep {
  bar: BridgeBar;
  label: string;
  /** The bar's bottom and top (y1 < y2 is not guaranteed: a loss runs down). */
  y1: number;
  y2: number;
  /** What the bar adds (a gain), takes away (a loss, negative) or is (start, end). */
  value: number;
}

export interface RevenueBridgeOptions {
  width?: number;
  labels?: MovementLabels;
  valueLabel?: string;
  formatMoney?: (value: number) => string;
  /** Shown in the corner when the period before is not covered from its first day. */
  baseIncompleteLabel?: string;
}

export function bridgeSteps(row: RevenueMovementRow, labels: MovementLabels = DEFAULT_LABELS): BridgeStep[] {
  const steps: BridgeStep[] = [
    { bar: 'start', label: labels.start, y1: 0, y2: row.revenueStart, value: row.revenueStart },
  ];
  let level = row.revenueStart;
  for (const flow of FLOWS) {
    const value = LOSSES.has(flow) ? -row[flow] : row[flow];
    steps.push({ bar: flow, label: labels[flow], y1: level, y2: level + value, value });
    level += value;
  }
  steps.push({ bar: 'end', label: labels.end, y1: 0, y2: row.revenueEnd, value: row.revenueEnd });
  return steps;
}

export function revenueBridgePlot(row: RevenueMovementRow, opts: RevenueBridgeOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    labels = DEFAULT_LABELS,
    valueLabel = 'Revenue',
    formatMoney = compactMoney,
    baseIncompleteLabel = 'the period before is not fully in the data',
  } = opts;
  const steps = bridgeSteps(row, labels);
  const top = Math.max(...steps.map((s) => Math.max(s.y1, s.y2)));
  const text = (s: BridgeStep) =>
    s.bar === 'start' || s.bar === 'end'
      ? formatMoney(s.value)
      : `${s.value < 0 ? '−' : '+'}${formatMoney(Math.abs(s.value))}`;
  return {
    width,
    height: 300,
    marginLeft: 64,
    marginTop: 28,
    x: { label: null, domain: steps.map((s) => s.label), padding: 0.2 },
    y: { label: valueLabel, grid: true, domain: [0, top > 0 ? top * 1.12 : 1], tickFormat: formatMoney },
    color: { domain: steps.map((s) => s.label), range: steps.map((s) => MOVEMENT_COLORS[s.bar]) },
    marks: [
      Plot.barY(steps, {
        x: 'label',
        y1: 'y1',
        y2: 'y2',
        fill: 'label',
        title: (s: BridgeStep) => `${s.label}: ${text(s)}`,
      }),
      // Each bar's level carried to the next bar: the running total the waterfall walks.
      Plot.tickY(
        steps.slice(0, -1).map((s, i) => ({ label: steps[i + 1].label, y: s.y2 })),
        { x: 'label', y: 'y', stroke: '#555', strokeDasharray: '2,2' },
      ),
      Plot.text(steps, {
        x: 'label',
        y: (s: BridgeStep) => Math.max(s.y1, s.y2),
        text,
        dy: -7,
        fill: '#1c2430',
      }),
      ...(row.baseIncomplete
        ? [Plot.text([baseIncompleteLabel], { frameAnchor: 'top-right', dy: -18, fill: '#555', textAnchor: 'end' })]
        : []),
      Plot.ruleY([0]),
    ],
  };
}
