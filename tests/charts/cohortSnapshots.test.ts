/** SVG snapshots of the cohort, survival and projection charts, rendered by Plot into jsdom. */
import { expect, test } from 'vitest';
import { retentionHeatmapPlot } from '../../src/charts/retention-triangle/retentionHeatmapPlot.ts';
import { retentionCurvesPlot } from '../../src/charts/retention-triangle/retentionCurvesPlot.ts';
import { survivalPlot } from '../../src/charts/survival/survivalPlot.ts';
import { projectionPlot, retentionRatePlot } from '../../src/charts/retention-projection/projectionPlot.ts';
import { projection, survival, triangle } from './cohortFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('retentionHeatmapPlot(three cohorts) renders the same SVG, with the hatch pattern', async () => {
  const chart = plotElement(retentionHeatmapPlot(triangle, { patternId: 'hatch-1' }));
  expect(chart.outerHTML).toContain('<pattern id="hatch-1"');
  expect(chart.outerHTML).toMatch(
    /<g aria-label="cell" fill="url\(#hatch-1\)"[^>]*>(<rect[^>]*><title>[^<]*<\/title><\/rect>){2}<\/g>/,
  );
  await expectPlotSnapshot(chart, 'retentionHeatmap');
});

test('retentionCurvesPlot(three cohorts) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(retentionCurvesPlot(triangle)), 'retentionCurves');
});

test('survivalPlot(two groups) renders the same SVG, with the at-risk rows', async () => {
  const chart = plotElement(survivalPlot(survival));
  expect(chart.outerHTML).toContain('At risk');
  await expectPlotSnapshot(chart, 'survival');
});

test('projectionPlot and retentionRatePlot(survivors.csv fit) render the same SVG', async () => {
  await expectPlotSnapshot(plotElement(projectionPlot(projection)), 'projection');
  await expectPlotSnapshot(plotElement(retentionRatePlot(projection)), 'projectionRate');
});
