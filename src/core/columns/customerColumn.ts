/**
 * Per-customer columns an analysis adds to the customer table (scores, segments, risks,
 * values): the shared column model, built without typing any text.
 */
import type { TypedColumn } from './typedColumn.ts';

const NO_MISSES = () => ({ count: 0, indices: [], examples: [] });

/**
 * A number column (NaN = empty). `money` marks an amount: exported to the cent and headed with
 * the workbook's currency in the app.
 */
export function numberCustomerColumn(
  name: string,
  values: Float64Array,
  options: { type?: 'integer' | 'decimal' | 'date'; money?: boolean } = {},
): TypedColumn {
  let nulls = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) nulls++;
  return {
    name,
    type: options.type ?? 'decimal',
    ...(options.money ? { format: 'money' } : {}),
    data: { kind: 'number', values },
    nulls,
    invalid: NO_MISSES(),
    distinct: 0,
  };
}

/** A column of codes (e.g. segment codes, or names the user gave) with -1 = empty. */
export function codeCustomerColumn(name: string, codes: Int32Array, dictionary: readonly string[]): TypedColumn {
  let nulls = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] < 0) nulls++;
  return {
    name,
    type: 'categorical',
    data: { kind: 'string', codes, dictionary: [...dictionary] },
    nulls,
    invalid: NO_MISSES(),
    distinct: dictionary.length,
  };
}
