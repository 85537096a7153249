import {
  branchOf,
  type DecisionTree,
  type TreeAlgorithm,
  type TreeFeature,
  type TreeNode,
  type TreeSplit,
} from './decisionTree.ts';
import { entropy } from './impurity.ts';

/**
 * Top-down induction of a tree whose tests have one branch per category, or two for a
 * threshold (Quinlan's TDIDT, shared by ID3 and C4.5; the algorithm picks the test). Every case
 * carries a fraction, 1 at the root: a case whose tested value is missing goes down every branch
 * with its fraction times the branch's share of the known cases (Quinlan 1993, §3.3).
 */
export interface MultiwayOptions {
  /** Depth of the deepest split + 1; the root is depth 0. */
  maxDepth: number;
  /** A test must send at least this many cases (unweighted) to at least two branches (C4.5's -m). */
  minLeaf: number;
  classWeight: readonly [number, number];
}

/** Picks a node's test, or null to stop; `usedCategorical` holds the categorical features tested above. */
export type ChooseTest = (
  rows: Int32Array,
  fraction: Float64Array,
  usedCategorical: ReadonlySet<number>,
) => TreeSplit | null;

/** True when at least two of the counts reach `minLeaf`. */
export function twoBranchesReach(counts: ArrayLike<number>, minLeaf: number): boolean {
  let reaching = 0;
  for (let k = 0; k < counts.length; k++) if (counts[k] >= minLeaf && counts[k] > 0) reaching++;
  return reaching >= 2;
}

export function growMultiway(
  algorithm: TreeAlgorithm,
  features: readonly TreeFeature[],
  y: Uint8Array,
  options: MultiwayOptions,
  choose: ChooseTest,
): DecisionTree {
  const nodes: TreeNode[] = [];
  const { classWeight, maxDepth, minLeaf } = options;

  const grow = (rows: Int32Array, fraction: Float64Array, parent: number, depth: number, used: Set<number>): number => {
    const count: [number, number] = [0, 0];
    for (let k = 0; k < rows.length; k++) count[y[rows[k]]] += fraction[k];
    const weight: [number, number] = [count[0] * classWeight[0], count[1] * classWeight[1]];
    const id = nodes.length;
    const node: TreeNode = {
      parent,
      depth,
      count,
      weight,
      impurity: entropy(weight[0], weight[1]),
      split: null,
      children: [],
      branchShare: [],
    };
    nodes.push(node);
    if (depth >= maxDepth || count[0] === 0 || count[1] === 0 || count[0] + count[1] < 2 * minLeaf) return id;
    const split = choose(rows, fraction, used);
    if (split === null) return id;

    const feature = features[split.feature];
    const branches = split.kind === 'threshold' ? 2 : split.codes.length;
    const branch = new Int32Array(rows.length);
    const known = new Float64Array(branches);
    let knownTotal = 0;
    for (let k = 0; k < rows.length; k++) {
      branch[k] = branchOf(split, feature, rows[k]);
      if (branch[k] >= 0) {
        known[branch[k]] += fraction[k];
        knownTotal += fraction[k];
      }
    }
    const share = Array.from(known, (w) => w / knownTotal);
    const childRows: number[][] = Array.from({ length: branches }, () => []);
    const childFraction: number[][] = Array.from({ length: branches }, () => []);
    for (let k = 0; k < rows.length; k++) {
      const b = branch[k];
      if (b >= 0) {
        childRows[b].push(rows[k]);
        childFraction[b].push(fraction[k]);
      } else {
        for (let c = 0; c < branches; c++) {
          if (share[c] === 0) continue;
          childRows[c].push(rows[k]);
          childFraction[c].push(fraction[k] * share[c]);
        }
      }
    }
    node.split = split;
    node.branchShare = share;
    const below = new Set(used);
    if (feature.kind === 'categorical') below.add(split.feature);
    for (let c = 0; c < branches; c++) {
      node.children.push(
        grow(Int32Array.from(childRows[c]), Float64Array.from(childFraction[c]), id, depth + 1, below),
      );
    }
    return id;
  };

  const all = new Int32Array(y.length);
  for (let i = 0; i < all.length; i++) all[i] = i;
  if (y.length > 0) grow(all, new Float64Array(y.length).fill(1), -1, 0, new Set());
  return { algorithm, criterion: 'entropy', nodes };
}
