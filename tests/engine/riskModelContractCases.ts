/**
 * The risk model's other models in the engine contract (tree, naive Bayes, TAN, Cox, and a
 * comparison), each run directly and through Comlink, against make_contract_reference.py.
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ResultOf } from '../../src/engine/api.ts';
import { fixture } from '../sharedData.ts';
import type { Case } from './analysisContract.ts';

/** make_contract_reference.py: each model fitted on the held-out split (seed 1, a quarter) by scikit-learn, numpy or statsmodels. */
const REFERENCE = JSON.parse(readFileSync(fixture('risk-model-compare', 'contract.json'), 'utf8'));
const HELD_OUT = { testFraction: 0.25, seed: 1 };

/** The held-out probabilities of every 20th test customer equal the reference's (to rounding, 1e-12). */
function sameProbabilities(r: ResultOf<'risk-model'>, ref: { rows: number[]; proba: number[] }): void {
  expect(ref.rows.map((row) => r.scores.risk[row])).toEqual(ref.proba.map((p) => expect.closeTo(p, 12)));
}

/** The risk model's other models, each also run directly and through Comlink. */
export const RISK_MODEL_CASES: Record<string, Case<'risk-model'>> = {
  'tree (CART)': {
    data: 'telco',
    options: {
      ...HELD_OUT,
      model: 'tree',
      tree: 'cart',
      maxDepth: 5,
      minLeaf: 20,
      features: ['tenure', 'MonthlyCharges'],
    },
    check: (r) => {
      const ref = REFERENCE.tree;
      // DecisionTreeClassifier(gini, max_depth=5, min_samples_leaf=20): the same 31 leaves and probabilities.
      expect(r.tree!.leaves).toBe(ref.leaves);
      sameProbabilities(r, ref);
      // scikit-learn compares in float32: one test customer sits exactly on a threshold (MonthlyCharges
      // 54.65) and falls on the other side there, which moves the AUC by 1.2e-4.
      expect(Math.abs(r.evaluation.auc - ref.auc)).toBeLessThan(5e-4);
    },
  },
  'naive Bayes': {
    data: 'telco',
    options: { ...HELD_OUT, model: 'naive-bayes', features: REFERENCE.categorical },
    // CategoricalNB(alpha=1): probabilities to 1e-12, roc_auc_score to 1e-9.
    check: (r) => {
      sameProbabilities(r, REFERENCE.naiveBayes);
      expect(r.evaluation.auc).toBeCloseTo(REFERENCE.naiveBayes.auc, 9);
    },
  },
  TAN: {
    data: 'telco',
    options: { ...HELD_OUT, model: 'tan', features: REFERENCE.categorical },
    // numpy/scipy TAN (Chow–Liu on I(Xi; Xj | C), alpha 1): the same root, probabilities to 1e-12, AUC to 1e-9.
    check: (r) => {
      const net = r.network!;
      expect(net.features[net.root].name).toBe(REFERENCE.tan.root);
      sameProbabilities(r, REFERENCE.tan);
      expect(r.evaluation.auc).toBeCloseTo(REFERENCE.tan.auc, 9);
    },
  },
  'logistic compared with naive Bayes': {
    data: 'telco',
    options: { ...HELD_OUT, compare: ['logistic', 'naive-bayes'] },
    // make_reference.py (LogisticRegression, C=1) and make_contract_reference.py (CategoricalNB on the
    // eight categorical columns is not this case's all-feature model, so only the logistic AUC is pinned).
    check: (r) => {
      const [logistic, nb] = r.comparison!.models;
      expect(logistic.auc).toBeCloseTo(0.84359, 5);
      expect(logistic.auc).toBe(r.evaluation.auc);
      // The chosen model's curve crosses once though both the evaluation and the comparison hold it.
      expect(logistic.roc.fpr).toBeInstanceOf(Float64Array);
      expect(Array.from(logistic.roc.fpr)).toEqual(Array.from(r.evaluation.roc.fpr));
      expect(nb.cv.auc).toHaveLength(5);
      expect(r.comparison!.tests).toHaveLength(1);
    },
  },
  Cox: {
    data: 'telco',
    options: { ...HELD_OUT, model: 'cox', features: ['Contract', 'SeniorCitizen', 'MonthlyCharges'] },
    // statsmodels PHReg(ties='efron') on the training customers: hazard ratios to 1e-8.
    check: (r) => {
      const cox = r.cox!;
      expect(cox.n).toBe(REFERENCE.cox.n);
      const ratios = cox.hazardRatios.map((h) => h.hazardRatio);
      expect(ratios).toEqual(REFERENCE.cox.hazardRatios.map((v: number) => expect.closeTo(v, 8)));
      expect(cox.hazardRatios.map((h) => h.level ?? null)).toEqual(['One year', 'Two year', 'yes', null]);
    },
  },
};
