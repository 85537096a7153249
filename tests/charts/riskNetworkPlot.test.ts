/** The Bayesian-network drawing: SVG snapshots of a small TAN and naive Bayes, and the paths they draw. */
import { expect, test } from 'vitest';
import type { RiskNetworkExplained, RiskNetworkFeature } from '../../src/engine/api.ts';
import { networkPaths, networkPlot } from '../../src/charts/risk-model/networkPlot.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

const tan: RiskNetworkExplained = {
  kind: 'tan',
  alpha: 1,
  root: 0,
  features: [
    { name: 'Contract', parent: -1, classInformation: 0.098, edgeWeight: null },
    { name: 'tenure', parent: 0, classInformation: 0.06, edgeWeight: 0.21, cuts: [6, 20, 40, 60] },
    { name: 'TechSupport', parent: 0, classInformation: 0.045, edgeWeight: 0.05 },
    { name: 'MonthlyCharges', parent: 1, classInformation: 0.03, edgeWeight: 0.11, cuts: [30, 60, 90] },
  ],
};
const label = (f: RiskNetworkFeature) => `${f.name} (I = ${f.classInformation})`;
const opts = { width: 700, classLabel: 'Churn', label };

test('networkPlot(TAN) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(networkPlot(tan, opts)), 'riskNetworkTan');
});

test('naive Bayes is a star from churn, strongest feature first; TAN follows the feature parents', () => {
  const nb = networkPaths({ ...tan, kind: 'naive-bayes', root: -1 }, opts);
  expect(nb.map((p) => p.split('\u001f'))).toEqual([
    ['Churn'],
    ['Churn', 'Contract (I = 0.098)'],
    ['Churn', 'tenure (I = 0.06)'],
    ['Churn', 'TechSupport (I = 0.045)'],
    ['Churn', 'MonthlyCharges (I = 0.03)'],
  ]);
  expect(networkPaths(tan, opts)[4].split('\u001f')).toEqual([
    'Churn',
    'Contract (I = 0.098)',
    'tenure (I = 0.06)',
    'MonthlyCharges (I = 0.03)',
  ]);
});
