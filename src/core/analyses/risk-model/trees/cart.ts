import { caseWeights, classWeights, type ClassWeight } from './classWeights.ts';
import type { DecisionTree, TreeNode } from './decisionTree.ts';
import { bestCartSplit, HISTOGRAM_LIMIT, type CartWorkspace } from './cartSplitSearch.ts';
import { gini } from './impurity.ts';
import { rankColumn, rankOrder } from './rankedColumn.ts';

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
  const weights = classWeights(y, options.classWeight);
  const n = y.length;
  const ranked = columns.map(rankColumn);
  let maxBins = 0;
  for (const column of ranked)
    if (column.values.length <= HISTOGRAM_LIMIT) maxBins = Math.max(maxBins, column.values.length);
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const ws: CartWorkspace = {
    y,
    w: caseWeights(y, weights),
    columns: ranked,
    orders: ranked.map((c) => (c.values.length > HISTOGRAM_LIMIT ? rankOrder(c.rank, c.values.length) : null)),
    rows,
    histWeight: new Float64Array(2 * maxBins),
    histCount: new Int32Array(maxBins),
  };
  const goesLeft = new Uint8Array(n);
  const scratch = new Int32Array(n);
  const nodes: TreeNode[] = [];

  /** Stable partition of `array[start, end)` by goesLeft; returns the first right position. */
  const partition = (array: Int32Array, start: number, end: number): number => {
    let left = start;
    let right = 0;
    for (let p = start; p < end; p++) {
      const row = array[p];
      if (goesLeft[row] === 1) array[left++] = row;
      else scratch[right++] = row;
    }
    array.set(scratch.subarray(0, right), left);
    return left;
  };

  const grow = (start: number, end: number, depth: number, parent: number): number => {
    const count: [number, number] = [0, 0];
    const weight: [number, number] = [0, 0];
    for (let p = start; p < end; p++) {
      const row = rows[p];
      count[y[row]]++;
      weight[y[row]] += ws.w[row];
    }
    const id = nodes.length;
    const impurity = gini(weight[0], weight[1]);
    const node: TreeNode = { parent, depth, count, weight, impurity, split: null, children: [], branchShare: [] };
    nodes.push(node);
    const cases = end - start;
    if (depth >= maxDepth || cases < minSplit || cases < 2 * minLeaf || impurity <= Number.EPSILON) return id;
    const split = bestCartSplit(ws, start, end, weight[0], weight[1], minLeaf);
    if (split === null) return id;

    const rank = ranked[split.feature].rank;
    for (let p = start; p < end; p++) goesLeft[rows[p]] = rank[rows[p]] <= split.cut ? 1 : 0;
    const middle = partition(rows, start, end);
    for (const order of ws.orders) if (order !== null) partition(order, start, end);
    node.split = { kind: 'threshold', feature: split.feature, threshold: split.threshold };
    node.branchShare = [(middle - start) / cases, (end - middle) / cases];
    node.children.push(grow(start, middle, depth + 1, id));
    node.children.push(grow(middle, end, depth + 1, id));
    return id;
  };
  if (n > 0) grow(0, n, 0, -1);
  return { algorithm: 'cart', criterion: 'gini', nodes };
}
