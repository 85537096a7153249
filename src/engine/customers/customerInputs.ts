/**
 * Reading the role columns of a loaded dataset as the typed arrays the customer-table kernels
 * take. A role given to a column of the wrong type comes back as an issue saying which column
 * and what to change, never as a silent conversion.
 */
import type { IdMatching, Issue, Role } from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { readBoolean } from '../../core/cellText/booleanText.ts';
import { MS_PER_DAY } from '../../core/customers/customerActivity.ts';
import { idSpellings, type IdSpellings } from '../../core/customers/idSpellings.ts';
import { isPlaceholderDay } from '../../core/inspection/implausibleDates.ts';
import { ownValue } from '../../core/columns/keyedRecord.ts';

export type Read<T> = { ok: true; value: T } | { ok: false; issue: Issue };

export function columnsWithRole(columns: TypedColumn[], roles: Record<string, Role>, role: Role): TypedColumn[] {
  return columns.filter((c) => ownValue(roles, c.name) === role);
}

function wrongType(col: TypedColumn, role: Role, wanted: string): Read<never> {
  return {
    ok: false,
    issue: {
      severity: 'error',
      code: 'role-missing',
      column: col.name,
      params: { role, wanted, type: col.type },
      message: `"${col.name}" has the role ${role} but holds ${col.type} values; the role needs ${wanted}. Change the column's type or give the role to another column.`,
    },
  };
}

/**
 * Dense customer codes and labels as `matching` says: with 'trim-case', the spellings of a text
 * id that differ only in case or surrounding spaces share one code (labelled by the first,
 * trimmed). `spellings` describes the variants whether or not they were merged.
 */
export function customerKeys(
  col: TypedColumn,
  matching: IdMatching,
): { codes: Int32Array; labels: string[]; spellings: IdSpellings | null } {
  const exact = customerCodes(col);
  if (col.data.kind !== 'string') return { ...exact, spellings: null };
  const spellings = idSpellings(col.data.dictionary, col.data.codes);
  if (matching === 'exact') return { ...exact, spellings };
  // Without variants every spelling stays its own customer: only the labels are trimmed.
  if (spellings.variantIds === 0) return { codes: exact.codes, labels: exact.labels.map((l) => l.trim()), spellings };
  const { mergedOf, firstSpelling } = spellings;
  return {
    codes: Int32Array.from(exact.codes, (c) => (c < 0 ? -1 : mergedOf[c])),
    labels: Array.from(firstSpelling, (k) => exact.labels[k].trim()),
    spellings,
  };
}

/** Dense customer codes (0 … count − 1) and their labels, from any column type. */
export function customerCodes(col: TypedColumn): { codes: Int32Array; labels: string[] } {
  const d = col.data;
  if (d.kind === 'string') return { codes: d.codes, labels: d.dictionary };
  const n = d.values.length;
  const codes = new Int32Array(n);
  const index = new Map<number, number>();
  const labels: string[] = [];
  for (let i = 0; i < n; i++) {
    const v = d.values[i];
    if (v !== v || (v < 0 && d.kind === 'boolean')) {
      codes[i] = -1;
      continue;
    }
    let code = index.get(v);
    if (code === undefined) {
      code = labels.length;
      index.set(v, code);
      labels.push(d.kind === 'boolean' ? (v === 1 ? 'yes' : 'no') : String(v));
    }
    codes[i] = code;
  }
  return { codes, labels };
}

/** Day numbers of a date column; a placeholder (on or before 1900-01-01) is read as unknown, NaN. */
export function dayNumbers(col: TypedColumn, role: Role): Read<Float64Array> {
  if (col.data.kind !== 'number' || (col.type !== 'date' && col.type !== 'datetime'))
    return wrongType(col, role, 'dates');
  const ms = col.data.values;
  const out = new Float64Array(ms.length);
  for (let i = 0; i < ms.length; i++) {
    const day = Math.floor(ms[i] / MS_PER_DAY);
    out[i] = isPlaceholderDay(day) ? NaN : day;
  }
  return { ok: true, value: out };
}

/** Rows whose date in `col` is a placeholder, among the rows that `counted` accepts. */
export function placeholderRows(col: TypedColumn, counted: (i: number) => boolean): number {
  if (col.data.kind !== 'number') return 0;
  const ms = col.data.values;
  let n = 0;
  for (let i = 0; i < ms.length; i++) if (isPlaceholderDay(Math.floor(ms[i] / MS_PER_DAY)) && counted(i)) n++;
  return n;
}

export function numbers(col: TypedColumn, role: Role): Read<Float64Array> {
  const d = col.data;
  if (d.kind === 'number' && col.type !== 'date' && col.type !== 'datetime') return { ok: true, value: d.values };
  if (d.kind === 'boolean') return { ok: true, value: Float64Array.from(d.values, (v) => (v < 0 ? NaN : v)) };
  return wrongType(col, role, 'numbers');
}

/** 1 churned, 0 not, −1 unknown, from a boolean, numeric (≠ 0) or yes/no text column. */
export function flags(col: TypedColumn): Int8Array {
  const d = col.data;
  if (d.kind === 'boolean') return d.values;
  if (d.kind === 'number') return Int8Array.from(d.values, (v) => (v !== v ? -1 : v !== 0 ? 1 : 0));
  const byCode = d.dictionary.map((s) => readBoolean(s));
  return Int8Array.from(d.codes, (c) => (c < 0 ? -1 : byCode[c]));
}

const INVOICE_NAME = /invoice|order[ _-]?(no|id|number)|transaction[ _-]?(no|id)|单号|订单号|发票/i;

/** The column that numbers invoices or orders, by its name (InvoiceNo, order_id, 订单号), if any; `text`: a text column only. */
export function invoiceColumnOf(
  columns: TypedColumn[],
  roles: Record<string, Role>,
  text = false,
): TypedColumn | undefined {
  return columns.find(
    (c) =>
      ownValue(roles, c.name) !== 'customer_id' &&
      INVOICE_NAME.test(c.name) &&
      (text ? c.data.kind === 'string' : c.data.kind !== 'boolean'),
  );
}

/**
 * Rows that are returns or cancellations: a negative amount, or an invoice-like column whose
 * value starts with "C" (the UCI Online Retail convention). Returns the rule applied, in words
 * (for the command line) and as data (whether amounts were read, which invoice column).
 */
export function returnRows(
  columns: TypedColumn[],
  roles: Record<string, Role>,
  amount: Float64Array | null,
  n: number,
): { rows: Uint8Array; count: number; rule: string; negativeAmount: boolean; invoiceColumn: string } {
  const rows = new Uint8Array(n);
  const parts: string[] = [];
  let invoiceColumn = '';
  if (amount) {
    for (let i = 0; i < n; i++) if (amount[i] < 0) rows[i] = 1;
    parts.push('a negative amount');
  }
  const invoice = invoiceColumnOf(columns, roles, true);
  if (invoice && invoice.data.kind === 'string') {
    const { codes, dictionary } = invoice.data;
    const cancels = dictionary.map((s) => /^\s*C/i.test(s));
    if (cancels.some(Boolean)) {
      for (let i = 0; i < n; i++) if (codes[i] >= 0 && cancels[codes[i]]) rows[i] = 1;
      parts.push(`"${invoice.name}" starting with C`);
      invoiceColumn = invoice.name;
    }
  }
  let count = 0;
  for (let i = 0; i < n; i++) count += rows[i];
  return {
    rows,
    count,
    rule: parts.length > 0 ? parts.join(' or ') : 'none detected',
    negativeAmount: amount !== null,
    invoiceColumn,
  };
}
