import type { RankedColumn } from './rankedColumn.ts';

/**
 * The best binary split of one CART node over all features, by Gini, computed exactly as
 * scikit-learn's `BestSplitter` with the `Gini` criterion does (sklearn/tree/_splitter.pyx,
 * _criterion.pyx): every threshold between two adjacent distinct values is tried, each side must
 * keep `minLeaf` cases, and the split that maximises the proxy −(W_L · Gini_L + W_R · Gini_R)
 * wins; on a tie the earlier feature and the lower threshold (scikit-learn breaks ties between
 * features by its random feature order instead). The threshold is the midpoint of the two
 * values, or the lower one where the midpoint rounds onto the upper.
 *
 * Per node and feature the work is linear in the node's cases: a column with at most
 * HISTOGRAM_LIMIT distinct values is tallied into a histogram over its ranks, any other is read
 * in its presorted order, which cart.ts keeps partitioned node by node.
 */
export const HISTOGRAM_LIMIT = 1024;

export interface CartWorkspace {
  y: Uint8Array;
  /** Case weights (class weight of the case's class). */
  w: Float64Array;
  columns: RankedColumn[];
  /** Row order by rank for columns read presorted, aligned with `rows`' node segments; null for histogram columns. */
  orders: (Int32Array | null)[];
  /** The rows of each node, contiguous: node segments [start, end). */
  rows: Int32Array;
  histWeight: Float64Array;
  histCount: Int32Array;
}

export interface CartSplit {
  feature: number;
  /** Rank of the largest value that goes left. */
  cut: number;
  threshold: number;
  proxy: number;
}

export function bestCartSplit(
  ws: CartWorkspace,
  start: number,
  end: number,
  total0: number,
  total1: number,
  minLeaf: number,
): CartSplit | null {
  const { y, w, rows, histWeight, histCount } = ws;
  const total = total0 + total1;
  const n = end - start;
  let best: CartSplit | null = null;
  let bestProxy = -Infinity;

  const consider = (
    f: number,
    left0: number,
    left1: number,
    leftW: number,
    nLeft: number,
    low: number,
    high: number,
  ) => {
    if (nLeft < minLeaf || n - nLeft < minLeaf) return;
    const rightW = total - leftW;
    const right0 = total0 - left0;
    const right1 = total1 - left1;
    const giniLeft = 1 - (left0 * left0 + left1 * left1) / (leftW * leftW);
    const giniRight = 1 - (right0 * right0 + right1 * right1) / (rightW * rightW);
    const proxy = -rightW * giniRight - leftW * giniLeft;
    if (proxy > bestProxy) {
      bestProxy = proxy;
      const values = ws.columns[f].values;
      let threshold = values[low] / 2 + values[high] / 2;
      if (threshold === values[high] || !Number.isFinite(threshold)) threshold = values[low];
      best = { feature: f, cut: low, threshold, proxy };
    }
  };

  for (let f = 0; f < ws.columns.length; f++) {
    const rank = ws.columns[f].rank;
    const order = ws.orders[f];
    let left0 = 0;
    let left1 = 0;
    let nLeft = 0;
    if (order !== null) {
      if (rank[order[start]] === rank[order[end - 1]]) continue;
      for (let p = start; p < end - 1; p++) {
        const row = order[p];
        if (y[row] === 1) left1 += w[row];
        else left0 += w[row];
        nLeft++;
        const r = rank[row];
        const next = rank[order[p + 1]];
        if (next !== r) consider(f, left0, left1, left0 + left1, nLeft, r, next);
      }
      continue;
    }
    let lowest = Infinity;
    let highest = -1;
    for (let p = start; p < end; p++) {
      const row = rows[p];
      const r = rank[row];
      histWeight[2 * r + y[row]] += w[row];
      histCount[r]++;
      if (r < lowest) lowest = r;
      if (r > highest) highest = r;
    }
    if (lowest < highest) {
      let previous = -1;
      for (let r = lowest; r <= highest; r++) {
        if (histCount[r] === 0) continue;
        if (previous >= 0) consider(f, left0, left1, left0 + left1, nLeft, previous, r);
        left0 += histWeight[2 * r];
        left1 += histWeight[2 * r + 1];
        nLeft += histCount[r];
        previous = r;
      }
    }
    for (let r = lowest; r <= highest; r++) {
      histWeight[2 * r] = 0;
      histWeight[2 * r + 1] = 0;
      histCount[r] = 0;
    }
  }
  return best;
}
