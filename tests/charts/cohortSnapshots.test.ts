/** SVG snapshots of the cohort, survival and projection charts, rendered by Plot into jsdom. */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { retentionHeatmapPlot } from '../../src/charts/retentionTriangle/retentionHeatmapPlot.ts';
import { retentionCurvesPlot } from '../../src/charts/retentionTriangle/retentionCurvesPlot.ts';
import { survivalPlot } from '../../src/charts/survival/survivalPlot.ts';
import { projectionPlot, retentionRatePlot } from '../../src/charts/retentionProjection/projectionPlot.ts';
import { projection, survival, triangle } from './cohortFixtures.ts';

function svgOf(options: Plot.PlotOptions): string {
  const { window } = new JSDOM('');
  const chart = Plot.plot({ ...options, document: window.document });
  return `${(chart as unknown as Element).outerHTML}\n`;
}

test('retentionHeatmapPlot(three cohorts) renders the same SVG, with the hatch pattern', async () => {
  const svg = svgOf(retentionHeatmapPlot(triangle, { patternId: 'hatch-1' }));
  expect(svg).toContain('<pattern id="hatch-1"');
  expect(svg).toMatch(
    /<g aria-label="cell" fill="url\(#hatch-1\)"[^>]*>(<rect[^>]*><title>[^<]*<\/title><\/rect>){2}<\/g>/,
  );
  await expect(svg).toMatchFileSnapshot('__snapshots__/retentionHeatmap.svg');
});

test('retentionCurvesPlot(three cohorts) renders the same SVG', async () => {
  await expect(svgOf(retentionCurvesPlot(triangle))).toMatchFileSnapshot('__snapshots__/retentionCurves.svg');
});

test('survivalPlot(two groups) renders the same SVG, with the at-risk rows', async () => {
  const svg = svgOf(survivalPlot(survival));
  expect(svg).toContain('At risk');
  await expect(svg).toMatchFileSnapshot('__snapshots__/survival.svg');
});

test('projectionPlot and retentionRatePlot(survivors.csv fit) render the same SVG', async () => {
  await expect(svgOf(projectionPlot(projection))).toMatchFileSnapshot('__snapshots__/projection.svg');
  await expect(svgOf(retentionRatePlot(projection))).toMatchFileSnapshot('__snapshots__/projectionRate.svg');
});
