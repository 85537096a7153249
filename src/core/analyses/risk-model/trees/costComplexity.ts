import { collapseNodes, type DecisionTree } from './decisionTree.ts';

/**
 * Minimal cost-complexity pruning (Breiman et al. 1984, ch. 3), step for step as scikit-learn's
 * `_cost_complexity_prune` (sklearn/tree/_tree.pyx). R(t) = W_t / W_root · impurity(t); a
 * branch's R is the sum over its leaves. Repeatedly the internal node with the smallest
 * effective alpha (R(t) − R(branch)) / (leaves − 1) — the first in node order on a tie — is
 * collapsed into a leaf; the path records each alpha and the total leaf impurity after it.
 */
export interface PruningPath {
  /** Effective alphas, the first 0 (the full tree), ascending. */
  alphas: Float64Array;
  /** Σ R over the leaves of the tree pruned at each alpha. */
  impurities: Float64Array;
  /** Leaves of the tree pruned at each alpha. */
  leaves: Int32Array;
}

interface Step {
  alpha: number;
  impurity: number;
  leaves: number;
  collapsed: number;
}

/** Runs the weakest-link pruning; `stopAbove` ends it before the first alpha greater than it. */
function weakestLinks(tree: DecisionTree, stopAbove = Infinity): { steps: Step[]; collapse: Uint8Array } {
  const nodes = tree.nodes;
  const count = nodes.length;
  const collapse = new Uint8Array(count);
  if (count === 0) return { steps: [], collapse };
  const weightOf = (i: number) => nodes[i].weight[0] + nodes[i].weight[1];
  const total = weightOf(0);
  const rNode = new Float64Array(count);
  for (let i = 0; i < count; i++) rNode[i] = (weightOf(i) * nodes[i].impurity) / total;
  const rBranch = new Float64Array(count);
  const leaves = new Int32Array(count);
  const isLeaf = new Uint8Array(count);
  for (let i = 0; i < count; i++) {
    if (nodes[i].split !== null) continue;
    isLeaf[i] = 1;
    rBranch[i] = rNode[i];
    for (let j = i; j !== 0; j = nodes[j].parent) {
      rBranch[nodes[j].parent] += rNode[i];
      leaves[nodes[j].parent]++;
    }
  }
  const candidate = new Uint8Array(count);
  for (let i = 0; i < count; i++) candidate[i] = isLeaf[i] ? 0 : 1;
  const inTree = new Uint8Array(count).fill(1);
  const steps: Step[] = [{ alpha: 0, impurity: rBranch[0], leaves: Math.max(1, leaves[0]), collapsed: -1 }];
  while (candidate[0] === 1) {
    let alpha = Number.MAX_VALUE;
    let weakest = -1;
    for (let i = 0; i < count; i++) {
      if (candidate[i] === 0) continue;
      const a = (rNode[i] - rBranch[i]) / (leaves[i] - 1);
      if (a < alpha) {
        alpha = a;
        weakest = i;
      }
    }
    if (alpha > stopAbove) break;
    const stack = [weakest];
    while (stack.length > 0) {
      const i = stack.pop()!;
      if (inTree[i] === 0) continue;
      candidate[i] = 0;
      inTree[i] = 0;
      for (const child of nodes[i].children) stack.push(child);
    }
    inTree[weakest] = 1;
    collapse[weakest] = 1;
    const removed = leaves[weakest] - 1;
    leaves[weakest] = 0;
    const difference = rNode[weakest] - rBranch[weakest];
    rBranch[weakest] = rNode[weakest];
    for (let j = nodes[weakest].parent; j !== -1; j = nodes[j].parent) {
      leaves[j] -= removed;
      rBranch[j] += difference;
    }
    steps.push({ alpha, impurity: rBranch[0], leaves: Math.max(1, leaves[0]), collapsed: weakest });
  }
  return { steps, collapse };
}

/** scikit-learn's `cost_complexity_pruning_path` of a grown CART tree. */
export function costComplexityPath(tree: DecisionTree): PruningPath {
  const { steps } = weakestLinks(tree);
  return {
    alphas: Float64Array.from(steps, (s) => s.alpha),
    impurities: Float64Array.from(steps, (s) => s.impurity),
    leaves: Int32Array.from(steps, (s) => s.leaves),
  };
}

/** The subtree scikit-learn keeps for `ccp_alpha = alpha`: pruned while the effective alpha ≤ alpha. */
export function pruneAtAlpha(tree: DecisionTree, alpha: number): DecisionTree {
  return collapseNodes(tree, weakestLinks(tree, alpha).collapse);
}
