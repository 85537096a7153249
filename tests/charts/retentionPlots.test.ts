/** The retention chart builders: SVG snapshots, and what their marks and tables hold. */
import { expect, test } from 'vitest';
import type { CampaignCurve, RetentionGroupTotal } from '../../src/engine/api.ts';
import { campaignPlot, campaignTable } from '../../src/charts/retention-economics/campaignPlot.ts';
import { decisionTotalsPlot, decisionTotalsTable } from '../../src/charts/retention-decision/decisionTotalsPlot.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

const campaign: CampaignCurve = {
  basis: 'observed',
  customers: 4,
  churners: 2,
  ks: [0, 1, 2, 3, 4],
  model: [0, 40, 80, 70, 60],
  random: [0, 15, 30, 45, 60],
  reached: [0, 1, 2, 2, 2],
  best: { k: 2, profit: 80, randomProfit: 30, reached: 2 },
  contacts: { reach: 0.5, churners: 2, withModel: 1, withoutModel: 2 },
};

const totals: RetentionGroupTotal[] = [
  { code: 'natural', customers: 10, valueAtRisk: 500, worthSaving: 0, expectedSaved: 0, offerCost: 0, net: 0 },
  { code: 'disappointed', customers: 5, valueAtRisk: 900, worthSaving: 3, expectedSaved: 300, offerCost: 60, net: 240 },
];

test('campaignPlot(curve) renders the same SVG, with the best k marked', async () => {
  const chart = plotElement(campaignPlot(campaign));
  expect(chart.querySelector('g[aria-label="text"] text')?.textContent).toBe('best: 2');
  await expectPlotSnapshot(chart, 'retentionCampaign');
});

test('campaignTable(curve) holds one row per k: profit ranked and random, churners reached', () => {
  const table = campaignTable(campaign, { contacted: 'k', model: 'm', random: 'r', reached: 'c' });
  expect(table.rows[2]).toEqual([2, 80, 30, 2]);
});

test('decisionTotalsPlot(totals) renders the same SVG: value at risk and worth saving per type', async () => {
  const chart = plotElement(decisionTotalsPlot(totals));
  expect(chart.querySelectorAll('g[aria-label="bar"] rect')).toHaveLength(4);
  await expectPlotSnapshot(chart, 'retentionDecisionTotals');
});

test('decisionTotalsTable(totals) words each group and keeps its sums', () => {
  const table = decisionTotalsTable(totals, {
    group: 'g',
    customers: 'c',
    atRisk: 'a',
    worth: 'w',
    saved: 's',
    cost: 'o',
    net: 'n',
    name: (c) => c.toUpperCase(),
  });
  expect(table.rows[1]).toEqual(['DISAPPOINTED', 5, 900, 3, 300, 60, 240]);
});
