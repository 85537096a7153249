/**
 * The best binary split of one CART node over all features, by Gini, computed as scikit-learn's
 * `BestSplitter` with the `Gini` criterion does (sklearn/tree/_splitter.pyx, _criterion.pyx):
 * every threshold between two adjacent distinct values is tried, each side must keep `minLeaf`
 * cases, and the split that maximises the proxy −(W_R · Gini_R + W_L · Gini_L) wins, with
 * Gini = 1 − Σ W_c² / W² and the class weights summed one case at a time, as there. On a tie the
 * earlier feature and the lower threshold win (scikit-learn breaks ties between features by its
 * random feature order instead). The threshold is the midpoint of the two values, or the lower
 * one where the midpoint rounds onto the upper.
 *
 * Each feature keeps its rows in presorted order (rankedColumn.ts), partitioned node by node so
 * that a node's rows are one contiguous segment in every feature; next to the order, `packed`
 * holds rank · 2 + class for each position, so a node's scan reads one array front to back.
 */
export interface CartWorkspace {
  /** Distinct values per feature, ascending. */
  values: Float64Array[];
  /** Rows per feature by ascending value, node segments [start, end) aligned across features. */
  orders: Int32Array[];
  /** rank · 2 + class at each position of `orders`. */
  packed: Int32Array[];
  /** Class weights [stayed, churned]. */
  w0: number;
  w1: number;
}

export interface CartSplit {
  feature: number;
  /** Rank of the largest value that goes left. */
  cut: number;
  threshold: number;
  /** Cases of each class that go left. */
  left0: number;
  left1: number;
}

export function bestCartSplit(
  ws: CartWorkspace,
  start: number,
  end: number,
  total0: number,
  total1: number,
  minLeaf: number,
): CartSplit | null {
  const { w0, w1 } = ws;
  const total = total0 + total1;
  const n = end - start;
  let bestProxy = -Infinity;
  let bestFeature = -1;
  let bestCut = 0;
  let bestNext = 0;
  let bestLeft0 = 0;
  let bestLeft1 = 0;
  for (let f = 0; f < ws.packed.length; f++) {
    const packed = ws.packed[f];
    if (packed[start] >> 1 === packed[end - 1] >> 1) continue;
    let left0 = 0;
    let left1 = 0;
    let count0 = 0;
    let count1 = 0;
    for (let p = start; p < end - 1; p++) {
      const v = packed[p];
      if (v & 1) {
        left1 += w1;
        count1++;
      } else {
        left0 += w0;
        count0++;
      }
      const next = packed[p + 1] >> 1;
      if (next === v >> 1) continue;
      const nLeft = count0 + count1;
      if (nLeft < minLeaf || n - nLeft < minLeaf) continue;
      const leftW = left0 + left1;
      const rightW = total - leftW;
      const right0 = total0 - left0;
      const right1 = total1 - left1;
      const giniLeft = 1 - (left0 * left0 + left1 * left1) / (leftW * leftW);
      const giniRight = 1 - (right0 * right0 + right1 * right1) / (rightW * rightW);
      const proxy = -rightW * giniRight - leftW * giniLeft;
      if (proxy > bestProxy) {
        bestProxy = proxy;
        bestFeature = f;
        bestCut = v >> 1;
        bestNext = next;
        bestLeft0 = count0;
        bestLeft1 = count1;
      }
    }
  }
  if (bestFeature < 0) return null;
  const values = ws.values[bestFeature];
  let threshold = values[bestCut] / 2 + values[bestNext] / 2;
  if (threshold === values[bestNext] || !Number.isFinite(threshold)) threshold = values[bestCut];
  return { feature: bestFeature, cut: bestCut, threshold, left0: bestLeft0, left1: bestLeft1 };
}
