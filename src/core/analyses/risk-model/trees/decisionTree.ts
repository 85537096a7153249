/**
 * The decision tree as plain data, shared by ID3, C4.5 and CART: an array of nodes in
 * depth-first pre-order (root first, then each child's subtree in branch order), which a chart
 * can draw and a worker can transfer as it is. Classes are binary: 0 = stayed, 1 = churned.
 */

/** A categorical feature: dictionary codes 0 … levels − 1, and −1 for a missing value. */
export interface CategoricalFeature {
  kind: 'categorical';
  codes: Int32Array;
  levels: number;
}

/** A numeric feature; NaN is a missing value. */
export interface NumericFeature {
  kind: 'numeric';
  values: Float64Array;
}

export type TreeFeature = CategoricalFeature | NumericFeature;

/** One child per category present at the node: child k takes the cases with code `codes[k]`. */
export interface CategorySplit {
  kind: 'categories';
  feature: number;
  codes: number[];
}

/** Two children: [value ≤ threshold, value > threshold]. */
export interface ThresholdSplit {
  kind: 'threshold';
  feature: number;
  threshold: number;
}

export type TreeSplit = CategorySplit | ThresholdSplit;

export interface TreeNode {
  parent: number;
  depth: number;
  /**
   * Training cases that reached the node by class, [stayed, churned], before class weights.
   * Fractional under C4.5, where a case with a missing value goes down every branch in part.
   */
  count: [number, number];
  /** The same cases with class (and sample) weights applied: what the criterion and the probabilities use. */
  weight: [number, number];
  /** The criterion at the node over `weight`: entropy in bits (ID3, C4.5) or Gini impurity (CART). */
  impurity: number;
  /** null for a leaf. */
  split: TreeSplit | null;
  children: number[];
  /**
   * Share of the node's cases with a known value that went to each child (by case count). A
   * case whose value is missing, or a category the node never saw, goes down every branch in
   * these proportions (Quinlan 1993, §3.3).
   */
  branchShare: number[];
}

export type TreeAlgorithm = 'id3' | 'c45' | 'cart';

export interface DecisionTree {
  algorithm: TreeAlgorithm;
  criterion: 'entropy' | 'gini';
  nodes: TreeNode[];
}

/** The branch a known value takes, or −1 for a missing value or a category the test has no branch for. */
export function branchOf(split: TreeSplit, feature: TreeFeature, row: number): number {
  if (split.kind === 'threshold') {
    if (feature.kind !== 'numeric') return -1;
    const v = feature.values[row];
    return v !== v ? -1 : v <= split.threshold ? 0 : 1;
  }
  if (feature.kind !== 'categorical') return -1;
  return split.codes.indexOf(feature.codes[row]);
}

/** P(churn) at a node: its class-weighted share of churners, as scikit-learn's `predict_proba`. */
export function nodeChurnProbability(node: TreeNode): number {
  const total = node.weight[0] + node.weight[1];
  return total > 0 ? node.weight[1] / total : 0;
}

/** Churn rate of the cases at a node, without class weights: what a rule reports. */
export function nodeChurnRate(node: TreeNode): number {
  const total = node.count[0] + node.count[1];
  return total > 0 ? node.count[1] / total : 0;
}

export function leafCount(tree: DecisionTree): number {
  let leaves = 0;
  for (const node of tree.nodes) if (node.split === null) leaves++;
  return leaves;
}

export function treeDepth(tree: DecisionTree): number {
  let depth = 0;
  for (const node of tree.nodes) depth = Math.max(depth, node.depth);
  return depth;
}

/**
 * The tree with the given internal nodes turned into leaves and their descendants dropped,
 * renumbered in pre-order. Pruning (cost-complexity, pessimistic) reads it this way.
 */
export function collapseNodes(tree: DecisionTree, collapse: Uint8Array): DecisionTree {
  const nodes: TreeNode[] = [];
  const copy = (old: number, parent: number) => {
    const source = tree.nodes[old];
    const id = nodes.length;
    const leaf = collapse[old] === 1 || source.split === null;
    const node: TreeNode = {
      ...source,
      parent,
      count: [source.count[0], source.count[1]],
      weight: [source.weight[0], source.weight[1]],
      split: leaf ? null : source.split,
      children: [],
      branchShare: leaf ? [] : source.branchShare.slice(),
    };
    nodes.push(node);
    if (!leaf) for (const child of source.children) node.children.push(copy(child, id));
    return id;
  };
  if (tree.nodes.length > 0) copy(0, -1);
  return { ...tree, nodes };
}
