/**
 * A numeric column of the customer table by name, as one number per customer (NaN = none): the
 * table's own numeric columns (total_value, orders, tenure_days…), numeric and yes/no attributes
 * (yes = 1, no = 0), and number columns other analyses added. Text and date columns are refused
 * with the column's type, so the user can be told what to choose instead.
 */
import { SCORE_TABLE_COLUMNS, type ColumnType, type Issue } from '../api.ts';
import { DAYS_PER_UNIT, type CustomerTable } from '../../core/customers/customerTable.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { attributeColumn } from './customerSelection.ts';
import type { Read } from './customerInputs.ts';

type TableColumn = (typeof SCORE_TABLE_COLUMNS)[number];

function ownColumn(table: CustomerTable, name: TableColumn): Float64Array | undefined {
  switch (name) {
    case 'total_value':
      return table.totalValue;
    case 'monetary':
      return table.monetary;
    case 'orders':
      return table.orders;
    case 'frequency':
      return table.frequency;
    case 'recency':
      return table.recency;
    case 'T':
      return table.T;
    case 'tenure_days':
      return table.tenureDays;
    case 'tenure_weeks':
      return tenureIn(table, 'weeks');
    case 'tenure_months':
      return tenureIn(table, 'months');
    case 'total_cost':
      return table.totalCost;
  }
}

const inUnits = new WeakMap<Float64Array, Map<string, Float64Array>>();

/**
 * Tenure in weeks or months (Telco's tenure column is months: a score on it reads 0–72, not days),
 * made once per table; the days-to-unit round trip's last-digit error is rounded off.
 */
function tenureIn(table: CustomerTable, unit: 'weeks' | 'months'): Float64Array {
  let made = inUnits.get(table.tenureDays);
  if (!made) inUnits.set(table.tenureDays, (made = new Map()));
  let values = made.get(unit);
  if (!values) {
    const per = DAYS_PER_UNIT[unit];
    values = Float64Array.from(table.tenureDays, (d) => Math.round((d / per) * 1e9) / 1e9);
    made.set(unit, values);
  }
  return values;
}

const yesNo = new WeakMap<Int8Array, Float64Array>();

/** Yes/no as 1/0 (NaN when empty), made once per column. */
function yesNoNumbers(values: Int8Array): Float64Array {
  let numbers = yesNo.get(values);
  if (!numbers) {
    numbers = Float64Array.from(values, (v) => (v < 0 ? NaN : v));
    yesNo.set(values, numbers);
  }
  return numbers;
}

function notNumeric(column: string, type: ColumnType): Read<never> {
  const issue: Issue = {
    severity: 'error',
    code: 'value-score-column',
    column,
    params: { type },
    message: `"${column}" holds ${type} values; a value score can only use numbers or yes/no columns.`,
  };
  return { ok: false, issue };
}

/**
 * The customers' numbers in column `name`, looked up in the table, then in `added` (columns
 * analyses added); the arrays are the table's own (never to be returned or changed). Undefined
 * when there is no such column.
 */
export function customerNumbers(
  table: CustomerTable,
  added: readonly TypedColumn[],
  name: string,
): Read<Float64Array> | undefined {
  if ((SCORE_TABLE_COLUMNS as readonly string[]).includes(name)) {
    const own = ownColumn(table, name as TableColumn);
    if (own) return { ok: true, value: own };
  }
  const col = attributeColumn(table, name) ?? added.find((c) => c.name === name);
  if (!col) return undefined;
  const d = col.data;
  if (d.kind === 'boolean') return { ok: true, value: yesNoNumbers(d.values) };
  if (d.kind === 'string' || col.type === 'date' || col.type === 'datetime') return notNumeric(name, col.type);
  return { ok: true, value: d.values };
}
