/**
 * The retention triangle with rolling windows in SQL, as retentionCells.ts counts them: a
 * customer's cohort is the calendar period of their first purchase day, and a purchase day d is
 * in their window k = ⌊(d − first) · den / num⌋ (ROLLING_DAYS: the period's length in days as
 * the exact fraction num / den). Per cohort and k: the customers with a purchase in window k,
 * those whose last purchase is in it, the revenue; and the earliest and latest first purchase
 * day among the row's customers — in window 0 (where every customer of the cohort is) the
 * cohort's own, which say how long its row is and which of its cells the as-of day has closed.
 */
import type { CohortPeriod } from '../engine/api.ts';
import { ROLLING_DAYS } from '../core/analyses/retention-triangle/calendarPeriods.ts';
import type { SqlDialect } from './dialects.ts';
import type { SqlOutput } from './settings.ts';
import { periodNumber } from './periodNumbers.ts';
import { TRIANGLE_ROLLING_GROUP_SQL_COLUMNS, TRIANGLE_ROLLING_SQL_COLUMNS } from './columns.ts';

/** `groups`: the join giving each customer their grp (triangleSql's groupJoin), or ''. */
export function rollingTriangleSql(
  d: SqlDialect,
  period: CohortPeriod,
  rows: string,
  asOf: string,
  groups: string,
): SqlOutput {
  const [num, den] = ROLLING_DAYS[period];
  const window = (day: string) => d.toInteger(d.floor(`(${day} - first_num) * ${den} / ${num}`));
  const g = groups ? 'grp, ' : '';
  const sql = `SELECT ${g}cohort, k AS period, count(*) AS customers, ${d.countIf('k = last_k')} AS last_active,
  sum(k_revenue) AS revenue, ${asOf} AS as_of, min(first_day) AS first_from, max(first_day) AS first_to
FROM (
  SELECT customer_id, cohort, first_day, k, last_k, sum(day_revenue) AS k_revenue
  FROM (
    SELECT customer_id, cohort, first_day, ${window('day_num')} AS k, ${window('last_num')} AS last_k, day_revenue
    FROM (
      SELECT customer_id, ${d.dayNumber('day')} AS day_num, sum(amount) AS day_revenue
      FROM (${rows}) AS purchase_rows
      WHERE is_return = 0
      GROUP BY customer_id, day_num
    ) AS purchase_days
    ${d.innerJoin} (
      SELECT customer_id, first_day, ${d.dayNumber('first_day')} AS first_num, ${d.dayNumber('last_day')} AS last_num,
        ${periodNumber(d, period, 'first_day')} AS cohort
      FROM (
        SELECT customer_id, min(day) AS first_day, max(day) AS last_day
        FROM (${rows}) AS first_rows
        WHERE is_return = 0
        GROUP BY customer_id
      ) AS spans
    ) AS firsts USING (customer_id)
  ) AS windows
  GROUP BY customer_id, cohort, first_day, k, last_k
) AS cells${groups}
GROUP BY ${g}cohort, k
ORDER BY ${g}cohort, period`;
  return { ok: true, sql, columns: groups ? TRIANGLE_ROLLING_GROUP_SQL_COLUMNS : TRIANGLE_ROLLING_SQL_COLUMNS };
}
