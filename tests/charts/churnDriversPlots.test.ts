/** The churn-drivers chart builders: SVG snapshots on a small fixed result, and what their marks and tables hold. */
import { describe, expect, it, test } from 'vitest';
import { informationPlot, informationTable } from '../../src/charts/churn-drivers/informationPlot.ts';
import {
  categoryRatesPlot,
  categoryRows,
  categoryRatesTable,
} from '../../src/charts/churn-drivers/categoryRatesPlot.ts';
import { importancePlot, importanceTable } from '../../src/charts/churn-drivers/importancePlot.ts';
import { drivers } from './churnDriversFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('informationPlot(drivers) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(informationPlot(drivers)), 'driversInformation');
});
test('categoryRatesPlot(drivers) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(categoryRatesPlot(drivers, { features: 2 })), 'driversCategoryRates');
});
test('importancePlot(drivers) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(importancePlot(drivers.permutation!)), 'driversImportance');
});

describe('churn-drivers charts', () => {
  it('draws the features in the order of their mutual information', () => {
    const plot = informationPlot(drivers);
    expect((plot.y as { domain: string[] }).domain).toEqual(['Contract', 'tenure_days', 'gender']);
  });

  it('heads each top feature with its name, then its categories (bins in their order)', () => {
    const rows = categoryRows(drivers, 2);
    expect(rows.map((r) => [r.feature, r.category?.label ?? null])).toEqual([
      ['Contract', null],
      ['Contract', 'Month-to-month'],
      ['Contract', 'One year'],
      ['Contract', 'Two year'],
      ['tenure_days', null],
      ['tenure_days', '0–304'],
      ['tenure_days', '304–1339'],
      ['tenure_days', '1339–2191'],
    ]);
  });

  it('keeps only the largest categories of a feature with many', () => {
    const rows = categoryRows(drivers, 1, 2);
    expect(rows.filter((r) => r.category).map((r) => r.category!.label)).toEqual(['Month-to-month', 'Two year']);
  });

  it('puts every category of every feature in the table, with both intervals', () => {
    const table = categoryRatesTable(drivers, {
      feature: 'f',
      value: 'v',
      customers: 'n',
      churned: 'c',
      rate: 'r',
      low: 'l',
      high: 'h',
      riskRatio: 'rr',
      riskLow: 'rl',
      riskHigh: 'rh',
    });
    expect(table.rows).toHaveLength(8);
    expect(table.rows[0].slice(0, 4)).toEqual(['Contract', 'Month-to-month', 3875, 1655]);
    const info = informationTable(
      drivers,
      { rank: 'k', feature: 'f', kind: 't', bits: 'b', nats: 'n', share: 's', missing: 'm' },
      { featureText: (n) => n, kindText: (k) => k },
    );
    expect(info.rows.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(importanceTable(drivers.permutation!, { feature: 'f', mean: 'm', sd: 's' }).rows[0]).toEqual([
      'tenure_days',
      0.18,
      0.01,
    ]);
  });

  it('spans the importance axis from below zero when a feature drops below it', () => {
    const domain = (importancePlot(drivers.permutation!).x as { domain: number[] }).domain;
    expect(domain[0]).toBeCloseTo(-0.0005, 10);
  });
});
