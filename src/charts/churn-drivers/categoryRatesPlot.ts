/**
 * Churn rate by category for the top features, as small multiples stacked in one chart: a
 * heading row per feature, then a bar per category (bins in their order) with its 95 % Wilson
 * interval, and the overall rate as a dashed line through all of them.
 */
import * as Plot from '@observablehq/plot';
import type { ChurnDriversResult, DriverCategory } from '../../engine/api.ts';
import { overallRateMarks } from '../overallRateMarks.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface CategoryRatesOptions {
  width?: number;
  /** How many of the top features (by mutual information) to draw. */
  features?: number;
  /** Categories per feature drawn (the largest; the table lists all). */
  maxCategories?: number;
  rateLabel?: string;
  overallLabel?: string;
  featureText?: (name: string) => string;
  formatPercent?: (ratio: number) => string;
  formatRatio?: (ratio: number) => string;
  color?: string;
}

interface Row {
  key: string;
  feature: string;
  category?: DriverCategory;
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;
const SEP = '\u0000';

/** The rows drawn: each feature's heading, then its categories. */
export function categoryRows(result: ChurnDriversResult, features = 4, maxCategories = 12): Row[] {
  const rows: Row[] = [];
  for (const f of result.features.slice(0, features)) {
    rows.push({ key: `${f.name}${SEP}`, feature: f.name });
    const largest = new Set([...f.categories].sort((a, b) => b.count - a.count).slice(0, maxCategories));
    for (const c of f.categories)
      if (largest.has(c)) rows.push({ key: `${f.name}${SEP}${c.label}`, feature: f.name, category: c });
  }
  return rows;
}

export function categoryRatesPlot(result: ChurnDriversResult, opts: CategoryRatesOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    features = 4,
    maxCategories = 12,
    rateLabel = 'Churn rate',
    overallLabel = 'overall',
    featureText = (n: string) => n,
    formatPercent = percent,
    formatRatio = (r: number) => `×${r.toFixed(2)}`,
    color = '#2f6db5',
  } = opts;
  const rows = categoryRows(result, features, maxCategories);
  const bars = rows.filter((r) => r.category) as Required<Row>[];
  const headings = rows.filter((r) => !r.category);
  const overall = result.overall.rate;
  const top = Math.max(
    overall,
    ...bars.map((r) => (Number.isFinite(r.category.high) ? r.category.high : r.category.rate)),
  );
  const label = (key: string) => truncateLabel(key.slice(key.indexOf(SEP) + 1));
  const longest = bars.reduce((n, r) => Math.max(n, label(r.key).length), 4);
  return {
    width,
    height: rows.length * 24 + 56,
    marginTop: 24,
    marginLeft: Math.min(180, 16 + longest * 7),
    marginRight: 150,
    x: { label: rateLabel, domain: [0, Math.min(1, top * 1.15) || 1], grid: true, tickFormat: formatPercent },
    y: { label: null, domain: rows.map((r) => r.key), tickFormat: label, tickSize: 0 },
    marks: [
      Plot.barX(bars, {
        y: 'key',
        x: (r: Required<Row>) => r.category.rate,
        fill: color,
        fillOpacity: 0.75,
        insetTop: 3,
        insetBottom: 3,
      }),
      Plot.ruleY(bars, {
        y: 'key',
        x1: (r: Required<Row>) => r.category.low,
        x2: (r: Required<Row>) => r.category.high,
        stroke: '#1c2430',
        strokeWidth: 1.5,
      }),
      Plot.text(bars, {
        y: 'key',
        x: (r: Required<Row>) => (Number.isFinite(r.category.high) ? r.category.high : r.category.rate),
        text: (r: Required<Row>) => `${formatPercent(r.category.rate)}  ${formatRatio(r.category.riskRatio)}`,
        dx: 6,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.text(headings, {
        y: 'key',
        x: 0,
        text: (r: Row) => featureText(r.feature),
        textAnchor: 'start',
        fontWeight: 'bold',
        fill: '#1c2430',
      }),
      ...overallRateMarks(overall, overallLabel, formatPercent),
      Plot.ruleX([0]),
    ],
  };
}

export function categoryRatesTable(
  result: ChurnDriversResult,
  labels: {
    feature: string;
    value: string;
    customers: string;
    churned: string;
    rate: string;
    low: string;
    high: string;
    riskRatio: string;
    riskLow: string;
    riskHigh: string;
  },
  featureText: (name: string) => string = (n) => n,
): ChartTable {
  return {
    columns: [
      { label: labels.feature, kind: 'text' },
      { label: labels.value, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.riskRatio, kind: 'ratio' },
      { label: labels.riskLow, kind: 'ratio' },
      { label: labels.riskHigh, kind: 'ratio' },
    ],
    rows: result.features.flatMap((f) =>
      f.categories.map((c) => [
        featureText(f.name),
        c.label,
        c.count,
        c.churned,
        c.rate,
        c.low,
        c.high,
        c.riskRatio,
        c.riskLow,
        c.riskHigh,
      ]),
    ),
  };
}
