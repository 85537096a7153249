import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import {
  fitNaiveBayes,
  naiveBayesChurn,
  type BayesFeature,
} from '../../../../../src/core/analyses/risk-model/bayes/naiveBayes.ts';
import { conditionalMutualInformationMatrix } from '../../../../../src/core/analyses/risk-model/bayes/mutualInformation.ts';
import { fitTan, tanChurn } from '../../../../../src/core/analyses/risk-model/bayes/tan.ts';
import { telcoChurn, telcoCodes, telcoColumns } from '../telcoColumns.ts';

const reference: {
  features: { name: string; labels?: string[]; bands?: number[] }[];
  rows: number[];
  categoricalNB: { alpha: number; classLogPrior: number[]; featureLogProb: number[][][]; proba: number[] }[];
  conditionalMutualInformation: number[][];
  tan: { alpha: number; classInformation: number[]; root: number; parent: number[]; proba: number[] };
} = JSON.parse(readFileSync(resolve(__dirname, '../../../../fixtures/risk-model-trees/bayes.json'), 'utf8'));

const y = telcoChurn();
/** The script's features: sorted categories, and tenure cut at 7, 13, 25, 49 months (numpy.digitize). */
const features: BayesFeature[] = reference.features.map((f) => {
  if (f.bands) {
    const bands = f.bands;
    const codes = Int32Array.from(telcoColumns().get(f.name)!, (v) => bands.filter((edge) => Number(v) >= edge).length);
    return { codes, levels: bands.length + 1 };
  }
  const { codes, labels } = telcoCodes(f.name);
  expect(labels).toEqual(f.labels);
  return { codes, levels: labels.length };
});
const atRows = (features: BayesFeature[]) =>
  features.map((f) => ({ codes: Int32Array.from(reference.rows, (r) => f.codes[r]), levels: f.levels }));

for (const nb of reference.categoricalNB) {
  it(`fitNaiveBayes(Telco, alpha ${nb.alpha}) has CategoricalNB's priors and smoothed log-probabilities`, () => {
    const model = fitNaiveBayes(features, y, nb.alpha);
    // Logs of the same counts: 1e-12.
    expect(model.classLogPrior[0]).toBeCloseTo(nb.classLogPrior[0], 12);
    expect(model.classLogPrior[1]).toBeCloseTo(nb.classLogPrior[1], 12);
    features.forEach((f, i) => {
      for (let c = 0; c < 2; c++) {
        for (let v = 0; v < f.levels; v++) {
          expect(model.featureLogProb[i][c * f.levels + v]).toBeCloseTo(nb.featureLogProb[i][c][v], 12);
        }
      }
    });
  });

  it(`naiveBayesChurn(…, alpha ${nb.alpha}) equals CategoricalNB.predict_proba`, () => {
    const p = naiveBayesChurn(fitNaiveBayes(features, y, nb.alpha), atRows(features));
    // A sum of nine logs, normalised (scikit-learn by logsumexp, here as a logistic of the log-odds): 1e-12.
    nb.proba.forEach((q, k) => expect(p[k]).toBeCloseTo(q, 12));
  });
}

it('naiveBayesChurn(…) leaves a missing value out, and its probabilities sum to 1 with the other class', () => {
  const model = fitNaiveBayes(features, y);
  const one = features.map((f) => ({ codes: Int32Array.of(f.codes[0]), levels: f.levels }));
  const without = one.slice(1);
  const missing = [{ codes: Int32Array.of(-1), levels: one[0].levels }, ...without];
  const dropped = fitNaiveBayes(features.slice(1), y);
  // The same sum of logs without the first feature's term: 1e-15.
  expect(naiveBayesChurn(model, missing)[0]).toBeCloseTo(naiveBayesChurn(dropped, without)[0], 15);
});

it('conditionalMutualInformationMatrix(Telco) equals numpy’s direct sums', () => {
  const k = features.length;
  const cmi = conditionalMutualInformationMatrix(features, y);
  // The same sums of the same logs, in another order: 1e-12 nats.
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) expect(cmi[i * k + j]).toBeCloseTo(reference.conditionalMutualInformation[i][j], 12);
  }
});

it('fitTan(Telco) has the root, tree and predictions of numpy + scipy’s minimum spanning tree', () => {
  const model = fitTan(features, y, reference.tan.alpha);
  // I(X; C) in nats: 1e-12.
  reference.tan.classInformation.forEach((mi, f) => expect(model.classInformation[f]).toBeCloseTo(mi, 12));
  expect(model.root).toBe(reference.tan.root);
  expect(Array.from(model.parent)).toEqual(reference.tan.parent);
  const p = tanChurn(model, atRows(features));
  // Sums of logs of smoothed counts: 1e-12.
  reference.tan.proba.forEach((q, k) => expect(p[k]).toBeCloseTo(q, 12));
});
