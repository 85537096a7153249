import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cart, type CartOptions } from '../../../../../src/core/analyses/risk-model/trees/cart.ts';
import { costComplexityPath, pruneAtAlpha } from '../../../../../src/core/analyses/risk-model/trees/costComplexity.ts';
import { leafCount, type DecisionTree } from '../../../../../src/core/analyses/risk-model/trees/decisionTree.ts';
import { predictChurn } from '../../../../../src/core/analyses/risk-model/trees/treePredict.ts';
import { mulberry32 } from '../../../../../src/core/stats/random.ts';
import { telcoChurn, telcoColumns } from '../telcoColumns.ts';
import { fixturePath } from './treeData.ts';

interface SklearnTree {
  childrenLeft: number[];
  childrenRight: number[];
  feature: number[];
  threshold: number[];
  impurity: number[];
  nodeSamples: number[];
  weightedNodeSamples: number[];
  value: number[][];
}
interface Case {
  label: string;
  params: { max_depth: number; min_samples_leaf?: number; class_weight?: 'balanced' };
  tree: SklearnTree;
  probaRows: number[];
  proba: number[];
  path: { alphas: number[]; impurities: number[] };
  /** Halfway between two alphas of the path, so that rounding cannot move it across one. */
  prunedAlpha: number;
  pruned: SklearnTree;
}
const reference: {
  rows: number;
  features: { name: string; column: string; equals?: string }[];
  cases: Case[];
} = JSON.parse(readFileSync(fixturePath('risk-model-trees', 'cart.json'), 'utf8'));

const telco = telcoColumns();
const columns = reference.features.map((f) =>
  Float64Array.from(telco.get(f.column)!, (v) => (f.equals === undefined ? Number(v) : v === f.equals ? 1 : 0)),
);
const y = telcoChurn();

const optionsOf = (c: Case): CartOptions => ({
  maxDepth: c.params.max_depth,
  minSamplesLeaf: c.params.min_samples_leaf ?? 1,
  classWeight: c.params.class_weight ?? 'none',
});

/** Node by node against scikit-learn's arrays (both in pre-order, left child first). */
function expectSameTree(ours: DecisionTree, theirs: SklearnTree) {
  expect(ours.nodes.length).toBe(theirs.feature.length);
  ours.nodes.forEach((node, i) => {
    expect(node.count[0] + node.count[1]).toBe(theirs.nodeSamples[i]);
    // Sums of case weights (class weights 0.68…, 1.88…) in another order: 1e-9 relative.
    expect(node.weight[0]).toBeCloseTo(theirs.value[i][0], 9 - Math.ceil(Math.log10(theirs.value[i][0] + 1)));
    expect(node.weight[1]).toBeCloseTo(theirs.value[i][1], 9 - Math.ceil(Math.log10(theirs.value[i][1] + 1)));
    // Gini from the same weights summed in another order (scikit-learn passes a child the
    // impurity it computed from parent − left sums): 1e-9 with class weights, exact otherwise.
    expect(node.impurity).toBeCloseTo(theirs.impurity[i], 9);
    if (theirs.childrenLeft[i] === -1) {
      expect(node.split).toBeNull();
      return;
    }
    expect(node.split?.kind).toBe('threshold');
    if (node.split?.kind !== 'threshold') return;
    expect(node.split.feature).toBe(theirs.feature[i]);
    // scikit-learn computes thresholds from float32 copies of X: float32 precision, 1e-6 relative.
    expect(Math.abs(node.split.threshold - theirs.threshold[i])).toBeLessThan(
      1e-6 * Math.max(1, Math.abs(theirs.threshold[i])),
    );
    expect(node.children).toEqual([theirs.childrenLeft[i], theirs.childrenRight[i]]);
  });
}

describe('cart(Telco) against scikit-learn 1.2 DecisionTreeClassifier(criterion="gini")', () => {
  for (const c of reference.cases) {
    const tree = cart(columns, y, optionsOf(c));

    it(`cart(…) ${c.label}: the same nodes, splits, impurities and class weights`, () => {
      expectSameTree(tree, c.tree);
    });

    it(`predictChurn(cart(…) ${c.label}) equals predict_proba`, () => {
      const p = predictChurn(
        tree,
        columns.map((values) => ({ kind: 'numeric', values })),
      );
      // Ratios of the same sums: 1e-12.
      c.probaRows.forEach((row, k) => expect(p[row]).toBeCloseTo(c.proba[k], 12));
    });

    it(`costComplexityPath(cart(…) ${c.label}) equals cost_complexity_pruning_path`, () => {
      const path = costComplexityPath(tree);
      expect(path.alphas.length).toBe(c.path.alphas.length);
      // Same formula and order of operations on the same impurities: 1e-12 absolute.
      c.path.alphas.forEach((a, k) => expect(path.alphas[k]).toBeCloseTo(a, 12));
      c.path.impurities.forEach((v, k) => expect(path.impurities[k]).toBeCloseTo(v, 12));
      expect(path.leaves[0]).toBe(leafCount(tree));
      expect(path.leaves[path.leaves.length - 1]).toBe(1);
    });

    it(`pruneAtAlpha(cart(…) ${c.label}, alpha) is DecisionTreeClassifier(ccp_alpha=alpha)`, () => {
      expectSameTree(pruneAtAlpha(tree, c.prunedAlpha), c.pruned);
    });
  }
});

it('costComplexityPath(…) alphas rise and pruning at a larger alpha never keeps more leaves', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 30, max: 300 }), (seed, n) => {
      const random = mulberry32(seed);
      const x = [
        Float64Array.from({ length: n }, () => Math.round(random() * 20)),
        Float64Array.from({ length: n }, random),
      ];
      const labels = Uint8Array.from({ length: n }, (_, i) => (random() < (x[0][i] > 10 ? 0.7 : 0.2) ? 1 : 0));
      const tree = cart(x, labels, { maxDepth: 6 });
      const path = costComplexityPath(tree);
      for (let k = 1; k < path.alphas.length; k++) {
        expect(path.alphas[k]).toBeGreaterThanOrEqual(path.alphas[k - 1] - 1e-15);
        expect(path.leaves[k]).toBeLessThan(path.leaves[k - 1]);
        expect(path.impurities[k]).toBeGreaterThanOrEqual(path.impurities[k - 1] - 1e-12);
        // Pruning at alpha goes on through every step with the same alpha.
        const last = k === path.alphas.length - 1 || path.alphas[k + 1] > path.alphas[k];
        const kept = leafCount(pruneAtAlpha(tree, path.alphas[k]));
        if (last) expect(kept).toBe(path.leaves[k]);
        else expect(kept).toBeLessThan(path.leaves[k]);
      }
      const p = predictChurn(
        tree,
        x.map((values) => ({ kind: 'numeric', values })),
      );
      for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    }),
    { numRuns: 50 },
  );
});

it('cart(…) stops at a pure node, at maxDepth and at minSamplesLeaf', () => {
  const x = [Float64Array.of(1, 2, 3, 4, 5, 6)];
  expect(cart(x, Uint8Array.of(1, 1, 1, 1, 1, 1)).nodes).toHaveLength(1);
  expect(cart(x, Uint8Array.of(0, 1, 0, 1, 0, 1), { maxDepth: 1 }).nodes).toHaveLength(3);
  const leafy = cart(x, Uint8Array.of(0, 1, 0, 1, 0, 1), { minSamplesLeaf: 3 });
  for (const node of leafy.nodes)
    if (node.split === null) expect(node.count[0] + node.count[1]).toBeGreaterThanOrEqual(3);
});
