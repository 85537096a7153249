/**
 * What a generated query depends on: the confirmed roles, the active churn definition, the
 * customer-table choices (as-of date, unit, returns) and the analysis's own settings. Read
 * from the same objects the app keeps (CustomerTableSpec, the analysis options), so the SQL
 * shown for a cell is the SQL of that cell.
 */
import type {
  ChurnDefinition,
  CohortPeriod,
  CohortWindows,
  DurationMeasure,
  Issue,
  RfmScheme,
  Role,
  TimeUnit,
} from '../engine/api.ts';

export interface SqlSettings {
  /** Column → role, as confirmed (CustomerTableSpec.roles). */
  roles: Record<string, Role>;
  definition: ChurnDefinition;
  /**
   * What to read, written into FROM as given: a table name (`transactions`, a ClickHouse
   * cluster's Distributed table `db.events_all`) or a table function such as DuckDB's
   * `read_parquet('logs/*.parquet')`. Default `transactions`.
   */
  table?: string;
  /** YYYY-MM-DD; default the data's last date up to today, as the app's. */
  asOf?: string;
  /** Unit of recency and T (default weeks, as the app's customer table). */
  unit?: TimeUnit;
  /** Returns and cancellations netted (default) or dropped. */
  returns?: 'net' | 'drop';
  /** The invoice column whose values starting with C are cancellations; default found by name as the app does. */
  invoiceColumn?: string;
  /** The analysis's settings that change its aggregate (others change only how it is finished). */
  options?: SqlAnalysisOptions;
}

export interface SqlAnalysisOptions {
  /** retention-triangle: the period of cohorts and of k (week, month, quarter, year; default month). */
  period?: CohortPeriod;
  /** retention-triangle: calendar periods (default) or rolling windows from each customer's first purchase day. */
  windows?: CohortWindows;
  /** retention-triangle: cohorts formed by this attribute's values (not with a group). */
  cohortBy?: string;
  /**
   * survival, retention-triangle (its breakdown): an attribute column whose value on the
   * customer's latest purchase day groups the counts.
   */
  group?: string;
  /** survival: where a churned customer's duration ends under inactivity (default known). */
  durationMeasure?: DurationMeasure;
  /** churn-kpis: the period [start, end] (ISO dates); default the 365 days ending at the as-of date. */
  periodStart?: string;
  periodEnd?: string;
  /** rfm: R rfm's scores (quintile, the default) or the eight classes split at the mean or median. */
  scheme?: RfmScheme;
  /** rfm: score bins of the quintile scheme (default 5) and monetary as total spend (default) or spend per order. */
  bins?: number;
  monetary?: 'total' | 'mean';
}

export type SqlOutput = { ok: true; sql: string; columns: readonly string[] } | { ok: false; issue: Issue };

export const DEFAULT_SQL_TABLE = 'transactions';

/** The column holding `role`, if one does. */
export function roleColumn(roles: Record<string, Role>, role: Role): string | undefined {
  return Object.keys(roles).find((k) => Object.hasOwn(roles, k) && roles[k] === role);
}

export function sqlIssue(code: Issue['code'], message: string, params?: Record<string, string | number>): SqlOutput {
  return { ok: false, issue: { severity: 'error', code, message, ...(params ? { params } : {}) } };
}
