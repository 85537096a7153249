/** The model comparison's chart builders: one curve per model, in its colour, and the table's rows. */
import { describe, expect, it, test } from 'vitest';
import { evaluateScores } from '../../src/core/analyses/risk-model/scoreEvaluation.ts';
import { pairedDelong } from '../../src/core/analyses/risk-model/pairedDelong.ts';
import type { RiskComparison } from '../../src/engine/api.ts';
import {
  comparisonGainsPlot,
  comparisonRocPlot,
  comparisonTable,
  MODEL_COLORS,
} from '../../src/charts/risk-model/comparisonPlot.ts';
import { mulberry32 } from '../../src/core/stats/random.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

/** 200 customers and two models: one that ranks well, one noisier. */
const random = mulberry32(15);
const truth = Float64Array.from({ length: 200 }, () => random());
const y = Uint8Array.from(truth, (s) => (random() < s * 0.8 ? 1 : 0));
const good = Float64Array.from(truth, (s) => Math.round(s * 100) / 100);
const noisy = Float64Array.from(truth, (s) => Math.round((s + random() - 0.5) * 100) / 100);
const model = (name: 'logistic' | 'tree', scores: Float64Array) => {
  const e = evaluateScores(scores, y);
  return {
    model: name,
    auc: e.auc,
    aucLow: e.aucLow,
    aucHigh: e.aucHigh,
    brier: e.brier,
    cv: { auc: [0.8, 0.7], mean: 0.75, sd: 0.07 },
    gains: e.gains,
    roc: { fpr: e.roc.fpr, tpr: e.roc.tpr },
  };
};
const comparison: RiskComparison = {
  on: 'test',
  customers: 200,
  churners: y.reduce((a, b) => a + b, 0),
  models: [model('logistic', good), model('tree', noisy)],
  best: 'logistic',
  tests: [{ model: 'tree', ...pairedDelong(good, noisy, y) }],
};

test('comparisonRocPlot and comparisonGainsPlot render the same SVG', async () => {
  await expectPlotSnapshot(plotElement(comparisonRocPlot(comparison)), 'riskComparisonRoc');
  await expectPlotSnapshot(plotElement(comparisonGainsPlot(comparison)), 'riskComparisonGains');
});

describe('risk-model comparison charts', () => {
  it('comparisonRocPlot draws one curve per model in the model’s colour', () => {
    const svg = plotElement(comparisonRocPlot(comparison));
    const strokes = [...svg.querySelectorAll('path[stroke]')].map((p) => p.getAttribute('stroke'));
    expect(strokes).toEqual(expect.arrayContaining([MODEL_COLORS.logistic, MODEL_COLORS.tree]));
  });

  it('comparisonTable leaves the best model’s test empty and gives the others AUC − best and p', () => {
    const t = comparisonTable(comparison, {
      model: 'm',
      auc: 'a',
      low: 'l',
      high: 'h',
      cvMean: 'c',
      cvFolds: 'f',
      topDecile: 't',
      difference: 'd',
      p: 'p',
    });
    expect(t.rows.map((r) => r[0])).toEqual(['logistic', 'tree']);
    expect(t.rows[0].slice(-2)).toEqual(['', '']);
    expect(t.rows[1][7]).toBeCloseTo(comparison.models[1].auc - comparison.models[0].auc, 12);
    expect(t.rows[1][8]).toBe(comparison.tests[0].p);
    expect(t.rows[0][5]).toBe('0.800 · 0.700');
  });
});
