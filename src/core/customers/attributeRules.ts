/**
 * A transaction log's columns as one value per customer. A column such as Country is the same
 * on all of a customer's rows; StockCode or Description differ from row to row and become one
 * value only by a stated rule: the value on the latest purchase row, the most frequent value (a
 * tie goes to the value whose last occurrence is latest), or the number of distinct values.
 * Each is one pass over the customers' purchase rows, oldest first, with a scratch array per
 * distinct value, so linear in rows. Empty cells are no value: they neither make a column vary
 * nor count as a distinct value (as SQL's COUNT(DISTINCT) and mode ignore NULL).
 */
import type { AttributeValueRule } from '../../engine/api.ts';
import type { TypedColumn } from '../columns/typedColumn.ts';
import { pickRows } from './customerTable.ts';

/** Each customer's purchase rows, oldest first: customer j's are rows[start[j] … start[j + 1]). */
export interface CustomerRows {
  rows: Int32Array;
  start: Int32Array;
}

/** How many customers have more than one distinct non-empty value in the column. */
export function varyingCustomers(col: TypedColumn, by: CustomerRows): number {
  const d = col.data;
  const values = d.kind === 'string' ? d.codes : d.values;
  const isNumber = d.kind === 'number';
  const { rows, start } = by;
  let varying = 0;
  for (let j = 0; j + 1 < start.length; j++) {
    let first = NaN;
    let seen = false;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const v = values[rows[k]];
      if (isNumber ? v !== v : v < 0) continue;
      if (!seen) {
        first = v;
        seen = true;
      } else if (v !== first) {
        varying++;
        break;
      }
    }
  }
  return varying;
}

/** The column's values on the purchase rows as dense codes (−1 empty), and for numbers each code's value. */
function valueCodes(col: TypedColumn, rows: Int32Array): { codes: Int32Array; size: number; numbers: number[] } {
  const d = col.data;
  const codes = new Int32Array(rows.length);
  if (d.kind === 'string') {
    for (let k = 0; k < rows.length; k++) codes[k] = d.codes[rows[k]];
    return { codes, size: d.dictionary.length, numbers: [] };
  }
  if (d.kind === 'boolean') {
    for (let k = 0; k < rows.length; k++) codes[k] = d.values[rows[k]];
    return { codes, size: 2, numbers: [] };
  }
  const index = new Map<number, number>();
  const numbers: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const v = d.values[rows[k]];
    if (v !== v) {
      codes[k] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = numbers.length;
      index.set(v, code);
      numbers.push(v);
    }
    codes[k] = code;
  }
  return { codes, size: numbers.length, numbers };
}

/** Per customer, the code on most of their rows (ties: the one whose last occurrence is latest); −1 when they have none. */
function mostFrequentCodes(codes: Int32Array, size: number, start: Int32Array): Int32Array {
  const customers = start.length - 1;
  const out = new Int32Array(customers);
  const count = new Int32Array(size);
  for (let j = 0; j < customers; j++) {
    let best = -1;
    let bestCount = 0;
    // Oldest first, so the value that last reaches the top count is, of the tied, the one seen latest.
    for (let k = start[j]; k < start[j + 1]; k++) {
      const c = codes[k];
      if (c < 0) continue;
      if (++count[c] >= bestCount) {
        best = c;
        bestCount = count[c];
      }
    }
    for (let k = start[j]; k < start[j + 1]; k++) if (codes[k] >= 0) count[codes[k]] = 0;
    out[j] = best;
  }
  return out;
}

/** Per customer, how many distinct non-empty codes they have. */
function distinctCounts(codes: Int32Array, size: number, start: Int32Array): Float64Array {
  const customers = start.length - 1;
  const out = new Float64Array(customers);
  const lastSeenBy = new Int32Array(size).fill(-1);
  for (let j = 0; j < customers; j++) {
    let distinct = 0;
    for (let k = start[j]; k < start[j + 1]; k++) {
      const c = codes[k];
      if (c >= 0 && lastSeenBy[c] !== j) {
        lastSeenBy[c] = j;
        distinct++;
      }
    }
    out[j] = distinct;
  }
  return out;
}

const NO_MISSES = { count: 0, indices: [], examples: [] };

/** The column reduced to one value per customer by the rule, named as the column. */
export function valuesByRule(col: TypedColumn, by: CustomerRows, rule: AttributeValueRule): TypedColumn {
  const { rows, start } = by;
  const customers = start.length - 1;
  if (rule === 'latest') {
    // A customer's latest purchase row; −1 only for a customer without purchase rows, who is not in the table.
    const latest = new Int32Array(customers);
    for (let j = 0; j < customers; j++) latest[j] = rows[start[j + 1] - 1];
    return pickRows(col, latest);
  }
  const { codes, size, numbers } = valueCodes(col, rows);
  if (rule === 'count-distinct') {
    const values = distinctCounts(codes, size, start);
    const distinct = new Set(values).size;
    return {
      name: col.name,
      type: 'integer',
      data: { kind: 'number', values },
      nulls: 0,
      invalid: NO_MISSES,
      distinct,
    };
  }
  const mode = mostFrequentCodes(codes, size, start);
  let nulls = 0;
  for (let j = 0; j < customers; j++) if (mode[j] < 0) nulls++;
  const d = col.data;
  const data: TypedColumn['data'] =
    d.kind === 'string'
      ? { kind: 'string', codes: mode, dictionary: d.dictionary }
      : d.kind === 'boolean'
        ? { kind: 'boolean', values: Int8Array.from(mode) }
        : { kind: 'number', values: Float64Array.from(mode, (c) => (c < 0 ? NaN : numbers[c])) };
  return {
    name: col.name,
    type: col.type,
    format: col.format,
    data,
    nulls,
    invalid: NO_MISSES,
    distinct: col.distinct,
  };
}
