/**
 * What the SQL generator can emit: the customer table and the aggregates of the analyses that
 * reduce data, named exactly as the analysis kinds of the engine's registry.
 */
import type { AnalysisKind } from '../engine/api.ts';
import {
  CUSTOMER_SQL_COLUMNS,
  KPI_SQL_COLUMNS,
  REVENUE_SQL_COLUMNS,
  RFM_SQL_COLUMNS,
  SURVIVAL_SQL_COLUMNS,
  TRIANGLE_SQL_COLUMNS,
} from './columns.ts';

export const SQL_KINDS = [
  'customers',
  'churn-kpis',
  'retention-triangle',
  'survival',
  'rfm',
  'revenue-movements',
] as const satisfies readonly ('customers' | AnalysisKind)[];

export type SqlKind = (typeof SQL_KINDS)[number];

export const SQL_COLUMNS: Record<SqlKind, readonly string[]> = {
  customers: CUSTOMER_SQL_COLUMNS,
  'churn-kpis': KPI_SQL_COLUMNS,
  'retention-triangle': TRIANGLE_SQL_COLUMNS,
  survival: SURVIVAL_SQL_COLUMNS,
  rfm: RFM_SQL_COLUMNS,
  'revenue-movements': REVENUE_SQL_COLUMNS,
};

export const isSqlKind = (k: string): k is SqlKind => (SQL_KINDS as readonly string[]).includes(k);
