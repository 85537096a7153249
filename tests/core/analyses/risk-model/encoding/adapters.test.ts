import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { naiveBayesRiskModel, tanRiskModel } from '../../../../../src/core/analyses/risk-model/bayes/bayesRiskModel.ts';
import { coxRiskModel } from '../../../../../src/core/analyses/risk-model/cox/coxRiskModel.ts';
import type {
  ModelSource,
  RiskModelAdapter,
} from '../../../../../src/core/analyses/risk-model/encoding/modelSources.ts';
import { treeRiskModel } from '../../../../../src/core/analyses/risk-model/trees/treeRiskModel.ts';
import { mulberry32 } from '../../../../../src/core/stats/random.ts';
import { telcoChurn, telcoCodes, telcoColumns } from '../telcoColumns.ts';

const fixture = (...parts: string[]) => resolve(__dirname, '../../../../fixtures', ...parts);
const bayes: {
  features: { name: string; labels?: string[]; bands?: number[] }[];
  rows: number[];
  categoricalNB: { alpha: number; proba: number[] }[];
  tan: { alpha: number; proba: number[] };
} = JSON.parse(readFileSync(fixture('risk-model-trees', 'bayes.json'), 'utf8'));
const rossi: {
  meta: { covariates: string[] };
  fits: { ties: string; predictedTimes: number[]; predictedSurvival: number[][] }[];
} = JSON.parse(readFileSync(fixture('risk-model-cox', 'rossi.json'), 'utf8'));

const y = telcoChurn();
const n = y.length;
const all = Int32Array.from({ length: n }, (_, i) => i);
const at = Int32Array.from(bayes.rows);

/** The reference script's Bayes features as sources: categories, and tenure already banded (as a category). */
const bayesSources: ModelSource[] = bayes.features.map((f) => {
  if (f.bands) {
    const bands = f.bands;
    const codes = Int32Array.from(telcoColumns().get(f.name)!, (v) => bands.filter((edge) => Number(v) >= edge).length);
    return { name: f.name, kind: 'categorical', codes, levels: ['0-6', '7-12', '13-24', '25-48', '49+'] };
  }
  const { codes, labels } = telcoCodes(f.name);
  return { name: f.name, kind: 'categorical', codes, levels: labels };
});

/** Telco as the risk-model evaluation hands it over: numbers (TotalCharges with its 11 blanks as NaN) and categories. */
const telcoSources: ModelSource[] = [
  ...['tenure', 'MonthlyCharges', 'TotalCharges'].map((name): ModelSource => {
    const values = Float64Array.from(telcoColumns().get(name)!, (v) => (v.trim() === '' ? NaN : Number(v)));
    return { name, kind: 'numeric', values };
  }),
  ...['Contract', 'InternetService', 'PaymentMethod', 'TechSupport', 'PaperlessBilling'].map((name): ModelSource => {
    const { codes, labels } = telcoCodes(name);
    return { name, kind: 'categorical', codes, levels: labels };
  }),
];

it('naiveBayesRiskModel({ alpha }) predicts as CategoricalNB on the same categories', () => {
  for (const reference of bayes.categoricalNB) {
    const p = naiveBayesRiskModel({ alpha: reference.alpha }).fit(bayesSources, y, all).predict(bayesSources, at);
    // The kernel's own tolerance against scikit-learn: 1e-12.
    reference.proba.forEach((q, k) => expect(p[k]).toBeCloseTo(q, 12));
  }
});

it('tanRiskModel({ alpha: 1 }) predicts as the numpy/scipy TAN', () => {
  const p = tanRiskModel({ alpha: bayes.tan.alpha }).fit(bayesSources, y, all).predict(bayesSources, at);
  // 1e-12, as the kernel's test.
  bayes.tan.proba.forEach((q, k) => expect(p[k]).toBeCloseTo(q, 12));
});

