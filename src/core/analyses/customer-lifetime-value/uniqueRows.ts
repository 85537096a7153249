/**
 * Customers collapsed to their distinct (x, t_x, T) with a weight each: the BG/NBD and Pareto/NBD
 * likelihoods depend on a customer only through those three numbers, so identical rows are one
 * term times its count. A million customers with daily dates over two years have far fewer
 * distinct rows, and the distinct x, t_x and T values are fewer still: per-evaluation terms in
 * one of them (log Γ of x, ln(α + T)) are computed once per distinct value.
 */

export interface UniqueRows {
  rows: number;
  weight: Float64Array;
  /** Distinct values of x, t_x and T, and each row's index into them. */
  xValues: Float64Array;
  xIndex: Int32Array;
  txValues: Float64Array;
  txIndex: Int32Array;
  tValues: Float64Array;
  tIndex: Int32Array;
  /** Customer → its row; −1 for a customer left out (x, t_x or T missing or inconsistent). */
  rowOf: Int32Array;
  /** Customers kept (the sum of the weights) and left out. */
  customers: number;
  leftOut: number;
}

function distinct(values: Float64Array, keep: Uint8Array): { values: Float64Array; index: Int32Array } {
  const position = new Map<number, number>();
  const index = new Int32Array(values.length).fill(-1);
  const found: number[] = [];
  for (let i = 0; i < values.length; i++) {
    if (!keep[i]) continue;
    const v = values[i];
    let k = position.get(v);
    if (k === undefined) {
      k = found.length;
      position.set(v, k);
      found.push(v);
    }
    index[i] = k;
  }
  return { values: Float64Array.from(found), index };
}

/**
 * A customer is kept when x is a whole number ≥ 0, 0 ≤ t_x ≤ T, T > 0, and t_x = 0 when x = 0
 * (a customer seen on the as-of day only has T = 0 and says nothing about rates: left out).
 */
export function uniqueRows(x: Float64Array, tx: Float64Array, T: Float64Array): UniqueRows {
  const n = x.length;
  const keep = new Uint8Array(n);
  let leftOut = 0;
  for (let i = 0; i < n; i++) {
    const ok =
      x[i] >= 0 && Number.isInteger(x[i]) && tx[i] >= 0 && T[i] > 0 && tx[i] <= T[i] && (x[i] > 0 || tx[i] === 0);
    if (ok) keep[i] = 1;
    else leftOut++;
  }
  const xs = distinct(x, keep);
  const txs = distinct(tx, keep);
  const ts = distinct(T, keep);
  const nx = xs.values.length;
  const ntx = txs.values.length;
  const rowOf = new Int32Array(n).fill(-1);
  const rowOfKey = new Map<number, number>();
  const weight: number[] = [];
  const xIndex: number[] = [];
  const txIndex: number[] = [];
  const tIndex: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    // At most 2^53 keys: exact while distinct x · t_x · T counts stay below 9e15.
    const key = (ts.index[i] * ntx + txs.index[i]) * nx + xs.index[i];
    let row = rowOfKey.get(key);
    if (row === undefined) {
      row = weight.length;
      rowOfKey.set(key, row);
      weight.push(0);
      xIndex.push(xs.index[i]);
      txIndex.push(txs.index[i]);
      tIndex.push(ts.index[i]);
    }
    weight[row]++;
    rowOf[i] = row;
  }
  return {
    rows: weight.length,
    weight: Float64Array.from(weight),
    xValues: xs.values,
    xIndex: Int32Array.from(xIndex),
    txValues: txs.values,
    txIndex: Int32Array.from(txIndex),
    tValues: ts.values,
    tIndex: Int32Array.from(tIndex),
    rowOf,
    customers: n - leftOut,
    leftOut,
  };
}
