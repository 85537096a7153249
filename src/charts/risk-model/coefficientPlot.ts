/**
 * Odds ratios of the unpenalised logistic fit as a forest plot: each term's ratio with its 95 %
 * Wald interval on a log scale, 1 (no effect) marked; a category's level is against its
 * reference level, a number's ratio is per standard deviation.
 */
import * as Plot from '@observablehq/plot';
import { textWidth, truncateLabel, type ChartTable } from '../chartData.ts';

export interface OddsRatioRow {
  label: string;
  oddsRatio: number;
  low: number;
  high: number;
  p: number;
}

export interface CoefficientOptions {
  width?: number;
  ratioLabel?: string;
  formatRatio?: (r: number) => string;
  /** At most this many terms, the farthest from 1 (on the log scale) first. */
  maxTerms?: number;
}

/** 1-2-5 ticks: a log axis with every minor tick labelled is unreadable. */
const LOG_TICKS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

const ratio = (r: number) => (r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toPrecision(2));

/** The rows drawn: finite intervals, the strongest `maxTerms` by |log OR|, ordered by ratio. */
export function chartedRatios(rows: OddsRatioRow[], maxTerms = 30): OddsRatioRow[] {
  const finite = rows.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high) && r.oddsRatio > 0);
  const strongest = new Set(
    [...finite].sort((a, b) => Math.abs(Math.log(b.oddsRatio)) - Math.abs(Math.log(a.oddsRatio))).slice(0, maxTerms),
  );
  return finite.filter((r) => strongest.has(r)).sort((a, b) => b.oddsRatio - a.oddsRatio);
}

export function coefficientPlot(rows: OddsRatioRow[], opts: CoefficientOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    ratioLabel = 'Odds ratio (95 % interval, log scale)',
    formatRatio = ratio,
    maxTerms = 30,
  } = opts;
  const drawn = chartedRatios(rows, maxTerms);
  const lo = Math.min(0.5, ...drawn.map((r) => r.low));
  const hi = Math.max(2, ...drawn.map((r) => r.high));
  const longest = drawn.reduce((n, r) => Math.max(n, textWidth(truncateLabel(r.label), 11)), 40);
  return {
    width,
    height: drawn.length * 24 + 60,
    marginLeft: Math.min(Math.round(width * 0.45), longest + 16),
    marginRight: 56,
    marginBottom: 40,
    x: {
      type: 'log',
      label: ratioLabel,
      domain: [lo / 1.1, hi * 1.1],
      ticks: LOG_TICKS.filter((v) => v >= lo / 1.1 && v <= hi * 1.1),
      grid: true,
      tickFormat: formatRatio,
    },
    y: { label: null, domain: drawn.map((r) => r.label), tickFormat: (d: string) => truncateLabel(d) },
    marks: [
      Plot.ruleX([1], { stroke: '#1c2430', strokeDasharray: '4,3' }),
      Plot.ruleY(drawn, {
        y: 'label',
        x1: 'low',
        x2: 'high',
        stroke: (r: OddsRatioRow) => (r.low > 1 ? '#b42318' : r.high < 1 ? '#1f6f43' : '#6b7686'),
        strokeWidth: 2,
      }),
      Plot.dot(drawn, {
        y: 'label',
        x: 'oddsRatio',
        r: 4,
        fill: (r: OddsRatioRow) => (r.low > 1 ? '#b42318' : r.high < 1 ? '#1f6f43' : '#6b7686'),
      }),
      Plot.text(drawn, {
        y: 'label',
        x: 'high',
        text: (r: OddsRatioRow) => formatRatio(r.oddsRatio),
        dx: 6,
        textAnchor: 'start',
        fill: '#1c2430',
        fontSize: 10,
      }),
    ],
  };
}

export function coefficientTable(
  rows: OddsRatioRow[],
  labels: { term: string; ratio: string; low: string; high: string; p: string },
): ChartTable {
  return {
    columns: [
      { label: labels.term, kind: 'text' },
      { label: labels.ratio, kind: 'number' },
      { label: labels.low, kind: 'number' },
      { label: labels.high, kind: 'number' },
      { label: labels.p, kind: 'number' },
    ],
    rows: rows.map((r) => [r.label, r.oddsRatio, r.low, r.high, r.p]),
  };
}
