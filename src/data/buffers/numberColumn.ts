/**
 * A column read straight into numbers (see data/delimited/numberLane.ts): every non-empty cell a plain
 * decimal number written with the same number of decimals ("12", "-3", "29.70"), so each
 * cell's text is its number to that many decimals and typing has nothing left to decide.
 */
import type { EncodedColumn } from '../../core/columns/encodedColumn.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { NumberSet } from './numberSet.ts';

export interface NumberColumn {
  /** Each cell's number; NaN where the cell was empty. */
  values: Float64Array;
  /** How many decimals every number was written with (−1: no number yet). */
  decimals: number;
  empties: number;
  /** The distinct numbers, in the order first seen (in a batch of a part: those new in it). */
  distinct: Float64Array;
  /** The smallest and largest number (Infinity and −Infinity when there is none). */
  min: number;
  max: number;
}

/** A column as read: codes into distinct texts, or numbers. */
export type ReadColumn = EncodedColumn | NumberColumn;

export function isNumberColumn<T extends object>(column: T | NumberColumn): column is NumberColumn {
  return 'values' in column;
}

/** The cell texts of a number column, as codes into distinct texts in order of first appearance. */
export function encodeNumbers(column: NumberColumn): EncodedColumn {
  const { values, decimals } = column;
  const codes = new Int32Array(values.length);
  const dictionary: string[] = [];
  // A number's code by the number (its text is fixed by the decimals); an empty cell's apart.
  const seen = new Map<number, number>();
  let empty = -1;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) {
      if (empty < 0) empty = dictionary.push('') - 1;
      codes[i] = empty;
      continue;
    }
    let code = seen.get(v);
    if (code === undefined) {
      code = dictionary.push(v.toFixed(decimals)) - 1;
      seen.set(v, code);
    }
    codes[i] = code;
  }
  return { codes, dictionary };
}

/** Number columns read one after another (appended files), or null when their decimals differ. */
export function appendNumbers(columns: NumberColumn[]): NumberColumn | null {
  const written = new Set(columns.map((c) => c.decimals).filter((d) => d >= 0));
  if (written.size > 1) return null;
  const values = new Float64Array(columns.reduce((s, c) => s + c.values.length, 0));
  const distinct = new NumberSet();
  let at = 0;
  for (const c of columns) {
    values.set(c.values, at);
    at += c.values.length;
    distinct.addAll(c.distinct);
  }
  return {
    values,
    decimals: written.size === 1 ? [...written][0] : -1,
    empties: columns.reduce((s, c) => s + c.empties, 0),
    distinct: distinct.from(0),
    min: Math.min(...columns.map((c) => c.min)),
    max: Math.max(...columns.map((c) => c.max)),
  };
}

/**
 * The typed column of a number column: what inferring its type from its texts gives (integer
 * without decimals, else decimal; empty cells null), without looking at them.
 */
export function typedNumbers(column: NumberColumn, name: string): TypedColumn {
  const { values, decimals, empties, min, max } = column;
  return {
    name,
    type: decimals === 0 ? 'integer' : 'decimal',
    data: { kind: 'number', values },
    nulls: empties,
    invalid: { count: 0, indices: [], examples: [] },
    distinct: column.distinct.length,
    range: min <= max ? { min, max } : { min: NaN, max: NaN },
  };
}
