/** Putting a reasons × columns count matrix in the order shown: reasons in Pareto order, columns as chosen. */

/** Row-major counts (rows × `width`) with the rows `rows` and columns `cols`, in those orders. */
export function reorderRows(counts: Int32Array, width: number, rows: number[], cols: number[]): Int32Array {
  const out = new Int32Array(rows.length * cols.length);
  rows.forEach((r, i) => cols.forEach((s, j) => (out[i * cols.length + j] = counts[r * width + s])));
  return out;
}

/**
 * The segments with churners naming a reason: bins keep their order (lowest first), categories
 * go from the most churners to the fewest.
 */
export function segmentOrder(churners: Int32Array, labels: readonly string[], binned: boolean): number[] {
  const kept = labels.map((_, s) => s).filter((s) => churners[s] > 0);
  return binned ? kept : kept.sort((a, b) => churners[b] - churners[a] || byText(labels[a], labels[b]));
}

/** Ties broken by the text's code points: the same order on every machine and in every language. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
