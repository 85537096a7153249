/**
 * The clusters' profiles: a cell per cluster and feature (a one-hot column per value), coloured by
 * the cluster's mean z-score on it — blue below the clustered customers' mean, red above, the
 * scale symmetric around 0 — and labelled with it.
 */
import * as Plot from '@observablehq/plot';
import type { ClustersResult } from '../../engine/api.ts';
import { textWidth, truncateLabel, type ChartTable } from '../chartData.ts';

export interface HeatmapOptions {
  width?: number;
  /** Per cluster (in result order), its label. */
  clusterLabels?: string[];
  /** Per column of result.columns, its label. */
  columnLabels?: string[];
  zLabel?: string;
  formatZ?: (z: number) => string;
}

interface Cell {
  cluster: string;
  column: string;
  z: number;
}

export function clusterHeatmapPlot(result: ClustersResult, opts: HeatmapOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    clusterLabels = result.clusters.map((c) => String(c.id)),
    columnLabels = result.columns.map((c) => (c.level === undefined ? c.feature : `${c.feature}: ${c.level}`)),
    zLabel = 'Mean z-score',
    formatZ = (z: number) => (z > 0 ? '+' : '') + z.toFixed(2),
  } = opts;
  const cells: Cell[] = result.clusters.flatMap((c, i) =>
    result.columns.map((_, f) => ({ cluster: clusterLabels[i], column: columnLabels[f], z: c.z[f] })),
  );
  // Colours saturate at 3 standard deviations: one far outlier cluster must not wash out the rest
  // (the cell's text gives the value).
  const extent = Math.min(3, Math.max(1, ...cells.map((c) => Math.abs(c.z))));
  const longest = clusterLabels.reduce((w, l) => Math.max(w, textWidth(truncateLabel(l, 36), 10)), 24);
  const columns = columnLabels.length;
  return {
    width,
    height: 70 + result.clusters.length * 36,
    marginLeft: Math.min(300, 20 + Math.ceil(longest)),
    marginBottom: 60,
    padding: 0.04,
    x: {
      label: null,
      domain: columnLabels,
      tickRotate: columns > 6 ? -30 : 0,
      tickFormat: (d: string) => truncateLabel(d, 18),
    },
    y: { label: null, domain: clusterLabels, tickFormat: (d: string) => truncateLabel(d, 36) },
    // Quantized in an odd number of bins, the middle one around 0: equal bins read reliably, and
    // render without canvas; a value beyond the domain takes the end colour.
    color: {
      type: 'quantize',
      n: 7,
      scheme: 'rdbu',
      reverse: true,
      domain: [-extent, extent],
      legend: true,
      label: zLabel,
      tickFormat: formatZ,
    },
    marks: [
      Plot.cell(cells, { x: 'column', y: 'cluster', fill: 'z' }),
      Plot.text(cells, {
        x: 'column',
        y: 'cluster',
        text: (c: Cell) => formatZ(c.z),
        fill: (c: Cell) => (Math.abs(c.z) > extent * 0.6 ? 'white' : '#1c2430'),
      }),
    ],
  };
}

/** The profiles as a table: per cluster, each column's centre (own units) and mean z-score. */
export function clusterProfileTable(
  result: ClustersResult,
  labels: { cluster: string; customers: string; centre: (column: string) => string; z: (column: string) => string },
  clusterLabels: string[],
  columnLabels: string[],
): ChartTable {
  return {
    columns: [
      { label: labels.cluster, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      ...columnLabels.flatMap((c) => [
        { label: labels.centre(c), kind: 'number' as const },
        { label: labels.z(c), kind: 'number' as const },
      ]),
    ],
    rows: result.clusters.map((c, i) => [
      clusterLabels[i],
      c.customers,
      ...result.columns.flatMap((_, f) => [c.centre[f], c.z[f]]),
    ]),
  };
}
