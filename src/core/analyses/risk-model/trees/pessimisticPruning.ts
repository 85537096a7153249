import { branchOf, type DecisionTree, type TreeFeature, type TreeNode, type TreeSplit } from './decisionTree.ts';
import { entropy } from './impurity.ts';
import { extraErrors } from './pessimisticErrors.ts';

/**
 * C4.5's error-based pruning (Quinlan 1993, ch. 4; prune.c `EstimateErrors`), bottom-up over the
 * training cases. At each test node, three estimates of the errors on unseen cases:
 *   leaf    — the node made a leaf: its errors E plus extraErrors(N, E) (pessimisticErrors.ts);
 *   subtree — the sum of the (already pruned) branches' estimates;
 *   branch  — its largest branch put in its place, all of the node's cases sent through it
 *             ("subtree raising").
 * The node becomes a leaf if that is no worse than both others + 0.1 errors, else is replaced
 * by its largest branch (re-pruned on all the node's cases) if that is no worse than the
 * subtree + 0.1, else stays. Cases with a missing value go down every branch in the shares of
 * the known cases, as when growing. Errors are counted in cases; a leaf's class is the one with
 * the larger class-weighted share, so class weights change which class a leaf predicts.
 */
export interface PruneOptions {
  /** Confidence factor CF; default 0.25 (C4.5's -c 25). Smaller prunes more. */
  confidence?: number;
  /** Replace a node by its largest branch when that does better (C4.5's default); default true. */
  subtreeRaising?: boolean;
}

interface Working {
  split: TreeSplit | null;
  children: Working[];
  count: [number, number];
  weight: [number, number];
  branchShare: number[];
}

function toWorking(tree: DecisionTree, id: number): Working {
  const node = tree.nodes[id];
  return {
    split: node.split,
    children: node.children.map((child) => toWorking(tree, child)),
    count: [node.count[0], node.count[1]],
    weight: [node.weight[0], node.weight[1]],
    branchShare: node.branchShare.slice(),
  };
}

export function pessimisticPrune(
  tree: DecisionTree,
  features: readonly TreeFeature[],
  y: Uint8Array,
  classWeight: readonly [number, number],
  options: PruneOptions = {},
): DecisionTree {
  if (tree.nodes.length === 0) return tree;
  const cf = options.confidence ?? 0.25;
  const raising = options.subtreeRaising ?? true;

  /** The cases at `node` by branch: a known value goes to its branch, a missing one to all in shares. */
  const route = (node: Working, rows: Int32Array, fraction: Float64Array) => {
    const split = node.split!;
    const feature = features[split.feature];
    const branches = node.children.length;
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
    const share = Array.from(known, (w) => (knownTotal > 0 ? w / knownTotal : 0));
    // One pass: a known value to its branch, a missing one to every branch in the known shares.
    const partRows: number[][] = share.map(() => []);
    const partFraction: number[][] = share.map(() => []);
    for (let k = 0; k < rows.length; k++) {
      const b = branch[k];
      if (b >= 0) {
        partRows[b].push(rows[k]);
        partFraction[b].push(fraction[k]);
        continue;
      }
      for (let c = 0; c < branches; c++) {
        if (share[c] === 0) continue;
        partRows[c].push(rows[k]);
        partFraction[c].push(fraction[k] * share[c]);
      }
    }
    const parts = share.map((_, b) => ({
      rows: Int32Array.from(partRows[b]),
      fraction: Float64Array.from(partFraction[b]),
    }));
    return { share, parts };
  };

  /**
   * The errors a subtree as it stands would be charged for these cases: each case walks down to
   * its leaves (a missing value splits it by the shares stored when growing), then every leaf is
   * charged as a leaf. C4.5 would recompute the shares from these cases; without missing values
   * the two agree, and this walk costs no allocation per node.
   */
  const estimateAsIs = (top: Working, rows: Int32Array, fraction: Float64Array): number => {
    const tallies = new Map<Working, [number, number]>();
    const descend = (start: Working, row: number, weight: number) => {
      let node = start;
      while (node.split !== null) {
        const b = branchOf(node.split, features[node.split.feature], row);
        if (b < 0) {
          for (let c = 0; c < node.children.length; c++) {
            if (node.branchShare[c] > 0) descend(node.children[c], row, weight * node.branchShare[c]);
          }
          return;
        }
        node = node.children[b];
      }
      let tally = tallies.get(node);
      if (!tally) tallies.set(node, (tally = [0, 0]));
      tally[y[row]] += weight;
    };
    for (let k = 0; k < rows.length; k++) descend(top, rows[k], fraction[k]);
    let errors = 0;
    for (const [c0, c1] of tallies.values()) {
      const cases = c0 + c1;
      const leafErrors = c1 * classWeight[1] > c0 * classWeight[0] ? c0 : c1;
      errors += leafErrors + extraErrors(cases, leafErrors, cf);
    }
    return errors;
  };

  /** Prunes `node`'s subtree on these cases (children first) and returns its estimated errors. */
  const estimate = (node: Working, rows: Int32Array, fraction: Float64Array): number => {
    const count: [number, number] = [0, 0];
    for (let k = 0; k < rows.length; k++) count[y[rows[k]]] += fraction[k];
    const cases = count[0] + count[1];
    const predicted = count[1] * classWeight[1] > count[0] * classWeight[0] ? 1 : 0;
    const leafErrors = cases - count[predicted];
    const leafEstimate = leafErrors + extraErrors(cases, leafErrors, cf);
    node.count = count;
    node.weight = [count[0] * classWeight[0], count[1] * classWeight[1]];
    if (node.split === null) return leafEstimate;

    const { share, parts } = route(node, rows, fraction);
    node.branchShare = share;
    let subtree = 0;
    let largest = 0;
    for (let b = 0; b < node.children.length; b++) {
      if (share[b] >= share[largest]) largest = b;
      if (parts[b].rows.length > 0) subtree += estimate(node.children[b], parts[b].rows, parts[b].fraction);
    }

    const branch = raising ? estimateAsIs(node.children[largest], rows, fraction) : Infinity;
    if (leafEstimate <= branch + 0.1 && leafEstimate <= subtree + 0.1) {
      node.split = null;
      node.children = [];
      node.branchShare = [];
      return leafEstimate;
    }
    if (branch <= subtree + 0.1) {
      const raised = node.children[largest];
      const errors = estimate(raised, rows, fraction);
      Object.assign(node, raised);
      return errors;
    }
    return subtree;
  };

  const root = toWorking(tree, 0);
  const rows = new Int32Array(y.length);
  for (let i = 0; i < rows.length; i++) rows[i] = i;
  estimate(root, rows, new Float64Array(y.length).fill(1));

  const nodes: TreeNode[] = [];
  const flatten = (node: Working, parent: number, depth: number): number => {
    const id = nodes.length;
    const flat: TreeNode = {
      parent,
      depth,
      count: node.count,
      weight: node.weight,
      impurity: entropy(node.weight[0], node.weight[1]),
      split: node.split,
      children: [],
      branchShare: node.branchShare,
    };
    nodes.push(flat);
    for (const child of node.children) flat.children.push(flatten(child, id, depth + 1));
    return id;
  };
  flatten(root, -1, 0);
  return { ...tree, nodes };
}
