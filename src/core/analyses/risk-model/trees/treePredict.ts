import { branchOf, nodeChurnProbability, type DecisionTree, type TreeFeature } from './decisionTree.ts';

/**
 * P(churn) for every row of `features` (the same features, in the same order, as the tree was
 * grown on): the class-weighted churn share of the leaf the row reaches. A row whose tested value
 * is missing, or a category the node never saw, goes down every branch at once and its
 * probability is the average of the branches' weighted by their share of the training cases
 * (Quinlan 1993, §3.4), so the probabilities of the two classes still sum to 1.
 */
export function predictChurn(tree: DecisionTree, features: readonly TreeFeature[]): Float64Array {
  const rows = features.length > 0 ? rowCount(features[0]) : 0;
  const out = new Float64Array(rows);
  if (tree.nodes.length === 0) return out.fill(NaN);
  const nodes = tree.nodes;
  const probability = (id: number, row: number): number => {
    let node = nodes[id];
    while (node.split !== null) {
      const branch = branchOf(node.split, features[node.split.feature], row);
      if (branch < 0) {
        let p = 0;
        for (let b = 0; b < node.children.length; b++) p += node.branchShare[b] * probability(node.children[b], row);
        return p;
      }
      node = nodes[node.children[branch]];
    }
    return nodeChurnProbability(node);
  };
  for (let row = 0; row < rows; row++) out[row] = probability(0, row);
  return out;
}

/** The leaf each row reaches, or −1 where a missing value leaves it between branches. */
export function leafOfRows(tree: DecisionTree, features: readonly TreeFeature[]): Int32Array {
  const rows = features.length > 0 ? rowCount(features[0]) : 0;
  const out = new Int32Array(rows).fill(-1);
  if (tree.nodes.length === 0) return out;
  for (let row = 0; row < rows; row++) {
    let id = 0;
    while (id >= 0 && tree.nodes[id].split !== null) {
      const node = tree.nodes[id];
      const branch = branchOf(node.split!, features[node.split!.feature], row);
      id = branch < 0 ? -1 : node.children[branch];
    }
    out[row] = id;
  }
  return out;
}

function rowCount(feature: TreeFeature): number {
  return feature.kind === 'numeric' ? feature.values.length : feature.codes.length;
}
