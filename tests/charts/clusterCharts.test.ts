/** The clusters chart builders: normalised SVG snapshots (as chartSnapshots.test.ts) and assertions on their marks. */
import { expect, test } from 'vitest';
import { chooseKPlot, chooseKTable } from '../../src/charts/clusters/chooseKPlot.ts';
import { clusterHeatmapPlot, clusterProfileTable } from '../../src/charts/clusters/clusterHeatmapPlot.ts';
import { clusterBarsPlot, clusterBarsTable } from '../../src/charts/clusters/clusterBarsPlot.ts';
import { clusterScatterPlot, componentCentres } from '../../src/charts/clusters/clusterScatterPlot.ts';
import { clustersResult as r } from './clusterFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

type Mark = { ariaLabel?: string };
const markNames = (marks: unknown[] | undefined) => (marks ?? []).map((m) => (m as Mark).ariaLabel);

test('chooseKPlot(elbow) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(chooseKPlot(r.chooseK, 'inertia', 3)), 'clustersElbow');
});

test('chooseKPlot(silhouette) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(chooseKPlot(r.chooseK, 'silhouette', 3)), 'clustersSilhouette');
});

test('clusterHeatmapPlot(three clusters) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(clusterHeatmapPlot(r)), 'clustersHeatmap');
});

test('clusterBarsPlot(three clusters) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(clusterBarsPlot(r)), 'clustersBars');
});

test('clusterScatterPlot(eight customers) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(clusterScatterPlot(r)), 'clustersScatter');
});

test('chooseKPlot(points, measure, k) marks the shown k and sets the inertia axis from zero', () => {
  const o = chooseKPlot(r.chooseK, 'inertia', 3);
  expect(markNames(o.marks)).toEqual(['line', 'dot', 'dot', 'text']);
  expect((o.y as { zero: boolean }).zero).toBe(true);
  expect(chooseKTable(r.chooseK, { k: 'k', inertia: 'i', silhouette: 's', iterations: 'n' }).rows).toEqual([
    [2, 9.7, 0.48, 4],
    [3, 4.2, 0.61, 3],
    [4, 3.1, 0.44, 5],
  ]);
});

test('clusterHeatmapPlot(result) colours cells on a scale symmetric around 0', () => {
  const o = clusterHeatmapPlot(r);
  expect((o.color as { domain: number[] }).domain).toEqual([-1.5, 1.5]);
  const table = clusterProfileTable(
    r,
    { cluster: 'c', customers: 'n', centre: (c) => `${c} mean`, z: (c) => `${c} z` },
    ['1', '2', '3'],
    ['tenure', 'charges', 'M2M', '2Y'],
  );
  expect(table.columns.map((c) => c.label).slice(0, 4)).toEqual(['c', 'n', 'tenure mean', 'tenure z']);
  expect(table.rows[2].slice(0, 4)).toEqual(['3', 2, 68, 1.5]);
});

test('clusterBarsPlot(result) draws a bar per cluster, its interval and the overall rate', () => {
  const o = clusterBarsPlot(r);
  expect(markNames(o.marks)).toEqual(expect.arrayContaining(['bar', 'rule', 'text']));
  expect((o.y as { domain: string[] }).domain).toEqual(['1', '2', '3']);
  expect(
    clusterBarsTable(r, ['a', 'b', 'c'], {
      cluster: 'c',
      customers: 'n',
      share: 's',
      churned: 'x',
      rate: 'r',
      low: 'l',
      high: 'h',
      meanValue: 'v',
      valueShare: 'vs',
    }).rows[0],
  ).toEqual(['a', 3, 3 / 8, 2, 2 / 3, 0.2077, 0.9385, 310, 0.12]);
});

test('componentCentres(result) averages each cluster’s scores over its customers, leaving out the unclustered', () => {
  const c = componentCentres(r);
  // By hand: cluster 1 scores (−1.2, −1.0, −1.4) and (0.4, 0.6, 0.2).
  expect(c[0].x).toBeCloseTo(-1.2, 12);
  expect(c[0].y).toBeCloseTo(0.4, 12);
  expect(c[2].x).toBeCloseTo(1.95, 12);
});
