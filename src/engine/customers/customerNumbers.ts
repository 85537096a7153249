/**
 * A numeric column of the customer table by name, as one number per customer (NaN = none): the
 * table's own numeric columns (total_value, orders, tenure_days…), numeric and yes/no attributes
 * (yes = 1, no = 0), and number columns other analyses added. Text and date columns are refused
 * with the column's type, so the user can be told what to choose instead.
 */
import { SCORE_TABLE_COLUMNS, type ColumnType, type Issue } from '../api.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
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
    case 'total_cost':
      return table.totalCost;
  }
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