it('coxRiskModel({ horizon: 52 }) gives 1 − R’s predicted survival at 52 weeks', () => {
  const path = resolve(__dirname, '../../../../../../shared/data/lifelines-datasets/rossi.csv');
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const names = head.split(',');
  const rows = lines.map((line) => line.split(',').map(Number));
  const column = (name: string) => Float64Array.from(rows, (row) => row[names.indexOf(name)]);
  const sources: ModelSource[] = rossi.meta.covariates.map((name) => ({ name, kind: 'numeric', values: column(name) }));
  const everyone = Int32Array.from(rows, (_, i) => i);
  const fitted = coxRiskModel({ time: column('week'), event: Uint8Array.from(column('arrest')), horizon: 52 }).fit(
    sources,
    new Uint8Array(rows.length),
    everyone,
  );
  const p = fitted.predict(
    sources,
    Int32Array.from({ length: 10 }, (_, i) => i),
  );
  const efron = rossi.fits[0];
  // survfit's S(52) for the first ten men: 1e-8, as the kernel's test.
  efron.predictedSurvival.forEach((row, i) => expect(p[i]).toBeCloseTo(1 - row[2], 8));
});

const adapters: [string, RiskModelAdapter][] = [
  ['id3', treeRiskModel({ algorithm: 'id3', maxDepth: 4, bins: 4 })],
  ['c45', treeRiskModel({ algorithm: 'c45' })],
  ['cart', treeRiskModel({ algorithm: 'cart', maxDepth: 5 })],
  ['cart, pruned', treeRiskModel({ algorithm: 'cart', maxDepth: 8, ccpAlpha: 0.002 })],
  ['naive Bayes', naiveBayesRiskModel()],
  ['TAN', tanRiskModel({ alpha: 0.5 })],
  [
    'Cox',
    coxRiskModel({
      time: Float64Array.from(telcoColumns().get('tenure')!, Number),
      event: y,
    }),
  ],
];

describe('each adapter, fitted on 70 % of Telco', () => {
  const random = mulberry32(20240901);
  const inTraining = Uint8Array.from({ length: n }, () => (random() < 0.7 ? 1 : 0));
  const training = all.filter((i) => inTraining[i] === 1);
  const test = all.filter((i) => inTraining[i] === 0);
  /** The sources with every customer outside training given other values: a model must not see them. */
  const scrambled: ModelSource[] = telcoSources.map((s) =>
    s.kind === 'numeric'
      ? { ...s, values: s.values.map((v, i) => (inTraining[i] ? v : random() * 100)) }
      : { ...s, codes: s.codes.map((c, i) => (inTraining[i] ? c : Math.floor(random() * s.levels.length))) },
  );

  for (const [name, adapter] of adapters) {
    it(`${name}: reads only the training rows, and scores the others in [0, 1], better than chance`, () => {
      // A Cox model conditions on the duration: tenure (and TotalCharges, which grows with it) stay out.
      const keep = (s: ModelSource) => name !== 'Cox' || (s.name !== 'tenure' && s.name !== 'TotalCharges');
      const sources = telcoSources.filter(keep);
      const fitted = adapter.fit(sources, y, training);
      const again = adapter.fit(
        scrambled.filter(keep),
        y.map((v, i) => (inTraining[i] ? v : 1 - v)),
        training,
      );
      expect(Array.from(again.predict(sources, test))).toEqual(Array.from(fitted.predict(sources, test)));
      const p = fitted.predict(sources, test);
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
      // Better than chance on unseen customers: the share of (churner, stayer) pairs ranked right.
      let right = 0;
      let pairs = 0;
      test.forEach((i, a) => {
        if (!y[i]) return;
        test.forEach((j, b) => {
          if (y[j]) return;
          pairs++;
          right += p[a] > p[b] ? 1 : p[a] === p[b] ? 0.5 : 0;
        });
      });
      expect(right / pairs).toBeGreaterThan(0.7);
    });
  }
});
