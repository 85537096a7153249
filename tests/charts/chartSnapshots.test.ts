/** SVG snapshots of the chart builders, rendered by Plot into a jsdom document (as Plot's own tests do). */
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { churnByAttributePlot } from '../../src/charts/churnByAttribute/churnByAttributePlot.ts';
import { monthlyChurnPlot } from '../../src/charts/monthlyChurn/monthlyChurnPlot.ts';
import { valueTiersPlot } from '../../src/charts/valueTiers/valueTiersPlot.ts';
import { paretoPlot } from '../../src/charts/valueTiers/paretoPlot.ts';
import { definitionLabPlot } from '../../src/charts/definitionLab/definitionLabPlot.ts';
import { byContract, comparison, monthly, tiers } from './fixtures.ts';

function svgOf(options: Plot.PlotOptions): string {
  const { window } = new JSDOM('');
  const chart = Plot.plot({ ...options, document: window.document });
  return `${(chart as unknown as Element).outerHTML}\n`;
}

test('churnByAttributePlot(Telco by contract) renders the same SVG', async () => {
  await expect(svgOf(churnByAttributePlot(byContract))).toMatchFileSnapshot('__snapshots__/churnByAttribute.svg');
});

test('monthlyChurnPlot(four months) renders the same SVG', async () => {
  await expect(svgOf(monthlyChurnPlot(monthly))).toMatchFileSnapshot('__snapshots__/monthlyChurn.svg');
});

test('valueTiersPlot(Telco-like tiers) renders the same SVG', async () => {
  await expect(svgOf(valueTiersPlot(tiers))).toMatchFileSnapshot('__snapshots__/valueTiers.svg');
});

test('paretoPlot(curve) renders the same SVG', async () => {
  await expect(svgOf(paretoPlot(tiers.pareto))).toMatchFileSnapshot('__snapshots__/pareto.svg');
});

test('definitionLabPlot(two definitions) renders the same SVG', async () => {
  await expect(svgOf(definitionLabPlot(comparison))).toMatchFileSnapshot('__snapshots__/definitionLab.svg');
});
