/**
 * The customer table as Arrow (for the UI and `--out table.arrow`) and as CSV (for
 * spreadsheets, written by core/csv: formula-like text cells neutralised); numbers and dates
 * are written as numbers and ISO dates.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import type { TypedColumn } from '../core/columns/typedColumn.ts';
import { csvCell, csvTable } from '../core/csv/csvText.ts';
import { customerTableColumnsTyped, type CustomerTable } from '../core/customers/customerTable.ts';
import { arrowTable } from './arrowColumns.ts';

export function customerArrowTable(table: CustomerTable): Table {
  return arrowTable(customerTableColumnsTyped(table));
}

export function customerTableIpc(table: CustomerTable, start = 0, count = Infinity): Uint8Array {
  const arrow = customerArrowTable(table);
  const from = Math.max(0, Math.min(start, arrow.numRows));
  const to = Math.min(arrow.numRows, from + count);
  return tableToIPC(from === 0 && to === arrow.numRows ? arrow : arrow.slice(from, to), 'file');
}

function cellText(col: TypedColumn, i: number): string {
  const d = col.data;
  if (d.kind === 'number') {
    const v = d.values[i];
    if (v !== v) return '';
    if (col.type === 'date') return new Date(v).toISOString().slice(0, 10);
    if (col.type === 'datetime') return new Date(v).toISOString();
    return String(v);
  }
  if (d.kind === 'boolean') return d.values[i] < 0 ? '' : d.values[i] === 1 ? 'yes' : 'no';
  return d.codes[i] < 0 ? '' : csvCell(d.dictionary[d.codes[i]]);
}

/** A header comment line is not CSV, so the stamp lines (core/csv stampLines) come first only on request. */
export function customerTableCsv(table: CustomerTable, stamp: readonly string[] = []): Uint8Array {
  const cols = customerTableColumnsTyped(table);
  const n = table.ids.length;
  function* rows() {
    for (let i = 0; i < n; i++) yield cols.map((c) => cellText(c, i));
  }
  return new TextEncoder().encode(
    csvTable(
      cols.map((c) => c.name),
      rows(),
      stamp,
    ),
  );
}
