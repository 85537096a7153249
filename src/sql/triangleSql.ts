/**
 * The retention triangle's cells in SQL (calendar windows), as retentionCells.ts counts them:
 * a customer's cohort is the period of their first purchase day; a purchase day in period p
 * counts them active in period k = p − cohort; retained at k counts those whose last purchase
 * period is k or later (the kernel sums `last_active` from the end); revenue is the cohort's
 * purchase-day revenue in period k (returns are not purchases). Customers with only returns are
 * in no cohort, as in the app.
 */
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { missingRole, sourceParts } from './source.ts';
import { periodNumber } from './periodNumbers.ts';
import { TRIANGLE_SQL_COLUMNS } from './columns.ts';

export function triangleSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const missing = missingRole(settings);
  if (missing)
    return sqlIssue('role-missing', `The triangle reads a transaction log: give a column the role ${missing}.`, {
      role: missing,
    });
  const period = settings.options?.period ?? 'month';
  const { rows, asOf } = sourceParts(d, settings);
  const p = periodNumber(d, period, 'day');
  const sql = `SELECT cohort, p - cohort AS period, count(*) AS customers,
  ${d.countIf('p = last_p')} AS last_active, sum(period_revenue) AS revenue, ${asOf} AS as_of
FROM (
  SELECT customer_id, ${p} AS p, sum(amount) AS period_revenue
  FROM (${rows}) AS purchase_rows
  WHERE is_return = 0
  GROUP BY customer_id, p
) AS active
${d.innerJoin} (
  SELECT customer_id, min(${p}) AS cohort, max(${p}) AS last_p
  FROM (${rows}) AS first_rows
  WHERE is_return = 0
  GROUP BY customer_id
) AS cohorts USING (customer_id)
GROUP BY cohort, p - cohort
ORDER BY cohort, period`;
  return { ok: true, sql, columns: TRIANGLE_SQL_COLUMNS };
}
