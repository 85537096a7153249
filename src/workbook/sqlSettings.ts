/**
 * The generator's settings for a cell's query, from the customer table's spec as the app built
 * it: its roles without the column the app adds when it appends several files (`source_file`,
 * DatasetSummary.sourceColumn), which the warehouse table the query reads does not have.
 */
import type { CustomerTableSpec } from '../engine/api.ts';
import type { SqlAnalysisOptions, SqlSettings } from '../sql/index.ts';

/**
 * Whether the cell groups by the app-made source column (a survival curve or a triangle per
 * file): no warehouse table has it, so the dialog says so rather than "no such column".
 */
export function groupsByAppColumn(options: SqlAnalysisOptions, sourceColumn: string | undefined): boolean {
  return sourceColumn !== undefined && options.group === sourceColumn;
}

export function sqlSettingsOf(
  spec: CustomerTableSpec,
  sourceColumn: string | undefined,
  table: string,
  options: SqlAnalysisOptions,
): SqlSettings {
  const roles = Object.fromEntries(Object.entries(spec.roles).filter(([column]) => column !== sourceColumn));
  return {
    roles,
    definition: spec.definition,
    ...(spec.asOf ? { asOf: spec.asOf } : {}),
    ...(spec.unit ? { unit: spec.unit } : {}),
    ...(spec.returns ? { returns: spec.returns } : {}),
    table: table.trim() || 'transactions',
    options,
  };
}
