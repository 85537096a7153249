import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { categoricalTest } from '../../../../../src/core/analyses/risk-model/trees/categoricalGain.ts';
import { classWeights } from '../../../../../src/core/analyses/risk-model/trees/classWeights.ts';
import type { CategoricalFeature } from '../../../../../src/core/analyses/risk-model/trees/decisionTree.ts';
import { id3 } from '../../../../../src/core/analyses/risk-model/trees/id3.ts';
import { predictChurn } from '../../../../../src/core/analyses/risk-model/trees/treePredict.ts';
import { telcoChurn, telcoCodes } from '../telcoColumns.ts';
import { fixturePath } from './treeData.ts';

const reference: {
  classWeight: [number, number];
  rootEntropy: number;
  gains: Record<string, { weighted: number; unweighted: number }>;
  sklearnStump: { impurity: number[]; weightedNodeSamples: number[] };
} = JSON.parse(readFileSync(fixturePath('risk-model-trees', 'weighted-entropy.json'), 'utf8'));

const y = telcoChurn();
const names = Object.keys(reference.gains);
const features: CategoricalFeature[] = names.map((name) => {
  const { codes, labels } = telcoCodes(name);
  return { kind: 'categorical', codes, levels: labels.length };
});
const all = Int32Array.from(y, (_, i) => i);
const ones = new Float64Array(y.length).fill(1);

it("classWeights(y, 'balanced') is scikit-learn's n / (2 · n_class)", () => {
  const w = classWeights(y, 'balanced');
  // Same division of the same integers: 1e-15.
  expect(w[0]).toBeCloseTo(reference.classWeight[0], 15);
  expect(w[1]).toBeCloseTo(reference.classWeight[1], 15);
});

it('categoricalTest(…) with balanced class weights gives the weighted information gains (numpy, Telco)', () => {
  const w = classWeights(y, 'balanced');
  names.forEach((name, f) => {
    const weighted = categoricalTest(features[f].codes, features[f].levels, y, all, ones, w);
    const plain = categoricalTest(features[f].codes, features[f].levels, y, all, ones, [1, 1]);
    // numpy's direct sums over the same weights: 1e-12.
    expect(weighted.gain).toBeCloseTo(reference.gains[name].weighted, 12);
    expect(plain.gain).toBeCloseTo(reference.gains[name].unweighted, 12);
  });
});

it("id3(…, balanced) has entropy 1 at the root and the weighted gain of scikit-learn's entropy criterion", () => {
  const w = classWeights(y, 'balanced');
  const tree = id3(features, y, { classWeight: 'balanced', maxDepth: 1 });
  // Both classes weigh n / 2: exactly 1 bit (numpy 1.0), up to rounding.
  expect(tree.nodes[0].impurity).toBeCloseTo(reference.rootEntropy, 12);
  // A scikit-learn stump (criterion='entropy', class_weight='balanced') on Partner: its gain
  // root − Σ W_child / W · H(child), from its own impurities, to 1e-12.
  const s = reference.sklearnStump;
  const sklearnGain =
    s.impurity[0] -
    (s.weightedNodeSamples[1] / s.weightedNodeSamples[0]) * s.impurity[1] -
    (s.weightedNodeSamples[2] / s.weightedNodeSamples[0]) * s.impurity[2];
  const partner = features[names.indexOf('Partner')];
  expect(categoricalTest(partner.codes, partner.levels, y, all, ones, w).gain).toBeCloseTo(sklearnGain, 12);
});

it('id3(…) splits the root on the feature with the largest (weighted) gain', () => {
  const best = (key: 'weighted' | 'unweighted') =>
    names.reduce((a, b) => (reference.gains[b][key] > reference.gains[a][key] ? b : a));
  const weighted = id3(features, y, { classWeight: 'balanced', maxDepth: 2 });
  const plain = id3(features, y, { maxDepth: 2 });
  expect(names[weighted.nodes[0].split!.feature]).toBe(best('weighted'));
  expect(names[plain.nodes[0].split!.feature]).toBe(best('unweighted'));
});

it('id3(…, balanced) raises every leaf’s churn probability above its churn rate', () => {
  // Churners weigh 1.88, stayers 0.68: a leaf's weighted share of churners exceeds its plain rate.
  const tree = id3(features, y, { classWeight: 'balanced', maxDepth: 3, minLeaf: 20 });
  for (const node of tree.nodes) {
    const rate = node.count[1] / (node.count[0] + node.count[1]);
    const probability = node.weight[1] / (node.weight[0] + node.weight[1]);
    if (rate > 0 && rate < 1) expect(probability).toBeGreaterThan(rate);
  }
  const p = predictChurn(tree, features);
  expect(p.every((v) => v >= 0 && v <= 1)).toBe(true);
});
