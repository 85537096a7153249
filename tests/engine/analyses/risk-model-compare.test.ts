/**
 * Models side by side on Telco: every model on the same held-out quarter and the same five
 * folds. The logistic entry reproduces scikit-learn's numbers on that split (make_reference.py),
 * every entry equals the model run alone (so nothing but the model differs), and the paired
 * tests are DeLong's on the test customers' scores.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineApi, RiskModelName, RiskModelOptions, RiskModelResult } from '../../../src/engine/api.ts';
import { SPLIT_CODES } from '../../../src/engine/api.ts';
import { pairedDelong } from '../../../src/core/analyses/risk-model/pairedDelong.ts';
import { fixture, TELCO } from '../../sharedData.ts';
import { telco, value } from './analysisFixtures.ts';

let engine: EngineApi;
let id: string;
beforeAll(async () => ({ engine, id } = await telco()));
const run = (options: RiskModelOptions) => value(engine.analyze(id, 'risk-model', options));
const reference = JSON.parse(readFileSync(fixture('risk-model', 'reference.json'), 'utf8')).telco.heldOut as {
  auc: number;
  foldAuc: number[];
  gains: { churners: number; cumShare: number }[];
};
const MODELS: RiskModelName[] = ['logistic', 'tree', 'naive-bayes', 'tan'];
const SPLIT = { testFraction: 0.25, seed: 1 };

/** The test customers' scores and labels (customer order), as a run alone gives them. */
function testScores(r: RiskModelResult, churned: Uint8Array): { s: Float64Array; y: Uint8Array } {
  const test = SPLIT_CODES.indexOf('test');
  const rows = Int32Array.from(r.scores.split.keys()).filter((c) => r.scores.split[c] === test);
  return { s: Float64Array.from(rows, (c) => r.scores.risk[c]), y: Uint8Array.from(rows, (c) => churned[c]) };
}

describe("analyze(telco, 'risk-model', { compare })", () => {
  let compared: RiskModelResult;
  beforeAll(() => (compared = run({ ...SPLIT, compare: MODELS })));

  it('the logistic entry equals scikit-learn on the same held-out quarter and folds', () => {
    const c = compared.comparison!;
    expect([c.on, c.customers, c.churners]).toEqual(['test', 1761, 467]);
    const logistic = c.models.find((m) => m.model === 'logistic')!;
    // make_reference.py: LogisticRegression(C=1) roc_auc_score, to 1e-5 (the contract's tolerance).
    expect(logistic.auc).toBeCloseTo(reference.auc, 5);
    // make_reference.py: the five folds' roc_auc_score, same folds (mulberry32, seed 1), to 1e-4.
    logistic.cv.auc.forEach((a, f) => expect(a).toBeCloseTo(reference.foldAuc[f], 4));
    expect(logistic.gains.map((g) => g.churners)).toEqual(reference.gains.map((g) => g.churners));
  });

  it('each entry equals the model evaluated alone: same customers, same folds', () => {
    for (const model of MODELS) {
      const alone = run({ ...SPLIT, model });
      const entry = compared.comparison!.models.find((m) => m.model === model)!;
      expect([entry.auc, entry.aucLow, entry.aucHigh]).toEqual([
        alone.evaluation.auc,
        alone.evaluation.aucLow,
        alone.evaluation.aucHigh,
      ]);
      expect(entry.cv.auc).toEqual(alone.cv.auc);
      expect(entry.gains).toEqual(alone.evaluation.gains);
    }
  });

  it('names the highest AUC best and tests it against each other model with paired DeLong', () => {
    const c = compared.comparison!;
    const best = c.models.reduce((a, b) => (b.auc > a.auc ? b : a));
    expect(c.best).toBe(best.model);
    expect(c.tests.map((t) => t.model)).toEqual(MODELS.filter((m) => m !== best.model));
    const churned = telcoChurn();
    const ofBest = testScores(run({ ...SPLIT, model: best.model }), churned);
    for (const t of c.tests) {
      const other = testScores(run({ ...SPLIT, model: t.model }), churned);
      expect(other.y).toEqual(ofBest.y);
      // The kernel (tested against pROC) on the scores of the two models run alone: the same numbers.
      expect(t).toEqual({ model: t.model, ...pairedDelong(ofBest.s, other.s, ofBest.y) });
      expect(t.difference).toBeGreaterThanOrEqual(0);
      expect(t.p).toBeGreaterThan(0);
      expect(t.p).toBeLessThanOrEqual(1);
    }
  });

  it('refuses Cox, a single model and a repeated one with the option named', () => {
    for (const compare of [['logistic', 'cox'], ['tree'], ['tan', 'tan']] as RiskModelName[][]) {
      const r = engine.analyze(id, 'risk-model', { compare });
      expect(!r.ok && r.issues[0]).toMatchObject({ code: 'risk-invalid-option', params: { option: 'compare' } });
    }
  });

  it('compares on the out-of-fold scores when nothing is held out', () => {
    const r = run({ testFraction: 0, seed: 1, compare: ['logistic', 'naive-bayes'] });
    expect([r.comparison!.on, r.comparison!.customers]).toEqual(['out-of-fold', 7043]);
    expect(r.comparison!.tests).toHaveLength(1);
  });
});

/** The Churn column of the file, in its row order (one row per customer: the table's order). */
function telcoChurn(): Uint8Array {
  const lines = readFileSync(TELCO, 'utf8').trim().split(/\r?\n/);
  const at = lines[0].split(',').indexOf('Churn');
  return Uint8Array.from(lines.slice(1), (l) => (l.split(',')[at] === 'Yes' ? 1 : 0));
}
