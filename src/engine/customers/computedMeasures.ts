/**
 * A customer table computed elsewhere brings the measures a transaction log would have given
 * (orders, frequency, recency, T, monetary): they are read as they are, since the log is not
 * here to recompute them. Recency and T come in the unit the SQL used; it is read off the data
 * (recency × days per unit = last − first purchase day) and converted to the table's unit.
 */
import type { ChurnDefinition, Role, TimeUnit } from '../api.ts';
import { dayNumbers } from './customerInputs.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { DAYS_PER_UNIT, type CustomerTable } from '../../core/customers/customerTable.ts';
import { COMPUTED_MEASURES, recogniseCustomerTable } from '../../core/inspection/customerTableRecognition.ts';
import { ownValue } from '../../core/columns/keyedRecord.ts';

/** Whether the dataset is a customer table computed elsewhere (its columns' names say so). */
export function isComputedCustomerTable(columns: readonly TypedColumn[]): boolean {
  return recogniseCustomerTable(columns.map((c) => c.name)) !== null;
}

/**
 * Days per unit of the recency column: the unit whose days best match last − first over
 * recency, by the median over customers with a repeat purchase; null when none has one.
 */
export function recencyUnitDays(recency: Float64Array, firstDay: Float64Array, lastDay: Float64Array): number | null {
  const ratios: number[] = [];
  for (let i = 0; i < recency.length; i++) {
    const span = lastDay[i] - firstDay[i];
    if (recency[i] > 0 && span > 0) ratios.push(span / recency[i]);
  }
  if (ratios.length === 0) return null;
  ratios.sort((a, b) => a - b);
  const median = ratios[ratios.length >> 1];
  const units = Object.values(DAYS_PER_UNIT);
  let best = units[0];
  for (const u of units) if (Math.abs(Math.log(median / u)) < Math.abs(Math.log(median / best))) best = u;
  return best;
}

/** Fills the table's measures from the dataset's columns of those names (role `ignore`), rows `rows`. */
export function readComputedMeasures(
  columns: readonly TypedColumn[],
  roles: Record<string, Role>,
  rows: Int32Array,
  table: CustomerTable,
  unit: TimeUnit,
): void {
  if (!isComputedCustomerTable(columns)) return;
  for (const measure of COMPUTED_MEASURES) {
    const col = columns.find((c) => c.name === measure);
    if (!col || ownValue(roles, measure) !== 'ignore' || col.data.kind !== 'number') continue;
    if (col.type === 'date' || col.type === 'datetime') continue;
    const values = col.data.values;
    table[measure] = Float64Array.from(rows, (r) => values[r]);
  }
  const daysPer = recencyUnitDays(table.recency, table.firstDay, table.lastDay);
  if (daysPer === null || daysPer === DAYS_PER_UNIT[unit]) return;
  const scale = daysPer / DAYS_PER_UNIT[unit];
  table.recency = table.recency.map((v) => v * scale);
  table.T = table.T.map((v) => v * scale);
}

/**
 * Under the churned flag as computed, the day each loss became known as the SQL dated it
 * (`known_date`: under inactivity, the last purchase + the window + 1), so period KPIs count
 * losses when the log would have; null without such a column (the churn date then dates them).
 */
export function computedKnownDays(
  columns: readonly TypedColumn[],
  roles: Record<string, Role>,
  rows: Int32Array,
  definition: ChurnDefinition,
): Float64Array | null {
  if (definition.kind !== 'flag' || (definition.column ?? 'churned') !== 'churned') return null;
  if (!isComputedCustomerTable(columns) || ownValue(roles, 'known_date') !== 'ignore') return null;
  const col = columns.find((c) => c.name === 'known_date');
  if (!col || (col.type !== 'date' && col.type !== 'datetime')) return null;
  const days = dayNumbers(col, 'churn_date');
  return days.ok ? Float64Array.from(rows, (r) => days.value[r]) : null;
}

/**
 * The rows of a customer table computed elsewhere that are customers: a row with neither a first
 * nor a last date is none (the lines the app's own CSV export prints after the table, saying
 * its definition and sources, read as rows); null when every row is one, or for other tables.
 */
export function customerRowsOfComputedTable(columns: readonly TypedColumn[], rows: Int32Array): Int32Array | null {
  if (!isComputedCustomerTable(columns)) return null;
  const dates = ['first_date', 'last_date'].flatMap((name) => {
    const col = columns.find((c) => c.name === name);
    return col && col.data.kind === 'number' ? [col.data.values] : [];
  });
  if (dates.length === 0) return null;
  const kept = rows.filter((r) => dates.some((d) => d[r] === d[r]));
  return kept.length === rows.length ? null : kept;
}
