/**
 * The column names each generated query returns, in order: the contract between the SQL
 * generator, the engines that run it (DuckDB, ClickHouse) and the kernels that finish the
 * analysis from its rows. Stable: other branches and saved .sql files depend on them.
 */

/** One row per customer: the engine's customer table (customerTable.ts), dates as ISO text. */
export const CUSTOMER_SQL_COLUMNS = [
  'customer_id',
  'first_date',
  'last_date',
  'tenure_days',
  'orders',
  'frequency',
  'recency',
  'T',
  'monetary',
  'total_value',
  'churned',
  'churn_date',
  'churn_status',
  /** The first day the loss counts in period KPIs (ISO text; null when active). */
  'known_date',
] as const;

/** Retention triangle: customers of a cohort (month of first purchase) active k periods later. */
export const TRIANGLE_SQL_COLUMNS = ['cohort', 'period', 'customers'] as const;

/**
 * Survival: per group and whole-day duration (first purchase to churn, or to the as-of day when
 * still active), how many customers had the event and how many were censored there.
 */
export const SURVIVAL_SQL_COLUMNS = ['grp', 'duration_days', 'events', 'censored'] as const;

/** Churn KPIs: the counts the KPIs are ratios of, for one period [period_start, period_end]. */
export const KPI_SQL_COLUMNS = [
  'period_start',
  'period_end',
  'customers',
  'churned',
  'at_risk',
  'at_start',
  'lost',
  'gained',
  'lost_new',
  'at_end',
] as const;

/** RFM: per customer the measures and their 1–5 scores as the app computes them. */
export const RFM_SQL_COLUMNS = ['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm'] as const;

/** Revenue movements: per customer and calendar month (YYYY-MM) the month's revenue (returns netted). */
export const REVENUE_SQL_COLUMNS = ['customer_id', 'month', 'revenue'] as const;
