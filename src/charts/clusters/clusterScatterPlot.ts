/**
 * Customers on the first two principal components of the scaled features, coloured by cluster:
 * the customers the result drew for the scatter (all of them up to SCATTER_SAMPLE, else a
 * seeded sample, which the chart's note states), small and translucent, and each cluster's centre
 * on the components (the mean of its customers' scores, over all of them) as a large labelled dot.
 * The customers' dots are painted on a canvas (canvasDots), which keeps a redraw fast.
 */
import * as Plot from '@observablehq/plot';
import type { ClustersResult } from '../../engine/api.ts';
import { clusterColors } from './clusterColors.ts';
import { canvasDots } from './canvasDots.ts';

export interface ScatterOptions {
  width?: number;
  clusterLabels?: string[];
  xLabel?: string;
  yLabel?: string;
}

/** Each cluster's mean score on both components, over all its customers. */
export function componentCentres(result: ClustersResult): { id: number; x: number; y: number }[] {
  const { cluster, pc1, pc2 } = result.perCustomer;
  const k = result.clusters.length;
  const sx = new Float64Array(k + 1);
  const sy = new Float64Array(k + 1);
  const n = new Float64Array(k + 1);
  for (let c = 0; c < cluster.length; c++) {
    const id = cluster[c];
    if (id === 0) continue;
    sx[id] += pc1[c];
    sy[id] += pc2[c];
    n[id]++;
  }
  return result.clusters.map((c) => ({ id: c.id, x: sx[c.id] / n[c.id], y: sy[c.id] / n[c.id] }));
}

export function clusterScatterPlot(result: ClustersResult, opts: ScatterOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    clusterLabels = result.clusters.map((c) => String(c.id)),
    xLabel = 'Principal component 1',
    yLabel = 'Principal component 2',
  } = opts;
  const { cluster, pc1, pc2 } = result.perCustomer;
  const drawn = result.scatter;
  const m = drawn.length;
  const xs = new Float64Array(m);
  const ys = new Float64Array(m);
  const labels: string[] = new Array(m);
  for (let i = 0; i < m; i++) {
    const c = drawn[i];
    xs[i] = pc1[c];
    ys[i] = pc2[c];
    labels[i] = clusterLabels[cluster[c] - 1];
  }
  const opacity = m > 2000 ? 0.35 : 0.6;
  const centres = componentCentres(result).map((c) => ({ ...c, label: clusterLabels[c.id - 1] }));
  return {
    width,
    height: Math.round(Math.min(520, width * 0.7)),
    marginTop: 20,
    x: { label: xLabel, grid: true },
    y: { label: yLabel, grid: true },
    color: { domain: clusterLabels, range: clusterColors(clusterLabels.length), legend: true },
    marks: [
      Plot.dot(
        { length: m },
        { x: xs, y: ys, fill: labels, r: 1.6, fillOpacity: opacity, render: canvasDots(1.6, opacity) },
      ),
      Plot.dot(centres, { x: 'x', y: 'y', fill: 'label', r: 8, stroke: 'white', strokeWidth: 2 }),
      Plot.text(centres, {
        x: 'x',
        y: 'y',
        text: (c: { id: number }) => String(c.id),
        fill: 'white',
        fontWeight: 'bold',
      }),
    ],
  };
}
