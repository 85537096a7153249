/**
 * The column names each generated query returns, in order: the contract between the SQL
 * generator, the engines that run it (DuckDB, ClickHouse) and the kernels that finish the
 * analysis from its rows. Stable: other branches and saved .sql files depend on them.
 */

/** One row per customer: the engine's customer table (customerTable.ts), dates as DATE. */
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
  /** The first day the loss counts in period KPIs (null unless churned). */
  'known_date',
] as const;

/**
 * Retention triangle, calendar periods: per cohort (the period number of the first purchase, as
 * calendarPeriods.ts counts them: month = year × 12 + month − 1) and period k since it, the
 * customers with a purchase in it, those whose last purchase period it is (retained = a suffix
 * sum of these), and the cohort's purchase revenue in it; the as-of date on every row.
 */
export const TRIANGLE_SQL_COLUMNS = ['cohort', 'period', 'customers', 'last_active', 'revenue', 'as_of'] as const;

/**
 * The triangle by a breakdown attribute: the same per value of it (grp, the customer's value on
 * their latest purchase day; customers without one left out).
 */
export const TRIANGLE_GROUP_SQL_COLUMNS = ['grp', ...TRIANGLE_SQL_COLUMNS] as const;

/**
 * The triangle with rolling windows (periods from each customer's own first purchase day): the
 * same, k counting windows, with the earliest and latest first purchase day (DATE) among the
 * row's customers — in period 0 the cohort's, which fix its row's length and observed cells.
 */
export const TRIANGLE_ROLLING_SQL_COLUMNS = [...TRIANGLE_SQL_COLUMNS, 'first_from', 'first_to'] as const;
export const TRIANGLE_ROLLING_GROUP_SQL_COLUMNS = ['grp', ...TRIANGLE_ROLLING_SQL_COLUMNS] as const;

/**
 * The triangle with cohorts formed by an attribute (triangleCohortBySql.ts): per cohort value
 * and k, contributions summed from the end in the browser — customers active and revenue in k,
 * and the customers whose retained span (retained_to) or whose last period over (over_to, with
 * their period-0 revenue base_to) ends at k; first_from the earliest start among them.
 */
export const TRIANGLE_COHORT_BY_SQL_COLUMNS = [
  'cohort',
  'period',
  'customers',
  'retained_to',
  'revenue',
  'over_to',
  'base_to',
  'first_from',
  'as_of',
] as const;

/**
 * Survival: per group and whole-day duration (first purchase to churn, or to the as-of day when
 * still active), how many customers had the event and how many were censored there.
 */
export const SURVIVAL_SQL_COLUMNS = ['grp', 'duration_days', 'events', 'censored'] as const;

/**
 * Churn KPIs: the counts the KPIs are ratios of, for one period [period_start, period_end]
 * (losses counted on the day they became known), and the first customer's first date (from
 * which losses are knowable, for the period's `complete`).
 */
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
  'first_date',
  /** Churned customers without a known loss day (a flag without a date): the period is not computed then. */
  'churned_undated',
] as const;

/** RFM: per customer the measures and their 1–5 scores as the app computes them. */
export const RFM_SQL_COLUMNS = ['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm'] as const;

/**
 * RFM's eight classes (schemes mean8, median8): the measures, r, f and m as 2 (high) or 1 (low),
 * and the class's code (EIGHT_CLASS_CODES: important-value … general-winback).
 */
export const RFM_CLASS_SQL_COLUMNS = [...RFM_SQL_COLUMNS, 'segment'] as const;

/**
 * Revenue movements: per customer of the table and calendar month (its number, year × 12 +
 * month − 1) the month's revenue (purchases, returns netted unless dropped); with the as-of
 * date, the data's first date and its last (rows after the as-of date included): what says
 * which months the data has finished.
 */
export const REVENUE_SQL_COLUMNS = ['customer_id', 'month', 'revenue', 'as_of', 'data_from', 'data_to'] as const;
