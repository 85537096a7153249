/**
 * The quality report's per-column findings over typed columns: empty cells, cells that did
 * not fit, repeated customer ids, negative amounts, implausible dates, constant columns and
 * cells that a spreadsheet would run as formulas. Rows are reported as the file shows them.
 */
import type { Issue, Role } from '../../engine/api.ts';
import { numberRange, type TypedColumn } from '../columns/typedColumn.ts';

const SHOWN = 10;
const MS_1900 = Date.UTC(1900, 0, 1);
const DAY = 86_400_000;

/** Where a row of the table came from: its row in its file and, for appended files, which file. */
export interface RowPlace {
  rowOf(i: number): number;
  fileOf?(i: number): string;
}

/** Row numbers of the given row indices, and their file when they all come from one. */
export function rowsAt(place: RowPlace, indices: number[]): { rows: number[]; file?: string } {
  const rows = indices.map((i) => place.rowOf(i));
  if (!place.fileOf || indices.length === 0) return { rows };
  const files = new Set(indices.map((i) => place.fileOf!(i)));
  return files.size === 1 ? { rows, file: [...files][0] } : { rows };
}

function firstRows(
  n: number,
  test: (i: number) => boolean,
  place: RowPlace,
): { count: number; rows: number[]; file?: string } {
  const indices: number[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!test(i)) continue;
    count++;
    if (indices.length < SHOWN) indices.push(i);
  }
  return { count, ...rowsAt(place, indices) };
}

function columnLength(c: TypedColumn): number {
  return c.data.kind === 'string' ? c.data.codes.length : c.data.values.length;
}

function isNullAt(c: TypedColumn, i: number): boolean {
  const d = c.data;
  if (d.kind === 'number') return Number.isNaN(d.values[i]);
  if (d.kind === 'boolean') return d.values[i] < 0;
  return d.codes[i] < 0;
}

export function columnQualityIssues(
  col: TypedColumn,
  role: Role,
  place: RowPlace,
  options: { now: number; snapshot: boolean },
): Issue[] {
  const issues: Issue[] = [];
  const n = columnLength(col);
  const column = col.name;
  const invalidIndex = new Set(col.invalid.indices);
  if (col.nulls > 0) {
    const { rows, file } = firstRows(n, (i) => isNullAt(col, i) && !invalidIndex.has(i), place);
    issues.push({
      severity: 'info',
      code: 'nulls',
      column,
      file,
      count: col.nulls,
      rows,
      message: `${col.nulls} empty cell(s) in "${column}" (rows ${rows.join(', ')}).`,
    });
  }
  if (col.invalid.count > 0) {
    const { rows, file } = rowsAt(place, col.invalid.indices);
    issues.push({
      severity: 'warning',
      code: 'invalid-cells',
      column,
      file,
      count: col.invalid.count,
      rows,
      examples: col.invalid.examples,
      params: { type: col.type },
      message: `${col.invalid.count} cell(s) in "${column}" are not ${col.type} values and were left empty (rows ${rows.join(', ')}: ${col.invalid.examples.map((e) => JSON.stringify(e)).join(', ')}). Fix them in the file, or choose another type for the column.`,
    });
  }
  const d = col.data;
  if (role === 'customer_id' && options.snapshot && d.kind === 'string') {
    const seen = new Uint8Array(d.dictionary.length);
    const { count, rows, file } = firstRows(
      n,
      (i) => {
        const c = d.codes[i];
        if (c < 0) return false;
        if (seen[c]) return true;
        seen[c] = 1;
        return false;
      },
      place,
    );
    if (count > 0)
      issues.push({
        severity: 'warning',
        code: 'duplicate-ids',
        column,
        file,
        count,
        rows,
        message: `${count} row(s) repeat a customer id already seen in "${column}" (rows ${rows.join(', ')}). In a one-row-per-customer table each id should appear once.`,
      });
  }
  if (d.kind === 'number' && (role === 'amount' || role === 'quantity' || role === 'price' || role === 'value')) {
    const { count, rows, file } = firstRows(n, (i) => d.values[i] < 0, place);
    if (count > 0)
      issues.push({
        severity: 'info',
        code: 'negative-values',
        column,
        file,
        count,
        rows,
        message: `${count} negative value(s) in "${column}" (rows ${rows.join(', ')}), usually returns or cancellations. Later analyses ask whether to net them or drop them.`,
      });
  }
  if (d.kind === 'number' && (col.type === 'date' || col.type === 'datetime')) {
    // The range (from typing, else one pass); the rows are only looked for when a date falls outside it.
    const values = d.values;
    const { min, max } = col.range ?? numberRange(values);
    const none = { count: 0, rows: [] as number[], file: undefined };
    const future = max > options.now + DAY ? firstRows(n, (i) => values[i] > options.now + DAY, place) : none;
    if (future.count > 0)
      issues.push({
        severity: 'warning',
        code: 'future-dates',
        column,
        file: future.file,
        count: future.count,
        rows: future.rows,
        message: `${future.count} date(s) in "${column}" are in the future (rows ${future.rows.join(', ')}).`,
      });
    const ancient = min < MS_1900 ? firstRows(n, (i) => values[i] < MS_1900, place) : none;
    if (ancient.count > 0)
      issues.push({
        severity: 'warning',
        code: 'ancient-dates',
        column,
        file: ancient.file,
        count: ancient.count,
        rows: ancient.rows,
        message: `${ancient.count} date(s) in "${column}" are before 1900 (rows ${ancient.rows.join(', ')}), often a placeholder for "unknown".`,
      });
  }
  if (col.distinct === 1 && n - col.nulls - col.invalid.count > 1) {
    issues.push({
      severity: 'info',
      code: 'constant-column',
      column,
      message: `"${column}" has the same value in every row; it cannot explain differences between customers.`,
    });
  }
  if (d.kind === 'string' && !col.formulaFree) {
    const risky = new Uint8Array(d.dictionary.length);
    let any = false;
    const texts = d.dictionary;
    for (let k = 0; k < texts.length; k++) {
      // = + - @ first (a character test, not a pattern, on 700k ids), and not a plain number.
      const c = texts[k].charCodeAt(0);
      if ((c === 61 || c === 43 || c === 45 || c === 64) && Number.isNaN(Number(texts[k]))) {
        risky[k] = 1;
        any = true;
      }
    }
    if (any) {
      const { count, rows, file } = firstRows(n, (i) => d.codes[i] >= 0 && risky[d.codes[i]] === 1, place);
      const examples = d.dictionary.filter((_, k) => risky[k]).slice(0, 3);
      issues.push({
        severity: 'info',
        code: 'formula-like',
        column,
        file,
        count,
        rows,
        examples,
        message: `${count} cell(s) in "${column}" start like a spreadsheet formula (${examples.map((e) => JSON.stringify(e.slice(0, 40))).join(', ')}). They are kept as text; exports neutralise them so a spreadsheet will not run them.`,
      });
    }
  }
  return issues;
}
