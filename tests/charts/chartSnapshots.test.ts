/** SVG snapshots of the chart builders, rendered by Plot into a jsdom document (as Plot's own tests do). */
import { test } from 'vitest';
import { churnByAttributePlot } from '../../src/charts/churn-by-attribute/churnByAttributePlot.ts';
import { monthlyChurnPlot } from '../../src/charts/monthly-churn/monthlyChurnPlot.ts';
import { valueTiersPlot } from '../../src/charts/value-tiers/valueTiersPlot.ts';
import { paretoPlot } from '../../src/charts/value-tiers/paretoPlot.ts';
import { definitionLabPlot } from '../../src/charts/definition-lab/definitionLabPlot.ts';
import { byContract, comparison, monthly, tiers } from './fixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('churnByAttributePlot(Telco by contract) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(churnByAttributePlot(byContract)), 'churnByAttribute');
});

test('monthlyChurnPlot(four months) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(monthlyChurnPlot(monthly)), 'monthlyChurn');
});

test('valueTiersPlot(Telco-like tiers) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(valueTiersPlot(tiers)), 'valueTiers');
});

test('paretoPlot(curve) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(paretoPlot(tiers.pareto)), 'pareto');
});

test('definitionLabPlot(two definitions) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(definitionLabPlot(comparison)), 'definitionLab');
});
