/**
 * The quality report's per-column findings over typed columns: empty cells, cells that did
 * not fit, repeated customer ids, ids that differ only in case or spaces, negative amounts,
 * implausible dates (after today, or placeholders on or before 1900-01-01), constant columns and
 * cells that a spreadsheet would run as formulas. Rows are reported as the file shows them.
 */
import type { Issue, Role } from '../../engine/api.ts';
import { numberRange, type TypedColumn } from '../columns/typedColumn.ts';
import { dayNumber, isoDate } from '../customers/customerActivity.ts';
import { idSpellings, type IdSpellings } from '../customers/idSpellings.ts';
import { exampleDates, isPlaceholderDay, lastPlausibleDay } from './implausibleDates.ts';
import { shortText } from '../cellText/shortText.ts';
import { negativeTenureIssue, scientificIdIssue } from './idChecks.ts';

const SHOWN = 10;

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

export function firstRows(
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
      message: `${col.nulls} empty cell(s) in "${shortText(column)}" (rows ${rows.join(', ')}).`,
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
      message: `${col.invalid.count} cell(s) in "${shortText(column)}" are not ${col.type} values and were left empty (rows ${rows.join(', ')}: ${col.invalid.examples.map((e) => JSON.stringify(e)).join(', ')}). Fix them in the file, or choose another type for the column.`,
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
        message: `${count} row(s) repeat a customer id already seen in "${shortText(column)}" (rows ${rows.join(', ')}). In a one-row-per-customer table each id should appear once.`,
      });
  }
  if (role === 'customer_id' && d.kind === 'string') {
    const variants = idSpellingIssue(column, d.codes, idSpellings(d.dictionary, d.codes), place, false);
    if (variants) issues.push(variants);
  }
  const idOrTenure =
    role === 'customer_id' ? scientificIdIssue(col, place) : role === 'tenure' ? negativeTenureIssue(col, place) : null;
  if (idOrTenure) issues.push(idOrTenure);
  if (
    d.kind === 'number' &&
    (role === 'amount' || role === 'quantity' || role === 'price' || role === 'cost' || role === 'value')
  ) {
    const { count, rows, file } = firstRows(n, (i) => d.values[i] < 0, place);
    if (count > 0)
      issues.push({
        severity: 'info',
        code: 'negative-values',
        column,
        file,
        count,
        rows,
        message: `${count} negative value(s) in "${shortText(column)}" (rows ${rows.join(', ')}), usually returns or cancellations. Later analyses ask whether to net them or drop them.`,
      });
  }
  if (d.kind === 'number' && (col.type === 'date' || col.type === 'datetime'))
    issues.push(...implausibleDateIssues(column, d.values, place, options.now, col.range));
  if (col.distinct === 1 && n - col.nulls - col.invalid.count > 1) {
    issues.push({
      severity: 'info',
      code: 'constant-column',
      column,
      message: `"${shortText(column)}" has the same value in every row; it cannot explain differences between customers.`,
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
        message: `${count} cell(s) in "${shortText(column)}" start like a spreadsheet formula (${examples.map((e) => JSON.stringify(e.slice(0, 40))).join(', ')}). They are kept as text; exports neutralise them so a spreadsheet will not run them.`,
      });
    }
  }
  return issues;
}

/**
 * Dates after today and placeholder dates (on or before 1900-01-01) in one date column, with
 * their first rows and a few of the dates; `range` (epoch ms) spares a pass when no date is out of it.
 */
export function implausibleDateIssues(
  column: string,
  values: Float64Array,
  place: RowPlace,
  now: number,
  range: { min: number; max: number } = numberRange(values),
): Issue[] {
  const issues: Issue[] = [];
  const lastDay = lastPlausibleDay(now);
  const today = isoDate(dayNumber(now));
  const late = (day: number) => day > lastDay;
  if (late(dayNumber(range.max))) {
    const { count, rows, file } = firstRows(values.length, (i) => late(dayNumber(values[i])), place);
    const examples = exampleDates(values, late);
    issues.push({
      severity: 'warning',
      code: 'future-dates',
      column,
      file,
      count,
      rows,
      examples,
      params: { today },
      message: `${count} date(s) in "${shortText(column)}" are after today, ${today} (rows ${rows.join(', ')}: ${examples.join(', ')}), often a placeholder such as 9999-12-31 or a mistyped year. They do not set the default as-of date or the data's date range, and nothing dated after the as-of date counts: a purchase then is not activity, a churn date then is not a loss yet.`,
    });
  }
  if (isPlaceholderDay(dayNumber(range.min))) {
    const { count, rows, file } = firstRows(values.length, (i) => isPlaceholderDay(dayNumber(values[i])), place);
    const examples = exampleDates(values, isPlaceholderDay);
    issues.push({
      severity: 'warning',
      code: 'ancient-dates',
      column,
      file,
      count,
      rows,
      examples,
      message: `${count} date(s) in "${shortText(column)}" are on or before 1900-01-01 (rows ${rows.join(', ')}: ${examples.join(', ')}), usually a placeholder for "unknown". They are read as unknown: they do not set the data's date range, and a transaction dated so is left out of the customer table.`,
    });
  }
  return issues;
}

/**
 * Customer ids written in more than one way (case, surrounding spaces): how many ids, their
 * spellings, the first rows of a later spelling; said as a warning, or as a note once merged.
 */
export function idSpellingIssue(
  column: string,
  codes: Int32Array,
  spellings: IdSpellings,
  place: RowPlace,
  merged: boolean,
): Issue | null {
  const { variantIds: ids, variantSpellings: total, laterSpelling } = spellings;
  if (ids === 0) return null;
  const later = firstRows(codes.length, (i) => codes[i] >= 0 && laterSpelling[codes[i]] === 1, place);
  const examples = spellings.examples.flat().slice(0, 5);
  const shown = examples.map((e) => JSON.stringify(shortText(e))).join(', ');
  const common = {
    column,
    file: later.file,
    count: ids,
    rows: later.rows,
    rowCount: later.count,
    examples,
    params: { spellings: total },
  };
  return merged
    ? {
        severity: 'info',
        code: 'ids-merged',
        ...common,
        message: `${total} spellings of ${ids} customer id(s) in "${shortText(column)}" that differ only in case, surrounding spaces or full-width characters were merged: each id counts as one customer (${shown}).`,
      }
    : {
        severity: 'warning',
        code: 'id-spelling-variants',
        ...common,
        message: `${ids} customer id(s) in "${shortText(column)}" are written in more than one way that differs only in case, surrounding spaces or full-width characters (${total} spellings; rows ${later.rows.join(', ')}: ${shown}). Each spelling counts as a separate customer; --merge-ids merges them.`,
      };
}
