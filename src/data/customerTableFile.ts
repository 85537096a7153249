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

export function customerArrowTable(table: CustomerTable): Table {
  return arrowTable(customerTableColumnsTyped(table));
}

export function customerTableIpc(table: CustomerTable, start = 0, count = Infinity): Uint8Array {
  const arrow = customerArrowTable(table);
  const from = Math.max(0, Math.min(start, arrow.numRows));
  const to = Math.min(arrow.numRows, from + count);
  return tableToIPC(from === 0 && to === arrow.numRows ? arrow : arrow.slice(from, to), 'file');
}

const MONEY = new Set(['monetary', 'total_value', 'total_cost']);

function kindOf(col: TypedColumn): ExportKind {
  if (col.data.kind !== 'number') return 'text';
  if (MONEY.has(col.name)) return 'money';
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

function cellValue(col: TypedColumn, i: number): ExportValue {
  const d = col.data;
  if (d.kind === 'number') {
    const v = d.values[i];
    if (v !== v) return null;
    if (col.type === 'date') return new Date(v).toISOString().slice(0, 10);
    if (col.type === 'datetime') return new Date(v).toISOString();
    return v;
  }
  if (d.kind === 'boolean') return d.values[i] < 0 ? null : d.values[i] === 1 ? 'yes' : 'no';
  return d.codes[i] < 0 ? null : d.dictionary[d.codes[i]];
}

/** The table to export, headed by `labels` where given (else the machine names), with `about` as its stamp. */
export function customerExportTable(
  table: CustomerTable,
  about: readonly AboutLine[],
  labels: Record<string, string> = {},
): ExportTable {
  const cols = customerTableColumnsTyped(table);
  const n = table.ids.length;
  function* rows() {
    for (let i = 0; i < n; i++) yield cols.map((c) => cellValue(c, i));
  }
  return {
    columns: cols.map((c) => ({ name: ownValue(labels, c.name) ?? c.name, kind: kindOf(c) })),
    rows: rows(),
    about,
  };
}
