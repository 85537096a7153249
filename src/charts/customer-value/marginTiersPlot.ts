/**
 * Margin tiers side by side on three measures: each tier's share of customers, its share of the
 * positive margin (the negative tier below zero: the margin its customers cost), and its churn
 * rate with the 95 % Wilson interval and the overall rate as a dashed reference.
 */
import * as Plot from '@observablehq/plot';
import { MARGIN_TIER_NAMES, type MarginSummary, type MarginTierName } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export const MARGIN_TIER_COLORS: Record<MarginTierName, string> = {
  high: '#1f6f4a',
  medium: '#4fa37a',
  low: '#a7d3bb',
  negative: '#c2412d',
};

export interface MarginTiersPlotOptions {
  width?: number;
  tierLabel?: (tier: MarginTierName) => string;
  customersLabel?: string;
  marginLabel?: string;
  churnLabel?: string;
  overallLabel?: string;
  formatPercent?: (ratio: number) => string;
}

interface TierBar {
  measure: string;
  tier: MarginTierName;
  value: number;
  low?: number;
  high?: number;
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

/** Churn rate of the customers who have a margin (those in a tier). */
export function tieredChurnRate(margin: MarginSummary): number {
  const customers = margin.tiers.reduce((s, t) => s + t.customers, 0);
  return customers > 0 ? margin.tiers.reduce((s, t) => s + t.churned, 0) / customers : NaN;
}

export function marginTiersPlot(margin: MarginSummary, opts: MarginTiersPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 720,
    tierLabel = (t: MarginTierName) => t,
    customersLabel = 'Share of customers',
    marginLabel = 'Share of margin',
    churnLabel = 'Churn rate',
    overallLabel = 'overall',
    formatPercent = percent,
  } = opts;
  const measures = [customersLabel, marginLabel, churnLabel];
  const bars: TierBar[] = margin.tiers.flatMap((t) => [
    { measure: customersLabel, tier: t.tier, value: t.share },
    { measure: marginLabel, tier: t.tier, value: t.marginShare },
    { measure: churnLabel, tier: t.tier, value: t.churnRate, low: t.low, high: t.high },
  ]);
  const known = bars.flatMap((b) => [b.value, b.high ?? b.value]).filter(Number.isFinite);
  const top = Math.max(0.05, ...known);
  const bottom = Math.min(0, ...known);
  const overall = tieredChurnRate(margin);
  const drawn = bars.filter((b) => Number.isFinite(b.value));
  const reference = [{ measure: churnLabel, value: overall }].filter((r) => Number.isFinite(r.value));
  return {
    width,
    height: 280,
    marginLeft: 52,
    marginTop: 28,
    marginBottom: 36,
    fx: { label: null, domain: measures, padding: 0.12 },
    x: { label: null, domain: [...MARGIN_TIER_NAMES], tickFormat: tierLabel, padding: 0.2 },
    y: {
      label: null,
      domain: [bottom < 0 ? bottom * 1.2 : 0, top * 1.18],
      grid: true,
      tickFormat: formatPercent,
    },
    color: { domain: [...MARGIN_TIER_NAMES], range: MARGIN_TIER_NAMES.map((t) => MARGIN_TIER_COLORS[t]) },
    marks: [
      Plot.barY(drawn, { fx: 'measure', x: 'tier', y: 'value', fill: 'tier' }),
      Plot.ruleX(
        drawn.filter((b) => b.low !== undefined && Number.isFinite(b.low)),
        { fx: 'measure', x: 'tier', y1: 'low', y2: 'high', stroke: '#1c2430', strokeWidth: 1.5 },
      ),
      // Labels above a bar (and its interval), or below one that goes under zero.
      Plot.text(
        drawn.filter((b) => b.value >= 0),
        {
          fx: 'measure',
          x: 'tier',
          y: (b: TierBar) => (b.high !== undefined && Number.isFinite(b.high) ? b.high : b.value),
          text: (b: TierBar) => formatPercent(b.value),
          dy: -7,
          fill: '#1c2430',
        },
      ),
      Plot.text(
        drawn.filter((b) => b.value < 0),
        { fx: 'measure', x: 'tier', y: 'value', text: (b: TierBar) => formatPercent(b.value), dy: 9, fill: '#b42318' },
      ),
      Plot.ruleY(reference, { fx: 'measure', y: 'value', stroke: '#b42318', strokeDasharray: '5,3' }),
      Plot.text(reference, {
        fx: 'measure',
        y: 'value',
        frameAnchor: 'left',
        dx: 2,
        dy: -8,
        text: (r: { value: number }) => `${overallLabel} ${formatPercent(r.value)}`,
        fill: '#b42318',
        textAnchor: 'start',
      }),
      Plot.ruleY([0]),
    ],
  };
}

export function marginTiersTable(
  margin: MarginSummary,
  labels: {
    tier: (tier: MarginTierName) => string;
    tierHeader: string;
    customers: string;
    share: string;
    margin: string;
    marginShare: string;
    value: string;
    churned: string;
    rate: string;
    low: string;
    high: string;
    minMargin: string;
    maxMargin: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.tierHeader, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.share, kind: 'percent' },
      { label: labels.margin, kind: 'money' },
      { label: labels.marginShare, kind: 'percent' },
      { label: labels.value, kind: 'money' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.minMargin, kind: 'money' },
      { label: labels.maxMargin, kind: 'money' },
    ],
    rows: margin.tiers.map((t) => [
      labels.tier(t.tier),
      t.customers,
      t.share,
      t.margin,
      t.marginShare,
      t.value,
      t.churned,
      t.churnRate,
      t.low,
      t.high,
      t.minMargin,
      t.maxMargin,
    ]),
  };
}
