/**
 * The SQL generator: for the confirmed roles, the active churn definition and an analysis's
 * settings, the query that reduces a transaction log to what the analysis needs, in the
 * dialect of the engine that will run it. Pure text in, text out.
 *
 *   generateSql(kind, dialect, settings) → { ok, sql, columns } | { ok: false, issue }
 */
import { DIALECT, type DialectName } from './dialects.ts';
import type { SqlKind } from './kinds.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { validateDefinition } from '../core/customers/churnDefinition.ts';
import { customerTableSql } from './customerTableSql.ts';
import { sourceParts } from './source.ts';
import { triangleSql } from './triangleSql.ts';
import { survivalSql } from './survivalSql.ts';
import { kpiSql } from './kpiSql.ts';
import { rfmSql } from './rfmSql.ts';
import { revenueSql } from './revenueSql.ts';

export { SQL_KINDS, SQL_COLUMNS, isSqlKind, type SqlKind } from './kinds.ts';
export { DIALECTS, isDialectName, type DialectName, type SqlDialect } from './dialects.ts';
export type { SqlSettings, SqlAnalysisOptions, SqlOutput } from './settings.ts';
export * from './columns.ts';

const GENERATORS: Record<SqlKind, (d: (typeof DIALECT)[DialectName], s: SqlSettings) => SqlOutput> = {
  customers: customerTableSql,
  'retention-triangle': triangleSql,
  survival: survivalSql,
  'churn-kpis': kpiSql,
  rfm: rfmSql,
  'revenue-movements': revenueSql,
};

export function generateSql(kind: SqlKind, dialect: DialectName, settings: SqlSettings): SqlOutput {
  // A kind from JSON or the command line may be any text.
  const generate = Object.hasOwn(GENERATORS, kind) ? GENERATORS[kind] : undefined;
  if (!generate)
    return sqlIssue('sql-not-supported', `No SQL is generated for ${String(kind)}.`, { what: String(kind) });
  const checked = validateDefinition(settings.definition);
  if (!checked.ok) return sqlIssue('invalid-definition', checked.message);
  // Each generator names its columns: SQL_COLUMNS[kind], the customer table's followed by its
  // attributes, RFM's eight classes' with their segment.
  return generate(DIALECT[dialect], { ...settings, definition: checked.definition });
}

/** `SELECT <the as-of date> AS as_of`: the date every query above counts to (given, or the data's last date up to today). */
export function asOfSql(dialect: DialectName, settings: SqlSettings): string {
  return `SELECT ${sourceParts(DIALECT[dialect], settings).asOf} AS as_of`;
}
