/**
 * The customer table: one row per customer, the pivot every analysis reads. Numbers are
 * Float64Array with NaN for unknown (a snapshot has no purchase counts; a log has no tenure
 * column); days are day numbers (days since 1970-01-01 UTC); recency and T are in `unit`.
 */
import { CUSTOMER_TABLE_COLUMNS, OPTIONAL_CUSTOMER_COLUMNS, type TimeUnit } from '../../engine/api.ts';
import type { CustomerActivity } from './customerActivity.ts';
import type { TypedColumn } from '../columns/typedColumn.ts';

export interface CustomerTable {
  ids: string[];
  firstDay: Float64Array;
  lastDay: Float64Array;
  tenureDays: Float64Array;
  orders: Float64Array;
  frequency: Float64Array;
  recency: Float64Array;
  T: Float64Array;
  monetary: Float64Array;
  totalValue: Float64Array;
  /** Each customer's summed costs (a cost column: a log's rows summed like amounts, a snapshot's own value); absent without one. */
  totalCost?: Float64Array;
  /** 0 active, 1 at risk, 2 churned (churnStatus.ts). */
  status: Uint8Array;
  churnDay: Float64Array;
  /** One value per customer for each attribute column, in the customer table's order. */
  attributes: TypedColumn[];
  reason: TypedColumn | null;
  /** The data's name for the reason column (the table calls it `reason`). */
  reasonSource?: string;
  churnType: TypedColumn | null;
  activity: CustomerActivity | null;
  unit: TimeUnit;
  /** Tenure was read from a tenure column (a snapshot), not from dates. */
  tenureFromColumn: boolean;
  /** The unit of that tenure column (Telco's is months); tenureDays holds it converted to days. */
  tenureUnit?: TimeUnit;
}

export const DAYS_PER_UNIT: Record<TimeUnit, number> = { days: 1, weeks: 7, months: 365.25 / 12 };

/** Picks rows of a typed column (e.g. each customer's latest row) into a new column. */
export function pickRows(col: TypedColumn, rows: Int32Array, name = col.name): TypedColumn {
  const d = col.data;
  const n = rows.length;
  let data: TypedColumn['data'];
  let nulls = 0;
  if (d.kind === 'number') {
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) if ((values[i] = d.values[rows[i]]) !== values[i]) nulls++;
    data = { kind: 'number', values };
  } else if (d.kind === 'boolean') {
    const values = new Int8Array(n);
    for (let i = 0; i < n; i++) if ((values[i] = d.values[rows[i]]) < 0) nulls++;
    data = { kind: 'boolean', values };
  } else {
    const codes = new Int32Array(n);
    for (let i = 0; i < n; i++) if ((codes[i] = d.codes[rows[i]]) < 0) nulls++;
    data = { kind: 'string', codes, dictionary: d.dictionary };
  }
  return {
    name,
    type: col.type,
    format: col.format,
    data,
    nulls,
    invalid: { count: 0, indices: [], examples: [] },
    distinct: col.distinct,
  };
}

const EMPTY_MISSES = { count: 0, indices: [], examples: [] };

function numberColumn(name: string, values: Float64Array, type: TypedColumn['type'] = 'decimal'): TypedColumn {
  let nulls = 0;
  for (let i = 0; i < values.length; i++) if (values[i] !== values[i]) nulls++;
  return { name, type, data: { kind: 'number', values }, nulls, invalid: EMPTY_MISSES, distinct: 0 };
}

const toMs = (days: Float64Array) => Float64Array.from(days, (d) => d * 86_400_000);
const STATUS_LABELS = ['active', 'at risk', 'churned'];

const FIXED_NAMES: readonly string[] = CUSTOMER_TABLE_COLUMNS.filter((name) => name !== 'churn_status');
const COST_COLUMN: (typeof OPTIONAL_CUSTOMER_COLUMNS)[number] = 'total_cost';

function extraColumns(table: CustomerTable): TypedColumn[] {
  const all = [
    ...table.attributes,
    ...(table.reason ? [table.reason] : []),
    ...(table.churnType ? [table.churnType] : []),
  ];
  return all.filter((c) => !FIXED_NAMES.includes(c.name));
}

/** The fixed names, with total_cost after total_value when the table has costs. */
function fixedNames(table: CustomerTable): string[] {
  if (!table.totalCost) return [...FIXED_NAMES];
  const names = [...FIXED_NAMES];
  names.splice(names.indexOf('total_value') + 1, 0, COST_COLUMN);
  return names;
}

/** The column names of customerTableColumnsTyped, without building the columns. */
export function customerTableColumnNames(table: CustomerTable): string[] {
  return [...fixedNames(table), ...extraColumns(table).map((c) => c.name), 'churn_status'];
}

/** The table's columns in their published order: the fixed names, then attributes, reason, churn type and status (active / at risk / churned). */
export function customerTableColumnsTyped(table: CustomerTable): TypedColumn[] {
  const n = table.ids.length;
  const churned = Float64Array.from(table.status, (s) => (s === 2 ? 1 : 0));
  const churnDay = Float64Array.from(table.churnDay, (d, i) => (table.status[i] === 2 ? d : NaN));
  const fixed: TypedColumn[] = [
    {
      name: 'customer_id',
      type: 'identifier',
      data: { kind: 'string', codes: Int32Array.from({ length: n }, (_, i) => i), dictionary: table.ids },
      nulls: 0,
      invalid: EMPTY_MISSES,
      distinct: n,
    },
    numberColumn('first_date', toMs(table.firstDay), 'date'),
    numberColumn('last_date', toMs(table.lastDay), 'date'),
    numberColumn('tenure_days', table.tenureDays),
    numberColumn('orders', table.orders, 'integer'),
    numberColumn('frequency', table.frequency, 'integer'),
    numberColumn('recency', table.recency),
    numberColumn('T', table.T),
    numberColumn('monetary', table.monetary),
    numberColumn('total_value', table.totalValue),
    ...(table.totalCost ? [numberColumn(COST_COLUMN, table.totalCost)] : []),
    numberColumn('churned', churned, 'integer'),
    numberColumn('churn_date', toMs(churnDay), 'date'),
  ];
  const extra = extraColumns(table);
  const status: TypedColumn = {
    name: 'churn_status',
    type: 'categorical',
    data: { kind: 'string', codes: Int32Array.from(table.status), dictionary: STATUS_LABELS },
    nulls: 0,
    invalid: EMPTY_MISSES,
    distinct: 3,
  };
  return [...fixed, ...extra, status];
}
