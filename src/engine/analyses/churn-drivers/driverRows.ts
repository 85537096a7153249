/**
 * Churn drivers on a temporal split (a transaction log with a cutoff): the cutoff table's
 * columns kept to the customers modelled (active on the cutoff day and able to churn by the
 * label day), so every rate, bin and importance is of those customers, labelled by the window
 * after the cutoff. Nothing after the cutoff is in a column: the cutoff table is built as of it.
 */
import type { TypedColumn, TypedValues } from '../../../core/columns/typedColumn.ts';

function rowsOf(data: TypedValues, rows: Int32Array): TypedValues {
  if (data.kind === 'string') return { ...data, codes: Int32Array.from(rows, (r) => data.codes[r]) };
  if (data.kind === 'boolean') return { ...data, values: Int8Array.from(rows, (r) => data.values[r]) };
  return { ...data, values: Float64Array.from(rows, (r) => data.values[r]) };
}

/** The column at those rows (its range and Arrow copies dropped: they described all rows). */
export function columnRows(column: TypedColumn, rows: Int32Array): TypedColumn {
  const data = rowsOf(column.data, rows);
  let nulls = 0;
  if (data.kind === 'string') for (const c of data.codes) nulls += c < 0 ? 1 : 0;
  else if (data.kind === 'boolean') for (const v of data.values) nulls += v < 0 ? 1 : 0;
  else for (const v of data.values) nulls += v !== v ? 1 : 0;
  return {
    name: column.name,
    type: column.type,
    format: column.format,
    data,
    nulls,
    invalid: column.invalid,
    distinct: column.distinct,
  };
}
