/**
 * Reasons × segment: a cell per reason and segment, shaded by the share of the segment's
 * churners (with a reason) who name it, and labelled with that share. Reading across a row
 * shows where a reason weighs most.
 */
import * as Plot from '@observablehq/plot';
import type { ChurnReasonsResult } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface HeatmapCell {
  reason: string;
  segment: string;
  count: number;
  /** count ÷ the segment's churners with a reason. */
  share: number;
}

export function heatmapCells(result: ChurnReasonsResult, maxReasons = 20): HeatmapCell[] {
  const seg = result.segments;
  if (!seg) return [];
  const width = seg.labels.length;
  return result.reasons.slice(0, maxReasons).flatMap((r, i) =>
    seg.labels.map((segment, j) => {
      const count = seg.counts[i * width + j];
      return { reason: r.label, segment, count, share: seg.churners[j] > 0 ? count / seg.churners[j] : 0 };
    }),
  );
}

export interface ReasonHeatmapOptions {
  width?: number;
  maxReasons?: number;
  shareLabel?: string;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
}

export function reasonHeatmapPlot(result: ChurnReasonsResult, opts: ReasonHeatmapOptions = {}): Plot.PlotOptions {
  const { width = 640, maxReasons = 20, shareLabel = 'Share of the segment’s churners' } = opts;
  const formatPercent = opts.formatPercent ?? ((r: number) => `${Math.round(r * 100)} %`);
  const cells = heatmapCells(result, maxReasons);
  const reasons = result.reasons.slice(0, maxReasons).map((r) => r.label);
  const segments = result.segments?.labels ?? [];
  const churners = new Map(segments.map((s, j) => [s, result.segments!.churners[j]]));
  const formatCount = opts.formatCount ?? String;
  const longest = reasons.reduce((n, r) => Math.max(n, truncateLabel(r, 40).length), 4);
  const top = Math.max(...cells.map((c) => c.share), 0.01);
  return {
    width,
    height: reasons.length * 24 + 70,
    marginLeft: Math.min(280, 16 + longest * 6.5),
    marginTop: 36,
    // Each segment is headed with its churners (with a reason): the shares' denominators.
    x: {
      label: null,
      domain: segments,
      axis: 'top',
      tickFormat: (d: string) => `${truncateLabel(d, 18)} (${formatCount(churners.get(d) ?? 0)})`,
    },
    y: { label: null, domain: reasons, tickFormat: (d: string) => truncateLabel(d, 40) },
    // Quantized: equal bins read reliably and render without canvas.
    color: {
      type: 'quantize',
      n: 6,
      scheme: 'blues',
      domain: [0, top],
      label: shareLabel,
      legend: true,
      tickFormat: formatPercent,
    },
    marks: [
      Plot.cell(cells, { x: 'segment', y: 'reason', fill: 'share', inset: 0.5 }),
      Plot.text(cells, {
        x: 'segment',
        y: 'reason',
        text: (c: HeatmapCell) => formatPercent(c.share),
        fill: (c: HeatmapCell) => (c.share > top * 0.6 ? 'white' : '#1c2430'),
      }),
    ],
  };
}

export function reasonHeatmapTable(
  result: ChurnReasonsResult,
  labels: { reason: string; segment: string; count: string; share: string },
): ChartTable {
  return {
    columns: [
      { label: labels.reason, kind: 'text' },
      { label: labels.segment, kind: 'text' },
      { label: labels.count, kind: 'count' },
      { label: labels.share, kind: 'percent' },
    ],
    rows: heatmapCells(result, Infinity).map((c) => [c.reason, c.segment, c.count, c.share]),
  };
}
