/**
 * Recognising an analysis's aggregate computed elsewhere: the rows the app's generated SQL
 * returns for the retention triangle, survival or the churn KPIs (src/sql/columns.ts), run by
 * DuckDB or ClickHouse and saved as CSV, Parquet or Arrow. The column names are the contract,
 * so a file is such an aggregate when its names are exactly one query's names (in any order).
 */
import { KPI_SQL_COLUMNS, SURVIVAL_SQL_COLUMNS, TRIANGLE_SQL_COLUMNS } from '../../sql/columns.ts';

/** The analyses whose aggregate the app reads back, each its kind-name. */
export const AGGREGATE_COLUMNS = {
  'retention-triangle': TRIANGLE_SQL_COLUMNS,
  survival: SURVIVAL_SQL_COLUMNS,
  'churn-kpis': KPI_SQL_COLUMNS,
} as const;

export type AggregateKind = keyof typeof AGGREGATE_COLUMNS;

export const AGGREGATE_KINDS = Object.keys(AGGREGATE_COLUMNS) as AggregateKind[];

/** The analysis whose aggregate a table with these column names is, or null. */
export function recogniseAggregate(names: readonly string[]): AggregateKind | null {
  const present = new Set(names);
  if (present.size !== names.length) return null;
  for (const kind of AGGREGATE_KINDS) {
    const wanted: readonly string[] = AGGREGATE_COLUMNS[kind];
    if (wanted.length === names.length && wanted.every((n) => present.has(n))) return kind;
  }
  return null;
}
