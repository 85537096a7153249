/**
 * Customers collapsed to their distinct (x, t_x, T) with a weight each: the BG/NBD and Pareto/NBD
 * likelihoods depend on a customer only through those three numbers, so identical rows are one
 * term times its count. A million customers with daily dates over two years have far fewer
 * distinct rows, and the distinct x, t_x and T values are fewer still: per-evaluation terms in
 * one of them (log Γ of x, ln(α + T)) are computed once per distinct value.
 */
import { distinctValues } from './distinctValues.ts';

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
  const xs = distinctValues(x, keep);
  const txs = distinctValues(tx, keep);
  const ts = distinctValues(T, keep);
  const nx = xs.values.length;
  const ntx = txs.values.length;
  // One number per customer for its (T, t_x, x): exact while distinct counts multiply below 2^53.
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) if (keep[i]) key[i] = (ts.index[i] * ntx + txs.index[i]) * nx + xs.index[i];
  const rows = distinctValues(key, keep);
  const rowCount = rows.values.length;
  const weight = new Float64Array(rowCount);
  const xIndex = new Int32Array(rowCount);
  const txIndex = new Int32Array(rowCount);
  const tIndex = new Int32Array(rowCount);
  for (let i = 0; i < n; i++) {
    const row = rows.index[i];
    if (row < 0) continue;
    weight[row]++;
    xIndex[row] = xs.index[i];
    txIndex[row] = txs.index[i];
    tIndex[row] = ts.index[i];
  }
  const rowOf = rows.index;
  return {
    rows: rowCount,
    weight,
    xValues: xs.values,
    xIndex,
    txValues: txs.values,
    txIndex,
    tValues: ts.values,
    tIndex,
    rowOf,
    customers: n - leftOut,
    leftOut,
  };
}
