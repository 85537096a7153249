/**
 * The customer table in SQL, as the app's roll-up (customerRollup.ts) builds it from a log:
 * same-day purchases merged into one order; returns are never purchase days but, when netted,
 * count in the total value; a customer with only returns is not in the table; frequency =
 * orders − 1; recency and T in the unit; monetary = the mean spend of the repeat days (total
 * value less the first day's, over orders − 1; 0 with no repeat). Churn under a fixed
 * inactivity window (churnStatus.ts): churned when more than N days passed from the last
 * purchase to the as-of date, dated to the last purchase, the loss known N + 1 days after it;
 * at risk from the at-risk days. Tenure runs from the first day to the churn day, or to the
 * as-of day while the customer is not churned.
 */
import { DAYS_PER_UNIT } from '../core/customers/customerTable.ts';
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { missingRole, sourceParts } from './source.ts';
import { CUSTOMER_SQL_COLUMNS } from './columns.ts';

/** Why no SQL can be generated for these settings, or null. */
export function customerTableRefusal(settings: SqlSettings): SqlOutput | null {
  const missing = missingRole(settings);
  if (missing)
    return sqlIssue('role-missing', `The SQL reads a transaction log: give a column the role ${missing}.`, {
      role: missing,
    });
  const def = settings.definition;
  if (def.kind !== 'inactivity' || def.relativeFactor !== undefined)
    return sqlIssue(
      'sql-not-supported',
      'SQL is generated for a fixed inactivity window only (churned = more than N days without a purchase).',
      { what: def.kind === 'inactivity' ? 'relative inactivity' : def.kind },
    );
  return null;
}

/** The customer table as a SELECT (no trailing semicolon), usable as a subquery; columns CUSTOMER_SQL_COLUMNS. */
export function customerTableSelect(d: SqlDialect, settings: SqlSettings): string {
  const def = settings.definition;
  const days = def.kind === 'inactivity' ? def.days : 0;
  const atRisk = def.kind === 'inactivity' ? def.atRiskDays : undefined;
  const per = DAYS_PER_UNIT[settings.unit ?? 'weeks'];
  const { rows, asOf, hasAmount } = sourceParts(d, settings);
  const since = d.daysBetween('last_date', 'as_of');
  const churned = `${since} > ${days}`;
  const status = `CASE WHEN ${churned} THEN 'churned'${atRisk !== undefined ? ` WHEN ${since} >= ${atRisk} THEN 'at risk'` : ''} ELSE 'active' END`;
  const monetary = hasAmount
    ? `CASE WHEN orders > 1 THEN (total_value - first_day_revenue) / (orders - 1) ELSE 0 END`
    : d.nullDouble;
  return `SELECT customer_id, first_date, last_date,
  CASE WHEN ${churned} THEN ${d.daysBetween('first_date', 'last_date')} ELSE ${d.daysBetween('first_date', 'as_of')} END AS tenure_days,
  orders, orders - 1 AS frequency,
  ${d.daysBetween('first_date', 'last_date')} / ${per} AS recency,
  ${d.daysBetween('first_date', 'as_of')} / ${per} AS ${d.ident('T')},
  ${monetary} AS monetary,
  total_value,
  CASE WHEN ${churned} THEN 1 ELSE 0 END AS churned,
  CASE WHEN ${churned} THEN last_date ELSE NULL END AS churn_date,
  ${status} AS churn_status,
  CASE WHEN ${churned} THEN ${d.addDays('last_date', String(Math.floor(days) + 1))} ELSE NULL END AS known_date
FROM (
  SELECT customer_id, first_date, last_date, orders, first_day_revenue, total_value, ${asOf} AS as_of
  FROM (
    SELECT customer_id, min(day) AS first_date, max(day) AS last_date, count(*) AS orders,
      ${d.argMin('revenue', 'day')} AS first_day_revenue
    FROM (
      SELECT customer_id, day, sum(amount) AS revenue
      FROM (${rows}) AS purchase_rows
      WHERE is_return = 0
      GROUP BY customer_id, day
    ) AS purchase_days
    GROUP BY customer_id
  ) AS purchases
  ${d.innerJoin} (
    SELECT customer_id, sum(amount) AS total_value
    FROM (${rows}) AS kept_rows
    GROUP BY customer_id
  ) AS totals USING (customer_id)
) AS rolled`;
}

export function customerTableSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const refused = customerTableRefusal(settings);
  if (refused) return refused;
  return { ok: true, sql: customerTableSelect(d, settings), columns: CUSTOMER_SQL_COLUMNS };
}
