/**
 * The SQL generator: for the confirmed roles, the active churn definition and an analysis's
 * settings, the query that reduces a transaction log to what the analysis needs, in the
 * dialect of the engine that will run it. Pure text in, text out.
 *
 *   generateSql(kind, dialect, settings) → { ok, sql, columns } | { ok: false, issue }
 */
import { DIALECT, type DialectName } from './dialects.ts';
import { SQL_COLUMNS, type SqlKind } from './kinds.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { customerTableSql } from './customerTableSql.ts';

export { SQL_KINDS, SQL_COLUMNS, isSqlKind, type SqlKind } from './kinds.ts';
export { DIALECTS, isDialectName, type DialectName, type SqlDialect } from './dialects.ts';
export type { SqlSettings, SqlAnalysisOptions, SqlOutput } from './settings.ts';
export * from './columns.ts';

const GENERATORS: Partial<Record<SqlKind, (d: (typeof DIALECT)[DialectName], s: SqlSettings) => SqlOutput>> = {
  customers: customerTableSql,
};

export function generateSql(kind: SqlKind, dialect: DialectName, settings: SqlSettings): SqlOutput {
  const generate = GENERATORS[kind];
  if (!generate) return sqlIssue('sql-not-supported', `No SQL is generated for ${kind} yet.`, { what: kind });
  const out = generate(DIALECT[dialect], settings);
  return out.ok ? { ...out, columns: SQL_COLUMNS[kind] } : out;
}
