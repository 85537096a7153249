import { categoricalColumns, fitCategoricalView, type CategoricalTerm } from '../encoding/categoricalView.ts';
import {
  labelsAt,
  valuesAt,
  codesAt,
  type FittedModel,
  type ModelSource,
  type RiskModelAdapter,
} from '../encoding/modelSources.ts';
import { fitNumericView, numericColumns, type NumericTerm } from '../encoding/numericView.ts';
import { c45 } from './c45.ts';
import { cart } from './cart.ts';
import type { ClassWeight } from './classWeights.ts';
import { costComplexityPath, pruneAtAlpha, type PruningPath } from './costComplexity.ts';
import type { DecisionTree, TreeFeature } from './decisionTree.ts';
import { id3 } from './id3.ts';
import { predictChurn } from './treePredict.ts';
import { treeRules, type TreeRule } from './treeRules.ts';

/**
 * A decision tree as a risk model (the evaluation fits it on training rows and scores the rest):
 *   id3  — categories; numbers cut into `bins` quantile bins on the training rows;
 *   c45  — categories and numbers natively, missing values weighted through;
 *   cart — numbers (a missing one set to its training mean) and one 0/1 column per level.
 * The fitted model carries the tree, what each of its features is (to word a split or a rule),
 * the rules, and for CART the cost-complexity path of the full tree.
 */
export type TreeAlgorithmName = 'id3' | 'c45' | 'cart';

export interface TreeSettings {
  algorithm: TreeAlgorithmName;
  maxDepth?: number;
  /** ID3 / C4.5: cases two branches must reach (defaults 1 / 2); CART: each leaf (default 1). */
  minLeaf?: number;
  classWeight?: ClassWeight;
  /** ID3: quantile bins per number (default 5). */
  bins?: number;
  /** C4.5: error-based pruning (default true) at confidence `confidence` (default 0.25). */
  prune?: boolean;
  confidence?: number;
  /** CART: cost-complexity pruning at this alpha (default 0: the full tree). */
  ccpAlpha?: number;
}

/** What tree feature f is: a term of the categorical view (ID3), of the numeric view (CART), or a source as it is (C4.5). */
export type TreeTerm =
  CategoricalTerm | NumericTerm | { source: number; name: string; kind: 'native'; levels?: string[] };

export interface FittedTree extends FittedModel {
  settings: TreeSettings;
  tree: DecisionTree;
  terms: TreeTerm[];
  rules: TreeRule[];
  /** CART only: the full tree's pruning path (alpha, total leaf impurity, leaves). */
  pruningPath?: PruningPath;
}

function nativeFeatures(sources: ModelSource[], rows: Int32Array): TreeFeature[] {
  return sources.map((s) =>
    s.kind === 'numeric'
      ? { kind: 'numeric', values: valuesAt(s.values, rows) }
      : { kind: 'categorical', codes: codesAt(s.codes, rows), levels: s.levels.length },
  );
}

export function treeRiskModel(settings: TreeSettings): RiskModelAdapter<FittedTree> {
  return {
    fit(sources, y, rows) {
      const labels = labelsAt(y, rows);
      const common = { maxDepth: settings.maxDepth, classWeight: settings.classWeight };
      let tree: DecisionTree;
      let terms: TreeTerm[];
      let features: (s: ModelSource[], at: Int32Array) => TreeFeature[];
      let pruningPath: PruningPath | undefined;
      if (settings.algorithm === 'cart') {
        const numeric = fitNumericView(sources, rows);
        terms = numeric;
        features = (s, at) => numericColumns(numeric, s, at).map((values) => ({ kind: 'numeric', values }));
        const full = cart(numericColumns(numeric, sources, rows), labels, {
          ...common,
          minSamplesLeaf: settings.minLeaf,
        });
        pruningPath = costComplexityPath(full);
        tree = settings.ccpAlpha ? pruneAtAlpha(full, settings.ccpAlpha) : full;
      } else if (settings.algorithm === 'id3') {
        const view = fitCategoricalView(sources, rows, settings.bins ?? 5);
        terms = view;
        features = (s, at) => categoricalColumns(view, s, at);
        tree = id3(categoricalColumns(view, sources, rows), labels, { ...common, minLeaf: settings.minLeaf });
      } else {
        terms = sources.map((s, source) =>
          s.kind === 'categorical'
            ? { source, name: s.name, kind: 'native', levels: s.levels }
            : { source, name: s.name, kind: 'native' },
        );
        features = nativeFeatures;
        tree = c45(nativeFeatures(sources, rows), labels, {
          ...common,
          minLeaf: settings.minLeaf,
          prune: settings.prune,
          confidence: settings.confidence,
        });
      }
      return {
        settings,
        tree,
        terms,
        rules: treeRules(tree),
        ...(pruningPath ? { pruningPath } : {}),
        predict: (s, at) => predictChurn(tree, features(s, at)),
      };
    },
  };
}
