import { categoricalTest } from './categoricalGain.ts';
import { classWeights, type ClassWeight } from './classWeights.ts';
import { continuousTest, rowRanks } from './continuousTest.ts';
import type { DecisionTree, TreeFeature, TreeSplit } from './decisionTree.ts';
import { growMultiway, twoBranchesReach } from './multiwayTree.ts';
import { pessimisticPrune, type PruneOptions } from './pessimisticPruning.ts';

export interface C45Options extends PruneOptions {
  maxDepth?: number;
  /** Default 2 (C4.5's -m 2); see MultiwayOptions.minLeaf. */
  minLeaf?: number;
  classWeight?: ClassWeight;
  /** Error-based pruning after growing; default true. */
  prune?: boolean;
}

// C4.5's defns.i: Epsilon 1E-3.
const EPSILON = 1e-3;

/**
 * C4.5 (Quinlan 1993): multiway tests on categorical features, binary thresholds on numeric ones
 * (continuousTest.ts), chosen by gain ratio among the tests whose gain is at least the average
 * gain of all admissible tests (§2.2: the ratio alone favours tests with a tiny split
 * information); missing values weighted through (categoricalGain.ts, multiwayTree.ts); then
 * error-based pruning with CF = 0.25 (pessimisticPruning.ts).
 */
export function c45(features: readonly TreeFeature[], y: Uint8Array, options: C45Options = {}): DecisionTree {
  const classWeight = classWeights(y, options.classWeight);
  const minLeaf = options.minLeaf ?? 2;
  const ranks = features.map((f) => (f.kind === 'numeric' ? rowRanks(f.values) : null));
  const choose = (rows: Int32Array, fraction: Float64Array, used: ReadonlySet<number>): TreeSplit | null => {
    const tests: { split: TreeSplit; gain: number; splitInfo: number }[] = [];
    for (let f = 0; f < features.length; f++) {
      const feature = features[f];
      if (feature.kind === 'categorical') {
        if (used.has(f)) continue;
        const test = categoricalTest(feature.codes, feature.levels, y, rows, fraction, classWeight);
        if (!twoBranchesReach(test.count, minLeaf)) continue;
        const codes: number[] = [];
        for (let v = 0; v < feature.levels; v++) if (test.count[v] > 0) codes.push(v);
        tests.push({ split: { kind: 'categories', feature: f, codes }, gain: test.gain, splitInfo: test.splitInfo });
      } else {
        const test = continuousTest(ranks[f]!, y, rows, fraction, classWeight, minLeaf);
        if (test === null) continue;
        tests.push({
          split: { kind: 'threshold', feature: f, threshold: test.threshold },
          gain: test.gain,
          splitInfo: test.splitInfo,
        });
      }
    }
    if (tests.length === 0) return null;
    let average = 0;
    for (const test of tests) average += test.gain;
    average /= tests.length;
    let best: (typeof tests)[number] | null = null;
    let bestRatio = -Infinity;
    for (const test of tests) {
      // C4.5's build.c: a test qualifies with gain ≥ average − ε and split information > ε.
      if (test.gain < average - EPSILON || test.splitInfo <= EPSILON) continue;
      const ratio = test.gain / test.splitInfo;
      if (ratio > bestRatio) {
        bestRatio = ratio;
        best = test;
      }
    }
    return best !== null && best.gain > 1e-12 ? best.split : null;
  };
  const grown = growMultiway(
    'c45',
    features,
    y,
    { maxDepth: options.maxDepth ?? Infinity, minLeaf, classWeight },
    choose,
  );
  return options.prune === false ? grown : pessimisticPrune(grown, features, y, classWeight, options);
}
