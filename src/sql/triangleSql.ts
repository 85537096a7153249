/**
 * The retention triangle's cells in SQL (calendar windows), as retentionCells.ts counts them:
 * a customer's cohort is the period of their first purchase day; a purchase day in period p
 * counts them active in period k = p − cohort; retained at k counts those whose last purchase
 * period is k or later (the kernel sums `last_active` from the end); revenue is the cohort's
 * purchase-day revenue in period k (returns are not purchases). Customers with only returns are
 * in no cohort, as in the app.
 *
 * By a breakdown attribute (options.group): grp is the attribute's text on the customer's latest
 * purchase day (the customer table's, as survival's groups), customers without one left out, as
 * the engine leaves them out; every value comes back, and the browser pools the small ones into
 * "other" by summing their rows (every count is a sum over customers).
 */
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { attributeColumnsOf, missingRole, sourceParts } from './source.ts';
import { periodNumber } from './periodNumbers.ts';
import { TRIANGLE_GROUP_SQL_COLUMNS, TRIANGLE_SQL_COLUMNS } from './columns.ts';
import { customerTableRefusal, customerTableSelect } from './customerTableSql.ts';
import { rollingTriangleSql } from './triangleRollingSql.ts';
import { cohortByTriangleSql } from './triangleCohortBySql.ts';

export function triangleSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const missing = missingRole(settings);
  if (missing)
    return sqlIssue('role-missing', `The triangle reads a transaction log: give a column the role ${missing}.`, {
      role: missing,
    });
  const group = settings.options?.group;
  if (group !== undefined) {
    const refused = customerTableRefusal(settings);
    if (refused) return refused;
    if (!attributeColumnsOf(settings).includes(group))
      return sqlIssue(
        'unknown-column',
        `The customer table has no attribute "${group}" to break the triangle down by.`,
        {
          column: group,
        },
      );
  }
  const period = settings.options?.period ?? 'month';
  const { rows, asOf } = sourceParts(d, settings);
  const cohortBy = settings.options?.cohortBy;
  if (cohortBy !== undefined) {
    if (group !== undefined)
      return sqlIssue('sql-not-supported', 'No SQL for cohorts by an attribute with a breakdown.', {
        what: 'cohortBy + breakdown',
      });
    const refused = customerTableRefusal(settings);
    if (refused) return refused;
    if (!attributeColumnsOf(settings).includes(cohortBy))
      return sqlIssue('unknown-column', `The customer table has no attribute "${cohortBy}" to form cohorts from.`, {
        column: cohortBy,
      });
    const windows = settings.options?.windows ?? 'calendar';
    return cohortByTriangleSql(d, period, windows, rows, asOf, groupJoin(d, settings, cohortBy));
  }
  const groups = groupJoin(d, settings, group);
  if (settings.options?.windows === 'rolling') return rollingTriangleSql(d, period, rows, asOf, groups);
  const p = periodNumber(d, period, 'day');
  const g = group === undefined ? '' : 'grp, ';
  const sql = `SELECT ${g}cohort, p - cohort AS period, count(*) AS customers,
  ${d.countIf('p = last_p')} AS last_active, sum(period_revenue) AS revenue, ${asOf} AS as_of
FROM (
  SELECT customer_id, p, period_revenue, cohort, last_p
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
) AS cells${groups}
GROUP BY ${g}cohort, p - cohort
ORDER BY ${g}cohort, period`;
  return { ok: true, sql, columns: group === undefined ? TRIANGLE_SQL_COLUMNS : TRIANGLE_GROUP_SQL_COLUMNS };
}

/**
 * The join that gives each customer their breakdown value (grp), or '' without a breakdown.
 * ClickHouse 18.16 takes one JOIN per SELECT: it joins the already joined cells.
 */
function groupJoin(d: SqlDialect, settings: SqlSettings, group: string | undefined): string {
  if (group === undefined) return '';
  return `\n${d.innerJoin} (
  SELECT customer_id, ${d.ident(group)} AS grp
  FROM (${customerTableSelect(d, settings, [], [group])}) AS customers
  WHERE ${d.ident(group)} IS NOT NULL
) AS groups USING (customer_id)`;
}
