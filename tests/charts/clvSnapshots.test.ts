/** SVG snapshots of the customer-lifetime-value charts, rendered by Plot into jsdom. */
import { expect, test } from 'vitest';
import { frequencyPlot, trackingPlot } from '../../src/charts/customer-lifetime-value/holdoutPlots.ts';
import { aliveHistogramPlot, aliveRecencyPlot } from '../../src/charts/customer-lifetime-value/alivePlots.ts';
import { topCustomersPlot, valueHistogramPlot } from '../../src/charts/customer-lifetime-value/valuePlots.ts';
import { alive, holdout, value } from './clvFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('frequencyPlot(holdout by calibration frequency) renders the same SVG, actual beside expected', async () => {
  const chart = plotElement(frequencyPlot(holdout));
  expect(chart.outerHTML).toContain('7+');
  await expectPlotSnapshot(chart, 'clvFrequency');
});

test('trackingPlot(weekly and cumulative) renders the same SVG, with the calibration end marked', async () => {
  const weekly = plotElement(trackingPlot(holdout, false));
  expect(weekly.outerHTML).toContain('← calibration');
  await expectPlotSnapshot(weekly, 'clvWeekly');
  await expectPlotSnapshot(plotElement(trackingPlot(holdout, true)), 'clvCumulative');
});

test('aliveHistogramPlot and aliveRecencyPlot render the same SVG', async () => {
  await expectPlotSnapshot(plotElement(aliveHistogramPlot(alive)), 'clvAlive');
  await expectPlotSnapshot(plotElement(aliveRecencyPlot(alive)), 'clvRecency');
});

test('valueHistogramPlot and topCustomersPlot render the same SVG', async () => {
  await expectPlotSnapshot(plotElement(valueHistogramPlot(value)), 'clvValue');
  await expectPlotSnapshot(plotElement(topCustomersPlot(value)), 'clvTop');
});
