/**
 * Value tiers A, B, C side by side on two measures: each tier's churn rate (with the overall
 * rate as a reference) and its share of all customer value.
 */
import * as Plot from '@observablehq/plot';
import type { ValueTierResult, ValueTiers } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export type TierOverview = ValueTiers;

export interface ValueTiersOptions {
  width?: number;
  churnLabel?: string;
  valueLabel?: string;
  overallLabel?: string;
  formatPercent?: (ratio: number) => string;
}

export const TIER_COLORS = { A: '#1f4f86', B: '#4f86c6', C: '#a9c4e4' } as const;

interface TierBar {
  measure: string;
  tier: ValueTierResult['name'];
  value: number;
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function valueTiersPlot(tiers: TierOverview, opts: ValueTiersOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    churnLabel = 'Churn rate',
    valueLabel = 'Share of value',
    overallLabel = 'overall',
    formatPercent = percent,
  } = opts;
  const bars: TierBar[] = [
    ...tiers.tiers.map((t) => ({ measure: churnLabel, tier: t.name, value: t.churnRate })),
    ...tiers.tiers.map((t) => ({ measure: valueLabel, tier: t.name, value: t.valueShare })),
  ];
  const top = Math.max(tiers.overallChurnRate, ...bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)));
  return {
    width,
    height: 260,
    marginLeft: 52,
    marginTop: 28,
    fx: { label: null, domain: [churnLabel, valueLabel], padding: 0.15 },
    x: { label: null, domain: ['A', 'B', 'C'], padding: 0.2 },
    y: { label: null, domain: [0, Math.min(1, top * 1.15) || 1], grid: true, tickFormat: formatPercent },
    color: { domain: ['A', 'B', 'C'], range: [TIER_COLORS.A, TIER_COLORS.B, TIER_COLORS.C] },
    marks: [
      Plot.barY(bars, { fx: 'measure', x: 'tier', y: 'value', fill: 'tier' }),
      Plot.text(bars, {
        fx: 'measure',
        x: 'tier',
        y: 'value',
        text: (b: TierBar) => formatPercent(b.value),
        dy: -7,
        fill: '#1c2430',
      }),
      Plot.ruleY([{ measure: churnLabel, value: tiers.overallChurnRate }], {
        fx: 'measure',
        y: 'value',
        stroke: '#b42318',
        strokeDasharray: '5,3',
      }),
      Plot.text([{ measure: churnLabel, value: tiers.overallChurnRate }], {
        fx: 'measure',
        y: 'value',
        frameAnchor: 'left',
        dx: 4,
        dy: -8,
        text: () => `${overallLabel} ${formatPercent(tiers.overallChurnRate)}`,
        fill: '#b42318',
        textAnchor: 'start',
      }),
      Plot.ruleY([0]),
    ],
  };
}

export function valueTiersTable(
  tiers: TierOverview,
  labels: {
    tier: string;
    customers: string;
    churned: string;
    rate: string;
    valueShare: string;
    min: string;
    max: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.tier, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: labels.valueShare, kind: 'percent' },
      { label: labels.min, kind: 'money' },
      { label: labels.max, kind: 'money' },
    ],
    rows: tiers.tiers.map((t) => [t.name, t.customers, t.churned, t.churnRate, t.valueShare, t.minValue, t.maxValue]),
  };
}
