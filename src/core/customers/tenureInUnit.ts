/**
 * The customer table's columns as models and drivers read them: tenure read from a data column in
 * weeks or months (Telco's `tenure` is months) is shown in that unit, as tenure_weeks or
 * tenure_months, so its bins and coefficients are in the data's own numbers (months 0–72, not
 * days 0–2191.5). Tenure computed from dates, or given in days, stays tenure_days. The exported
 * customer table keeps tenure_days: its name says the unit.
 */
import { customerTableColumnsTyped, DAYS_PER_UNIT, type CustomerTable } from './customerTable.ts';
import type { TypedColumn } from '../columns/typedColumn.ts';

/** Every name the tenure column can have. */
export const TENURE_COLUMNS: ReadonlySet<string> = new Set(['tenure_days', 'tenure_weeks', 'tenure_months']);

/** The tenure column's name in the table's own unit. */
export function tenureColumnName(table: CustomerTable): string {
  const unit = table.tenureFromColumn ? table.tenureUnit : undefined;
  return unit === 'weeks' || unit === 'months' ? `tenure_${unit}` : 'tenure_days';
}

/** customerTableColumnsTyped with tenure in the data's unit (back from days to that unit's own numbers). */
export function columnsInDataUnits(table: CustomerTable): TypedColumn[] {
  const all = customerTableColumnsTyped(table);
  const name = tenureColumnName(table);
  if (name === 'tenure_days') return all;
  const per = DAYS_PER_UNIT[table.tenureUnit!];
  // Converting to days and back leaves a last-digit error (12 months → 11.999999999999998): round it off.
  const values = Float64Array.from(table.tenureDays, (d) => Math.round((d / per) * 1e9) / 1e9);
  return all.map((c) => (c.name === 'tenure_days' ? { ...c, name, data: { kind: 'number', values } } : c));
}
