/**
 * The quality report's per-column findings over typed columns: empty cells, cells that did
 * not fit, repeated customer ids, negative amounts, implausible dates, constant columns and
 * cells that a spreadsheet would run as formulas. Rows are reported as the file shows them.
 */
import type { Issue, Role } from '../engine/api.ts';
import type { TypedColumn } from './typedColumn.ts';

const SHOWN = 10;
const MS_1900 = Date.UTC(1900, 0, 1);
const DAY = 86_400_000;
const FORMULA_START = /^[=+\-@]/;

function firstRows(
  n: number,
  test: (i: number) => boolean,
  rowOf: (i: number) => number,
): { count: number; rows: number[] } {
  const rows: number[] = [];
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (!test(i)) continue;
    count++;
    if (rows.length < SHOWN) rows.push(rowOf(i));
  }
  return { count, rows };
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
  rowOf: (i: number) => number,
  options: { now: number; snapshot: boolean },
): Issue[] {
  const issues: Issue[] = [];
  const n = columnLength(col);
  const column = col.name;
  const invalidIndex = new Set(col.invalid.indices);
  if (col.nulls > 0) {
    const { rows } = firstRows(n, (i) => isNullAt(col, i) && !invalidIndex.has(i), rowOf);
    issues.push({
      severity: 'info',
      code: 'nulls',
      column,
      count: col.nulls,
      rows,
      message: `${col.nulls} empty cell(s) in "${column}" (rows ${rows.join(', ')}).`,
    });
  }
  if (col.invalid.count > 0) {
    const rows = col.invalid.indices.map(rowOf);
    issues.push({
      severity: 'warning',
      code: 'invalid-cells',
      column,
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
    const { count, rows } = firstRows(
      n,
      (i) => {
        const c = d.codes[i];
        if (c < 0) return false;
        if (seen[c]) return true;
        seen[c] = 1;
        return false;
      },
      rowOf,
    );
    if (count > 0)
      issues.push({
        severity: 'warning',
        code: 'duplicate-ids',
        column,
        count,
        rows,
        message: `${count} row(s) repeat a customer id already seen in "${column}" (rows ${rows.join(', ')}). In a one-row-per-customer table each id should appear once.`,
      });
  }
  if (d.kind === 'number' && (role === 'amount' || role === 'quantity' || role === 'price' || role === 'value')) {
    const { count, rows } = firstRows(n, (i) => d.values[i] < 0, rowOf);
    if (count > 0)
      issues.push({
        severity: 'info',
        code: 'negative-values',
        column,
        count,
        rows,
        message: `${count} negative value(s) in "${column}" (rows ${rows.join(', ')}), usually returns or cancellations. Later analyses ask whether to net them or drop them.`,
      });
  }
  if (d.kind === 'number' && (col.type === 'date' || col.type === 'datetime')) {
    const future = firstRows(n, (i) => d.values[i] > options.now + DAY, rowOf);
    if (future.count > 0)
      issues.push({
        severity: 'warning',
        code: 'future-dates',
        column,
        count: future.count,
        rows: future.rows,
        message: `${future.count} date(s) in "${column}" are in the future (rows ${future.rows.join(', ')}).`,
      });
    const ancient = firstRows(n, (i) => d.values[i] < MS_1900, rowOf);
    if (ancient.count > 0)
      issues.push({
        severity: 'warning',
        code: 'ancient-dates',
        column,
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
  if (d.kind === 'string') {
    const risky = new Uint8Array(d.dictionary.length);
    let any = false;
    d.dictionary.forEach((s, k) => {
      if (FORMULA_START.test(s) && Number.isNaN(Number(s))) {
        risky[k] = 1;
        any = true;
      }
    });
    if (any) {
      const { count, rows } = firstRows(n, (i) => d.codes[i] >= 0 && risky[d.codes[i]] === 1, rowOf);
      const examples = d.dictionary.filter((_, k) => risky[k]).slice(0, 3);
      issues.push({
        severity: 'info',
        code: 'formula-like',
        column,
        count,
        rows,
        examples,
        message: `${count} cell(s) in "${column}" start like a spreadsheet formula (${examples.map((e) => JSON.stringify(e.slice(0, 40))).join(', ')}). They are kept as text; exports neutralise them so a spreadsheet will not run them.`,
      });
    }
  }
  return issues;
}
