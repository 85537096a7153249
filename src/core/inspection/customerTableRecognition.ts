/**
 * Recognising a customer table computed elsewhere: the app's own export, or what the generated
 * SQL returned from DuckDB or ClickHouse (`npm run cli -- sql customers`). Both use the customer
 * table's machine names, so the names alone say what each column is; the roles proposed here
 * are the ones a snapshot reader needs, and the measures a log would have given (orders,
 * frequency, recency, T, monetary) are read as computed, by name.
 */
import { CUSTOMER_TABLE_COLUMNS, OPTIONAL_CUSTOMER_COLUMNS, type ColumnType, type Role } from '../../engine/api.ts';

/** Columns read as computed elsewhere: not recomputed here, since the log is not at hand. */
export const COMPUTED_MEASURES = ['orders', 'frequency', 'recency', 'T', 'monetary'] as const;
export type ComputedMeasure = (typeof COMPUTED_MEASURES)[number];

/** Columns the snapshot reader rebuilds from the others (tenure from the dates, status from the flag). */
const REBUILT = ['tenure_days', 'churn_status', 'known_date'];

const ROLE_OF_NAME: Record<string, Role> = {
  customer_id: 'customer_id',
  first_date: 'signup_date',
  last_date: 'date',
  churned: 'churn_flag',
  churn_date: 'churn_date',
  total_value: 'value',
  total_cost: 'cost',
};

const KNOWN: ReadonlySet<string> = new Set([...CUSTOMER_TABLE_COLUMNS, ...OPTIONAL_CUSTOMER_COLUMNS, 'known_date']);
/** A table with an id, a churn flag and a date among this many of the names is a customer table. */
const ENOUGH_NAMES = 6;

/**
 * The roles of a customer table computed elsewhere, one per column (other columns are
 * attributes), or null when the names are not those of a customer table. Names match exactly,
 * as the SQL and the export write them; a table that merely has a `customer_id` and a `churned`
 * column (a subscription snapshot) is not one. With the columns' `types`, a churn date that is
 * not read as dates (empty: nobody churned yet) is ignored rather than mapped.
 */
export function recogniseCustomerTable(names: readonly string[], types?: readonly ColumnType[]): Role[] | null {
  const present = new Set(names.filter((n) => KNOWN.has(n)));
  if (present.size !== names.filter((n) => KNOWN.has(n)).length) return null;
  if (!present.has('customer_id') || !present.has('churned')) return null;
  if (!present.has('first_date') && !present.has('last_date')) return null;
  if (present.size < ENOUGH_NAMES) return null;
  const dated = (k: number) => !types || types[k] === 'date' || types[k] === 'datetime';
  return names.map((name, k) => {
    if (name === 'churn_date' && !dated(k)) return 'ignore';
    if (Object.hasOwn(ROLE_OF_NAME, name)) return ROLE_OF_NAME[name];
    if ((COMPUTED_MEASURES as readonly string[]).includes(name) || REBUILT.includes(name)) return 'ignore';
    return 'attribute';
  });
}

/** Each computed measure's column index in `names` (−1 when absent), for a recognised table. */
export function computedMeasureColumns(names: readonly string[]): Record<ComputedMeasure, number> {
  return Object.fromEntries(COMPUTED_MEASURES.map((m) => [m, names.indexOf(m)])) as Record<ComputedMeasure, number>;
}
