/**
 * A drill-down's rows ordered by one column of the customer table (its own, or one an analysis
 * added): numbers and dates by value, text by its words (locale-neutral code-point order), empty
 * cells last either way, ties in table order.
 */
import type { Result, SelectionSort } from '../api.ts';
import type { BuiltTable } from '../analyses/analysis.ts';
import { customerColumnsWith } from '../../data/customerTableFile.ts';
import { ANALYSIS_KINDS } from '../api.ts';

export function derivedColumns(built: BuiltTable) {
  return ANALYSIS_KINDS.flatMap((kind) => built.derived.get(kind) ?? []);
}

export function sortedRows(built: BuiltTable, rows: Int32Array, sort?: SelectionSort): Result<Int32Array> {
  if (!sort) return { ok: true, value: rows };
  const col = customerColumnsWith(built.table, derivedColumns(built)).find((c) => c.name === sort.column);
  if (!col)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'unknown-column',
          column: sort.column,
          message: `The customer table has no column "${sort.column}" to sort by.`,
        },
      ],
    };
  const sign = sort.descending ? -1 : 1;
  const d = col.data;
  let key: Float64Array;
  if (d.kind === 'string') {
    // Rank the dictionary once, so the sort compares numbers.
    const order = Array.from(d.dictionary.keys()).sort((a, b) =>
      d.dictionary[a] < d.dictionary[b] ? -1 : d.dictionary[a] > d.dictionary[b] ? 1 : 0,
    );
    const rank = new Float64Array(d.dictionary.length);
    order.forEach((k, r) => (rank[k] = r));
    key = Float64Array.from(rows, (r) => (d.codes[r] < 0 ? NaN : rank[d.codes[r]]));
  } else if (d.kind === 'boolean') key = Float64Array.from(rows, (r) => (d.values[r] < 0 ? NaN : d.values[r]));
  else key = Float64Array.from(rows, (r) => d.values[r]);
  const index = Array.from(rows.keys()).sort((a, b) => {
    const x = key[a];
    const y = key[b];
    if (x !== x || y !== y) return x !== x ? (y !== y ? a - b : 1) : -1;
    return x === y ? a - b : (x - y) * sign;
  });
  return { ok: true, value: Int32Array.from(index, (i) => rows[i]) };
}
