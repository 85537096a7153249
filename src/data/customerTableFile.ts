/**
 * The customer table as Arrow (for the UI and `--out table.arrow`) and as an export table (for
 * CSV and xlsx, written by core): dates as dates, counts whole, money to the cent.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import type { TypedColumn } from '../core/columns/typedColumn.ts';
import { customerTableColumnsTyped, type CustomerTable } from '../core/customers/customerTable.ts';
import type { AboutLine, ExportKind, ExportTable, ExportValue } from '../core/exports/exportTable.ts';
import { arrowTable } from './arrowColumns.ts';
import { ownValue } from '../core/columns/keyedRecord.ts';

/**
 * The table's columns with those analyses added (`derived`): the customer id first, then the
 * added columns (what the user just asked for, next to the id), then the table's own.
 */
export function customerColumnsWith(table: CustomerTable, derived: readonly TypedColumn[] = []): TypedColumn[] {
  const own = customerTableColumnsTyped(table);
  if (derived.length === 0) return own;
  const taken = new Set(own.map((c) => c.name));
  const added = derived.filter((c) => !taken.has(c.name) && c.data.kind !== 'boolean');
  return [own[0], ...added, ...own.slice(1)];
}

export function customerArrowTable(table: CustomerTable, derived: readonly TypedColumn[] = []): Table {
  return arrowTable(customerColumnsWith(table, derived));
}

export function customerTableIpc(
  table: CustomerTable,
  start = 0,
  count = Infinity,
  derived: readonly TypedColumn[] = [],
): Uint8Array {
  const arrow = customerArrowTable(table, derived);
  const from = Math.max(0, Math.min(start, arrow.numRows));
  const to = Math.min(arrow.numRows, from + count);
  return tableToIPC(from === 0 && to === arrow.numRows ? arrow : arrow.slice(from, to), 'file');
}

const MONEY = new Set(['monetary', 'total_value', 'total_cost']);

function kindOf(col: TypedColumn): ExportKind {
  if (col.data.kind !== 'number') return 'text';
  if (MONEY.has(col.name) || col.format === 'money') return 'money';
  switch (col.type) {
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    case 'integer':
      return 'integer';
    default:
      return 'number';
  }
}

function cellValue(col: TypedColumn, i: number, words: Record<string, string> | undefined): ExportValue {
  const d = col.data;
  if (d.kind === 'number') {
    const v = d.values[i];
    if (v !== v) return null;
    if (col.type === 'date') return new Date(v).toISOString().slice(0, 10);
    if (col.type === 'datetime') return new Date(v).toISOString();
    return v;
  }
  if (d.kind === 'boolean') return d.values[i] < 0 ? null : d.values[i] === 1 ? 'yes' : 'no';
  if (d.codes[i] < 0) return null;
  const text = d.dictionary[d.codes[i]];
  return (words && ownValue(words, text)) ?? text;
}

/**
 * The table to export with the columns analyses added, headed by `labels` where given (else the
 * machine names), text values worded by `values` (by column, then by value), with `about` as its stamp;
 * only the customers at rows `only` (in that order) when given.
 */
export function customerExportTable(
  table: CustomerTable,
  about: readonly AboutLine[],
  labels: Record<string, string> = {},
  derived: readonly TypedColumn[] = [],
  values: Record<string, Record<string, string>> = {},
  only?: Int32Array,
): ExportTable {
  const cols = customerColumnsWith(table, derived);
  const words = cols.map((c) => ownValue(values, c.name));
  const n = table.ids.length;
  function* rows() {
    if (!only) for (let i = 0; i < n; i++) yield cols.map((c, k) => cellValue(c, i, words[k]));
    else for (const i of only) if (i >= 0 && i < n) yield cols.map((c, k) => cellValue(c, i, words[k]));
  }
  return {
    columns: cols.map((c) => ({ name: ownValue(labels, c.name) ?? c.name, kind: kindOf(c) })),
    rows: rows(),
    about,
  };
}
