/**
 * Churn drivers ranked by mutual information with churn: a bar per feature (most informative
 * on top), labelled with its bits and its share of churn's entropy.
 */
import * as Plot from '@observablehq/plot';
import type { ChurnDriversResult, DriverFeature } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface InformationPlotOptions {
  width?: number;
  /** The chart shows the most informative features; the table all. */
  maxFeatures?: number;
  bitsLabel?: string;
  /** A feature's name as shown (the UI's words for the table's own columns). */
  featureText?: (name: string) => string;
  formatBits?: (bits: number) => string;
  formatPercent?: (share: number) => string;
  color?: string;
}

const bits3 = (b: number) => b.toFixed(3);
const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function informationPlot(result: ChurnDriversResult, opts: InformationPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    maxFeatures = 20,
    bitsLabel = 'Mutual information with churn (bits)',
    featureText = (n: string) => n,
    formatBits = bits3,
    formatPercent = percent,
    color = '#2f6db5',
  } = opts;
  const shown = result.features.slice(0, maxFeatures);
  const name = (f: DriverFeature) => truncateLabel(featureText(f.name));
  const longest = shown.reduce((n, f) => Math.max(n, name(f).length), 4);
  const top = Math.max(...shown.map((f) => f.mi.bits), 1e-6);
  return {
    width,
    height: shown.length * 24 + 56,
    marginLeft: Math.min(210, 16 + longest * 7),
    marginRight: 120,
    x: { label: bitsLabel, domain: [0, top * 1.1], grid: true, tickFormat: formatBits },
    y: { label: null, domain: shown.map(name) },
    marks: [
      Plot.barX(shown, {
        y: name,
        x: (f: DriverFeature) => f.mi.bits,
        fill: color,
        fillOpacity: 0.8,
        insetTop: 3,
        insetBottom: 3,
      }),
      Plot.text(shown, {
        y: name,
        x: (f: DriverFeature) => f.mi.bits,
        text: (f: DriverFeature) =>
          `${formatBits(f.mi.bits)}  (${Number.isFinite(f.mi.normalised) ? formatPercent(f.mi.normalised) : '–'})`,
        dx: 6,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function informationTable(
  result: ChurnDriversResult,
  labels: { rank: string; feature: string; kind: string; bits: string; nats: string; share: string; missing: string },
  words: { featureText: (name: string) => string; kindText: (kind: DriverFeature['kind']) => string },
): ChartTable {
  return {
    columns: [
      { label: labels.rank, kind: 'count' },
      { label: labels.feature, kind: 'text' },
      { label: labels.kind, kind: 'text' },
      { label: labels.bits, kind: 'number' },
      { label: labels.nats, kind: 'number' },
      { label: labels.share, kind: 'percent' },
      { label: labels.missing, kind: 'count' },
    ],
    rows: result.features.map((f) => [
      f.rank,
      words.featureText(f.name),
      words.kindText(f.kind),
      f.mi.bits,
      f.mi.nats,
      f.mi.normalised,
      f.missing,
    ]),
  };
}
