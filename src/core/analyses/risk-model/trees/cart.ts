import { classWeights, type ClassWeight } from './classWeights.ts';
import type { DecisionTree, TreeNode } from './decisionTree.ts';
import { bestCartSplit, hasCloseValues, type CartWorkspace } from './cartSplitSearch.ts';
import { gini } from './impurity.ts';
import { rankColumn } from './rankedColumn.ts';

export interface CartOptions {
  /** Default: no limit (scikit-learn's max_depth=None). */
  maxDepth?: number;
  /** Cases each child must keep; default 1. */
  minSamplesLeaf?: number;
  /** Cases a node needs to be split; default 2. */
  minSamplesSplit?: number;
  classWeight?: ClassWeight;
}

/**
 * CART classification tree (Breiman et al. 1984): binary splits `x ≤ t` on numeric columns
 * (categories one-hot encoded by the caller), Gini impurity, grown depth first to the limits
 * with the stopping rules of scikit-learn's `DepthFirstTreeBuilder`: a node is a leaf at
 * `maxDepth`, below `minSamplesSplit` or 2 · `minSamplesLeaf` cases, when pure, or when no
 * split keeps `minSamplesLeaf` on both sides; otherwise it is split even when the best split
 * does not lower the impurity, as scikit-learn does. Nodes come out in scikit-learn's order
 * (pre-order, left child first), so `cost_complexity_pruning_path` can be compared step by step.
 *
 * Columns must hold no NaN: impute or drop missing values first.
 */
export function cart(columns: readonly Float64Array[], y: Uint8Array, options: CartOptions = {}): DecisionTree {
  const maxDepth = options.maxDepth ?? Infinity;
  const minLeaf = Math.max(1, options.minSamplesLeaf ?? 1);
  const minSplit = Math.max(2, options.minSamplesSplit ?? 2);
  const [w0, w1] = classWeights(y, options.classWeight);
  const n = y.length;
  const ranked = columns.map(rankColumn);
  const ws: CartWorkspace = {
    values: ranked.map((c) => c.values),
    orders: ranked.map((c) => c.order),
    packed: ranked.map((c) => {
      const packed = new Int32Array(n);
      for (let p = 0; p < n; p++) packed[p] = (c.sortedRank[p] << 1) | y[c.order[p]];
      return packed;
    }),
    close: Uint8Array.from(ranked, (c) => (hasCloseValues(c.values) ? 1 : 0)),
    w0,
    w1,
  };
  const goesLeft = new Uint8Array(n);
  const scratchRows = new Int32Array(n);
  const scratchPacked = new Int32Array(n);
  const nodes: TreeNode[] = [];

  /** Stable partition of one feature's segment by goesLeft. */
  const partition = (order: Int32Array, packed: Int32Array, start: number, end: number) => {
    let left = start;
    let right = 0;
    for (let p = start; p < end; p++) {
      const row = order[p];
      if (goesLeft[row] === 1) {
        order[left] = row;
        packed[left++] = packed[p];
      } else {
        scratchRows[right] = row;
        scratchPacked[right++] = packed[p];
      }
    }
    order.set(scratchRows.subarray(0, right), left);
    packed.set(scratchPacked.subarray(0, right), left);
  };

  /** scikit-learn's leaf rules that need no split search. */
  const stops = (depth: number, count0: number, count1: number) => {
    const cases = count0 + count1;
    return depth >= maxDepth || cases < minSplit || cases < 2 * minLeaf || count0 === 0 || count1 === 0;
  };

  const grow = (start: number, end: number, depth: number, parent: number, count0: number, count1: number): number => {
    // Class weights summed case by case, as scikit-learn sums them.
    let weight0 = 0;
    let weight1 = 0;
    for (let k = 0; k < count0; k++) weight0 += w0;
    for (let k = 0; k < count1; k++) weight1 += w1;
    const impurity = gini(weight0, weight1);
    const node: TreeNode = {
      parent,
      depth,
      count: [count0, count1],
      weight: [weight0, weight1],
      impurity,
      split: null,
      children: [],
      branchShare: [],
    };
    const id = nodes.length;
    nodes.push(node);
    if (stops(depth, count0, count1) || impurity <= Number.EPSILON) return id;
    const split = bestCartSplit(ws, start, end, weight0, weight1, minLeaf);
    if (split === null) return id;

    const cases = end - start;
    const middle = start + split.left0 + split.left1;
    const right0 = count0 - split.left0;
    const right1 = count1 - split.left1;
    // Leaves need no rows: when both children stop at once, skip the partition.
    if (!stops(depth + 1, split.left0, split.left1) || !stops(depth + 1, right0, right1)) {
      const order = ws.orders[split.feature];
      const packed = ws.packed[split.feature];
      for (let p = start; p < end; p++) goesLeft[order[p]] = packed[p] >> 1 <= split.cut ? 1 : 0;
      for (let f = 0; f < columns.length; f++) partition(ws.orders[f], ws.packed[f], start, end);
    }
    node.split = { kind: 'threshold', feature: split.feature, threshold: split.threshold };
    node.branchShare = [(middle - start) / cases, (end - middle) / cases];
    node.children.push(grow(start, middle, depth + 1, id, split.left0, split.left1));
    node.children.push(grow(middle, end, depth + 1, id, right0, right1));
    return id;
  };
  let churners = 0;
  for (let i = 0; i < n; i++) churners += y[i];
  if (n > 0) grow(0, n, 0, -1, n - churners, churners);
  return { algorithm: 'cart', criterion: 'gini', nodes };
}
