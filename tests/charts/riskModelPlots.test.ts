/** The risk model's chart builders: SVG snapshots on a small fixed evaluation, and what their marks say. */
import { describe, expect, it, test } from 'vitest';
import { evaluateScores } from '../../src/core/analyses/risk-model/scoreEvaluation.ts';
import { cheapestThreshold, confusionAt, costCurve } from '../../src/engine/api.ts';
import { rocPlot, rocPoints } from '../../src/charts/risk-model/rocPlot.ts';
import { gainsPlot, gainsPoints, liftPlot } from '../../src/charts/risk-model/gainsPlot.ts';
import { calibrationPlot } from '../../src/charts/risk-model/calibrationPlot.ts';
import { chartedRatios, coefficientPlot, type OddsRatioRow } from '../../src/charts/risk-model/coefficientPlot.ts';
import { confusionCells, confusionPlot, costCurvePlot } from '../../src/charts/risk-model/thresholdPlots.ts';
import { mulberry32 } from '../../src/core/stats/random.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

/** 200 customers whose churn follows their score: a model that ranks well but not perfectly. */
const random = mulberry32(15);
const scores = Float64Array.from({ length: 200 }, () => Math.round(random() * 1000) / 1000);
const y = Uint8Array.from(scores, (s) => (random() < s * 0.8 ? 1 : 0));
const evaluation = evaluateScores(scores, y);
const at = confusionAt(evaluation.counts, 0.5);
const costs = { missed: 100, offer: 20 };
const ratios: OddsRatioRow[] = [
  { label: 'Contract = Two year', oddsRatio: 0.25, low: 0.17, high: 0.37, p: 1e-9 },
  { label: 'Tenure (+1 SD = 744)', oddsRatio: 0.24, low: 0.17, high: 0.34, p: 1e-12 },
  { label: 'InternetService = Fiber optic', oddsRatio: 2.1, low: 1.5, high: 3.0, p: 1e-5 },
  { label: 'gender = Female', oddsRatio: 1.02, low: 0.88, high: 1.18, p: 0.82 },
  { label: 'separated', oddsRatio: 1e9, low: 0, high: Infinity, p: 1 },
];

test('rocPlot(evaluation) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(rocPlot(evaluation.roc, { curveLabel: 'AUC 0.8', at })), 'riskRoc');
});
test('gainsPlot(evaluation) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(gainsPlot(evaluation.gains)), 'riskGains');
});
test('liftPlot(evaluation) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(liftPlot(evaluation.gains)), 'riskLift');
});
test('calibrationPlot(evaluation) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(calibrationPlot(evaluation.calibration)), 'riskCalibration');
});
test('coefficientPlot(odds ratios) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(coefficientPlot(ratios)), 'riskCoefficients');
});
test('confusionPlot and costCurvePlot at threshold 0.5 render the same SVG', async () => {
  await expectPlotSnapshot(plotElement(confusionPlot(at)), 'riskConfusion');
  const best = cheapestThreshold(evaluation.counts, costs).best.threshold;
  await expectPlotSnapshot(
    plotElement(costCurvePlot(costCurve(evaluation.counts, costs), { threshold: 0.5, cheapest: best })),
    'riskCostCurve',
  );
});

describe('risk-model chart data', () => {
  it('rocPoints run from (0, 0) to (1, 1) without falling', () => {
    const p = rocPoints(evaluation.roc);
    expect([p[0], p.at(-1)]).toEqual([
      { fpr: 0, tpr: 0 },
      { fpr: 1, tpr: 1 },
    ]);
    for (let i = 1; i < p.length; i++) expect(p[i].tpr >= p[i - 1].tpr && p[i].fpr >= p[i - 1].fpr).toBe(true);
  });
  it('gainsPoints start at nobody contacted and end with every churner found', () => {
    const p = gainsPoints(evaluation.gains);
    expect([p[0], p.at(-1)]).toEqual([
      { contacted: 0, found: 0 },
      { contacted: 1, found: 1 },
    ]);
    expect(p[1].contacted).toBeCloseTo(0.1, 12);
  });
  it('confusionCells hold every test customer once', () => {
    const total = confusionCells(at).reduce((n, c) => n + c.count, 0);
    expect(total).toBe(200);
  });
  it('chartedRatios leaves out intervals that are not finite and puts the highest ratio first', () => {
    const drawn = chartedRatios(ratios);
    expect(drawn.map((r) => r.label)).toEqual([
      'InternetService = Fiber optic',
      'gender = Female',
      'Contract = Two year',
      'Tenure (+1 SD = 744)',
    ]);
    expect(chartedRatios(ratios, 2).map((r) => r.label)).toEqual(['Contract = Two year', 'Tenure (+1 SD = 744)']);
  });
});
