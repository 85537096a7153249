/**
 * A numeric column sorted once, before a tree is grown: the row order by value and each
 * position's rank among the column's distinct values. The sort is an LSD radix sort on the
 * IEEE-754 bits (four 16-bit digits, a digit skipped when every value shares it), linear in the
 * rows and stable, so rows with equal values keep their order.
 */
export interface RankedColumn {
  /** Distinct values, ascending. */
  values: Float64Array;
  /** Row numbers in ascending order of value. */
  order: Int32Array;
  /** Rank (index in `values`) of the value at each position of `order`. */
  sortedRank: Int32Array;
}

const DIGIT = 1 << 16;

/** Sorts a column without NaN (the caller checks); −0 counts as 0. */
export function rankColumn(column: Float64Array): RankedColumn {
  const n = column.length;
  const words = new Uint32Array(column.buffer, column.byteOffset, 2 * n);
  let lo = new Uint32Array(n);
  let hi = new Uint32Array(n);
  let order = new Int32Array(n);
  // The four digits' histograms in one pass, then one scatter per digit that varies.
  const counts = new Int32Array(4 * DIGIT);
  for (let i = 0; i < n; i++) {
    let l = words[2 * i];
    let h = words[2 * i + 1];
    if (h === 0x80000000 && l === 0) h = 0;
    // Order-preserving unsigned keys: flip every bit of a negative number, the sign bit of the others.
    if (h >>> 31) {
      l = ~l >>> 0;
      h = ~h >>> 0;
    } else h = (h | 0x80000000) >>> 0;
    lo[i] = l;
    hi[i] = h;
    order[i] = i;
    counts[l & 0xffff]++;
    counts[DIGIT + (l >>> 16)]++;
    counts[2 * DIGIT + (h & 0xffff)]++;
    counts[3 * DIGIT + (h >>> 16)]++;
  }
  let lo2 = new Uint32Array(n);
  let hi2 = new Uint32Array(n);
  let order2 = new Int32Array(n);
  for (let pass = 0; pass < 4 && n > 0; pass++) {
    const shift = (pass & 1) * 16;
    const keys = pass < 2 ? lo : hi;
    const count = counts.subarray(pass * DIGIT, (pass + 1) * DIGIT);
    if (count[(keys[0] >>> shift) & 0xffff] === n) continue;
    let sum = 0;
    for (let d = 0; d < DIGIT; d++) {
      const c = count[d];
      count[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = count[(keys[i] >>> shift) & 0xffff]++;
      lo2[at] = lo[i];
      hi2[at] = hi[i];
      order2[at] = order[i];
    }
    [lo, lo2] = [lo2, lo];
    [hi, hi2] = [hi2, hi];
    [order, order2] = [order2, order];
  }
  const sortedRank = new Int32Array(n);
  let distinct = 0;
  for (let p = 0; p < n; p++) {
    if (p > 0 && (lo[p] !== lo[p - 1] || hi[p] !== hi[p - 1])) distinct++;
    sortedRank[p] = distinct;
  }
  const values = new Float64Array(n > 0 ? distinct + 1 : 0);
  for (let p = 0; p < n; p++) values[sortedRank[p]] = column[order[p]] === 0 ? 0 : column[order[p]];
  return { values, order, sortedRank };
}
