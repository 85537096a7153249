/**
 * The best binary split of one CART node over all features, by Gini, computed as scikit-learn's
 * `BestSplitter` with the `Gini` criterion does (sklearn/tree/_splitter.pyx, _criterion.pyx):
 * every threshold between two adjacent distinct values is tried, each side must keep `minLeaf`
 * cases, and the split that maximises the proxy −(W_R · Gini_R + W_L · Gini_L) wins, with
 * Gini = 1 − Σ W_c² / W² and the class weights summed one case at a time, as there. On a tie the
 * earlier feature and the lower threshold win (scikit-learn breaks ties between features by its
 * random feature order instead). As there, two values that lie within FEATURE_THRESHOLD = 1e-7 of
 * each other in float32 arithmetic (scikit-learn holds X and the constant as float32) are not
 * split between, and a feature whose values in the node all lie that close counts as constant.
 * The threshold is the midpoint of the two values, or the lower one where the midpoint rounds
 * onto the upper.
 *
 * Each feature keeps its rows in presorted order (rankedColumn.ts), partitioned node by node so
 * that a node's rows are one contiguous segment in every feature; next to the order, `packed`
 * holds rank · 2 + class for each position, so a node's scan reads one array front to back.
 */
/** scikit-learn's `cdef DTYPE_t FEATURE_THRESHOLD = 1e-7` (_splitter.pyx), a float32. */
const FEATURE_THRESHOLD = Math.fround(1e-7);

/** b ≤ a + FEATURE_THRESHOLD evaluated in float32, as scikit-learn's `Xf[p + 1] <= Xf[p] + FEATURE_THRESHOLD`. */
function inseparable(a: number, b: number): boolean {
  return Math.fround(b) <= Math.fround(Math.fround(a) + FEATURE_THRESHOLD);
}

/** Whether any two adjacent distinct values are inseparable: if none, no two values of a node are. */
export function hasCloseValues(values: Float64Array): boolean {
  for (let r = 0; r + 1 < values.length; r++) if (inseparable(values[r], values[r + 1])) return true;
  return false;
}

export interface CartWorkspace {
  /** Distinct values per feature, ascending. */
  values: Float64Array[];
  /** Rows per feature by ascending value, node segments [start, end) aligned across features. */
  orders: Int32Array[];
  /** rank · 2 + class at each position of `orders`. */
  packed: Int32Array[];
  /** Per feature, 1 when some two adjacent distinct values are inseparable (see FEATURE_THRESHOLD). */
  close: Uint8Array;
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
  const unit = w0 === 1 && w1 === 1;
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
    const values = ws.values[f];
    const close = ws.close[f] === 1;
    if (close && inseparable(values[packed[start] >> 1], values[packed[end - 1] >> 1])) continue;
    // Without class weights the sums are the counts, exactly: no additions needed.
    let left0 = 0;
    let left1 = 0;
    let count1 = 0;
    for (let p = start; p < end - 1; p++) {
      const v = packed[p];
      const c = v & 1;
      count1 += c;
      if (!unit) {
        if (c) left1 += w1;
        else left0 += w0;
      }
      const next = packed[p + 1] >> 1;
      if (next === v >> 1 || (close && inseparable(values[v >> 1], values[next]))) continue;
      const nLeft = p - start + 1;
      if (nLeft < minLeaf || n - nLeft < minLeaf) continue;
      const l0 = unit ? nLeft - count1 : left0;
      const l1 = unit ? count1 : left1;
      const leftW = l0 + l1;
      const rightW = total - leftW;
      const r0 = total0 - l0;
      const r1 = total1 - l1;
      const giniLeft = 1 - (l0 * l0 + l1 * l1) / (leftW * leftW);
      const giniRight = 1 - (r0 * r0 + r1 * r1) / (rightW * rightW);
      const proxy = -rightW * giniRight - leftW * giniLeft;
      if (proxy > bestProxy) {
        bestProxy = proxy;
        bestFeature = f;
        bestCut = v >> 1;
        bestNext = next;
        bestLeft0 = nLeft - count1;
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
