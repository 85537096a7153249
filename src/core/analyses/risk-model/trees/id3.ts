import { categoricalTest } from './categoricalGain.ts';
import { classWeights, type ClassWeight } from './classWeights.ts';
import type { CategoricalFeature, DecisionTree, TreeSplit } from './decisionTree.ts';
import { growMultiway, twoBranchesReach } from './multiwayTree.ts';

export interface Id3Options {
  /** Default: no limit. */
  maxDepth?: number;
  /** Default 1 (ID3 has no such limit); see MultiwayOptions.minLeaf. */
  minLeaf?: number;
  /**
   * Default 'none'. 'balanced' is the "weighted entropy" of the course material: each class
   * weighted by n / (2 · n_class), so churners and stayers weigh the same in every entropy, gain
   * and leaf probability (classWeights.ts says exactly how).
   */
  classWeight?: ClassWeight;
}

/**
 * ID3 (Quinlan 1986): at each node, the categorical feature with the highest information gain
 * (ties: the first feature), one branch per category present; a feature is tested at most once
 * on a path. Numbers must be binned into categories first. A node stops when it is pure, at
 * `maxDepth`, or when no test gains information. Missing values (code −1) are handled as in
 * C4.5 (categoricalGain.ts), which ID3 as published did not do.
 */
export function id3(features: readonly CategoricalFeature[], y: Uint8Array, options: Id3Options = {}): DecisionTree {
  const classWeight = classWeights(y, options.classWeight);
  const minLeaf = options.minLeaf ?? 1;
  const choose = (rows: Int32Array, fraction: Float64Array, used: ReadonlySet<number>): TreeSplit | null => {
    let best: TreeSplit | null = null;
    let bestGain = 1e-12;
    for (let f = 0; f < features.length; f++) {
      if (used.has(f)) continue;
      const feature = features[f];
      const test = categoricalTest(feature.codes, feature.levels, y, rows, fraction, classWeight);
      if (!(test.gain > bestGain) || !twoBranchesReach(test.count, minLeaf)) continue;
      bestGain = test.gain;
      const codes: number[] = [];
      for (let v = 0; v < feature.levels; v++) if (test.count[v] > 0) codes.push(v);
      best = { kind: 'categories', feature: f, codes };
    }
    return best;
  };
  return growMultiway('id3', features, y, { maxDepth: options.maxDepth ?? Infinity, minLeaf, classWeight }, choose);
}
