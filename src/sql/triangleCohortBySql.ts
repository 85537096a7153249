/**
 * The retention triangle with cohorts formed by an attribute (options.cohortBy: the customer's
 * value on their latest purchase day, customers without one left out), as retentionCells.ts
 * counts them with `cohortOf`: a customer's periods still count from their own start (their
 * first purchase period, or day with rolling windows), and a cell counts only the customers
 * whose own period k is over by the as-of day (k ≤ over, over = the last such period, −1 for
 * none). Per cohort value and k the query returns contributions the browser sums from the end
 * (cohortCountsCells.ts): `customers` active in k (k ≤ over) and their `revenue`; `retained_to`,
 * the customers whose min(last purchase period, over) is k; `over_to`, those whose `over` is k,
 * and `base_to`, their period-0 revenue (k = −1 rows: customers with no period over yet, who
 * count in the cohort's size only); `first_from`, the earliest start among the row's customers
 * (the cohort's over all its rows), which fixes its row's length.
 */
import type { CohortPeriod, CohortWindows } from '../engine/api.ts';
import { ROLLING_DAYS } from '../core/analyses/retention-triangle/calendarPeriods.ts';
import type { SqlDialect } from './dialects.ts';
import type { SqlOutput } from './settings.ts';
import { periodNumber } from './periodNumbers.ts';
import { TRIANGLE_COHORT_BY_SQL_COLUMNS } from './columns.ts';

/** `cohorts`: the join giving each customer their value as grp (triangleSql's groupJoin). */
export function cohortByTriangleSql(
  d: SqlDialect,
  period: CohortPeriod,
  windows: CohortWindows,
  rows: string,
  asOf: string,
  cohorts: string,
): SqlOutput {
  const [num, den] = ROLLING_DAYS[period];
  const rolling = windows === 'rolling';
  // Start, k of a day, and the last period over by the as-of day (see lastDayOf).
  const anchor = rolling ? d.dayNumber('first_day') : periodNumber(d, period, 'first_day');
  const kOf = (day: string) =>
    rolling
      ? d.toInteger(d.floor(`(${d.dayNumber(day)} - ${d.dayNumber('first_day')}) * ${den} / ${num}`))
      : `${periodNumber(d, period, day)} - ${anchor}`;
  const over = rolling
    ? `${d.toInteger(d.floor(`(${d.dayNumber('as_of')} - ${d.dayNumber('first_day')} + 1) * ${den} / ${num}`))} - 1`
    : `${periodNumber(d, period, d.addDays('as_of', '1'))} - ${anchor} - 1`;
  const perCustomerK = `
    SELECT customer_id, start, k, last_k, over_k, sum(day_revenue) AS k_revenue
    FROM (
      SELECT customer_id, ${anchor} AS start, ${kOf('day')} AS k, ${kOf('last_day')} AS last_k, ${over} AS over_k,
        day_revenue
      FROM (
        SELECT customer_id, day, sum(amount) AS day_revenue, ${asOf} AS as_of
        FROM (${rows}) AS purchase_rows
        WHERE is_return = 0
        GROUP BY customer_id, day
      ) AS purchase_days
      ${d.innerJoin} (
        SELECT customer_id, min(day) AS first_day, max(day) AS last_day
        FROM (${rows}) AS first_rows
        WHERE is_return = 0
        GROUP BY customer_id
      ) AS spans USING (customer_id)
    ) AS days
    GROUP BY customer_id, start, k, last_k, over_k`;
  const cells = `SELECT grp, k, start, k_revenue, last_k, over_k FROM (${perCustomerK}) AS per_k${cohorts}`;
  // The parts of a UNION ALL have the same types (ClickHouse 18.16 requires it): integers and
  // doubles; their names differ from the columns they read (ClickHouse's WHERE reads an alias).
  const int = d.toInteger;
  const dbl = d.toDouble;
  const part = (k: string, customers: string, revenue: string, retained: string, overTo: string, base: string) =>
    `SELECT grp, ${int(k)} AS part_k, ${int(customers)} AS active, ${dbl(revenue)} AS rev, ${int(retained)} AS kept,
      ${int(overTo)} AS over_n, ${dbl(base)} AS base, ${int('start')} AS part_start FROM (${cells}) AS cells`;
  const least = `CASE WHEN last_k < over_k THEN last_k ELSE over_k END`;
  const sql = `SELECT grp AS cohort, part_k AS period, sum(active) AS customers, sum(kept) AS retained_to, sum(rev) AS revenue,
  sum(over_n) AS over_to, sum(base) AS base_to, min(part_start) AS first_from, ${asOf} AS as_of
FROM (
  ${part('k', '1', 'k_revenue', '0', '0', '0')} WHERE k <= over_k
  UNION ALL
  ${part('over_k', '0', '0', '0', '1', 'k_revenue')} WHERE k = 0
  UNION ALL
  ${part(least, '0', '0', '1', '0', '0')} WHERE k = 0
) AS parts
GROUP BY grp, part_k
ORDER BY cohort, period`;
  return { ok: true, sql, columns: TRIANGLE_COHORT_BY_SQL_COLUMNS };
}
