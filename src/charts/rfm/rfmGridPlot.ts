/**
 * The R × F grid as a heatmap (R rfm's `rfm_heatmap`, with churn beside value): recency score
 * across, frequency score up, each cell coloured by its customers' mean monetary value or by
 * their churn rate, and labelled with how many customers it holds. The eight classes give a 2 × 2
 * grid of low and high.
 */
import * as Plot from '@observablehq/plot';
import type { RfmGridCell } from '../../engine/api.ts';

export type GridColour = 'value' | 'churn';

export interface RfmGridOptions {
  width?: number;
  colour?: GridColour;
  levels?: number;
  rLabel?: string;
  fLabel?: string;
  legendLabel?: string;
  /** How a score is shown on an axis (the eight classes: "low" / "high"). */
  levelText?: (score: number) => string;
  formatValue?: (v: number) => string;
  formatPercent?: (r: number) => string;
  formatCount?: (n: number) => string;
}

const plain = (v: number) => (Number.isFinite(v) ? v.toFixed(0) : '—');
const percent = (r: number) => (Number.isFinite(r) ? `${Math.round(r * 100)}%` : '—');

export function rfmGridPlot(cells: RfmGridCell[], opts: RfmGridOptions = {}): Plot.PlotOptions {
  const {
    width = 480,
    colour = 'value',
    levels = Math.round(Math.sqrt(cells.length)),
    rLabel = 'Recency score (5 = most recent)',
    fLabel = 'Frequency score',
    legendLabel = colour === 'value' ? 'Mean monetary value' : 'Churn rate',
    levelText = String,
    formatValue = plain,
    formatPercent = percent,
    formatCount = String,
  } = opts;
  const scores = Array.from({ length: levels }, (_, k) => k + 1);
  const filled = cells.filter((c) => c.customers > 0);
  const measure = (c: RfmGridCell) => (colour === 'value' ? c.meanMonetary : c.churnRate);
  const known = filled.map(measure).filter(Number.isFinite);
  const top = Math.max(colour === 'churn' ? 0.01 : 1, ...known);
  const bottom = colour === 'churn' ? 0 : Math.min(0, ...known);
  const side = Math.min(width - 120, 420);
  const dark = (c: RfmGridCell) => (measure(c) - bottom) / (top - bottom || 1) > 0.66;
  const title = (c: RfmGridCell) =>
    `R ${levelText(c.r)}, F ${levelText(c.f)}: ${formatCount(c.customers)} · ${formatValue(c.meanMonetary)} · ${formatPercent(c.churnRate)}`;
  return {
    width: side + 120,
    height: side + 90,
    marginLeft: 70,
    marginBottom: 50,
    marginTop: 40,
    x: { type: 'band', domain: scores, label: rLabel, tickFormat: levelText, labelAnchor: 'center', labelOffset: 38 },
    y: { type: 'band', domain: [...scores].reverse(), label: fLabel, tickFormat: levelText, labelAnchor: 'center' },
    // Quantized: equal bins read more reliably than a continuous ramp, and render without canvas.
    color: {
      type: 'quantize',
      n: 6,
      scheme: colour === 'value' ? 'greens' : 'reds',
      domain: [bottom, top],
      legend: true,
      label: legendLabel,
      tickFormat: colour === 'value' ? formatValue : formatPercent,
    },
    marks: [
      Plot.cell(
        cells.filter((c) => c.customers === 0),
        { x: 'r', y: 'f', fill: '#f4f5f7', stroke: '#d8dce1' },
      ),
      Plot.cell(filled, { x: 'r', y: 'f', fill: measure, inset: 0.5, title }),
      Plot.text(filled, {
        x: 'r',
        y: 'f',
        text: (c: RfmGridCell) => formatCount(c.customers),
        fill: (c: RfmGridCell) => (dark(c) ? 'white' : '#1c2430'),
        fontSize: 11,
      }),
    ],
  };
}
