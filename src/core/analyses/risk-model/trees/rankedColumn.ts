/**
 * A numeric column recoded once, before growing a tree, as the rank of each value among the
 * column's distinct values. Every split search after that works on small integers: a histogram
 * over ranks for a column with few distinct values, a presorted row order for the others. The
 * order is a stable counting sort on the ranks, so rows with equal values keep their order.
 */
export interface RankedColumn {
  /** Distinct values, ascending. */
  values: Float64Array;
  /** Rank of each row's value in `values`. */
  rank: Int32Array;
}

/** Ranks of a column without NaN (the caller checks). */
export function rankColumn(column: Float64Array): RankedColumn {
  const sorted = Float64Array.from(column).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i];
  const values = sorted.slice(0, distinct);
  const rank = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) {
    const v = column[i];
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (values[mid] < v) low = mid + 1;
      else high = mid;
    }
    rank[i] = low;
  }
  return { values, rank };
}

/** Row numbers in ascending order of rank (a stable counting sort). */
export function rankOrder(rank: Int32Array, distinct: number): Int32Array {
  const start = new Int32Array(distinct + 1);
  for (let i = 0; i < rank.length; i++) start[rank[i] + 1]++;
  for (let r = 0; r < distinct; r++) start[r + 1] += start[r];
  const order = new Int32Array(rank.length);
  for (let i = 0; i < rank.length; i++) order[start[rank[i]]++] = i;
  return order;
}
