/**
 * Revenue movements' input in SQL: each customer's revenue per calendar month, as the table's
 * monthly revenue (customerRollup.ts): the amounts of the customer's rows up to the as-of date
 * summed by month — purchases, and returns netted in their own month (or dropped, as the
 * settings say) — for the customers of the table (at least one purchase). The kernel
 * (monthlyFromRows, monthlyBridge) folds them into periods and the bridge.
 */
import { PLACEHOLDER_LAST_DAY } from '../core/inspection/implausibleDates.ts';
import { isoDate } from '../core/customers/customerActivity.ts';
import type { SqlDialect } from './dialects.ts';
import { DEFAULT_SQL_TABLE, roleColumn, sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { missingRole, sourceParts } from './source.ts';
import { REVENUE_SQL_COLUMNS } from './columns.ts';

export function revenueSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const missing = missingRole(settings);
  if (missing)
    return sqlIssue('role-missing', `Revenue movements read a transaction log: give a column the role ${missing}.`, {
      role: missing,
    });
  const { rows, asOf, hasAmount } = sourceParts(d, settings);
  if (!hasAmount)
    return sqlIssue('role-missing', 'Revenue movements need an amount (or quantity and price) on each purchase.', {
      role: 'amount',
    });
  const table = settings.table ?? DEFAULT_SQL_TABLE;
  const day = d.toDate(d.ident(roleColumn(settings.roles, 'date')!));
  const dated = `${day} > ${d.date(isoDate(PLACEHOLDER_LAST_DAY))}`;
  const dataFrom = `(SELECT min(${day}) FROM ${table} WHERE ${dated} AND ${day} <= ${d.addDays(d.today, '1')})`;
  const dataTo = `(SELECT max(${day}) FROM ${table} WHERE ${dated})`;
  const sql = `SELECT customer_id, month, revenue, ${asOf} AS as_of, ${dataFrom} AS data_from, ${dataTo} AS data_to
FROM (
  SELECT customer_id, ${d.monthIndex('day')} AS month, sum(amount) AS revenue
  FROM (${rows}) AS kept_rows
  GROUP BY customer_id, ${d.monthIndex('day')}
) AS monthly
${d.innerJoin} (
  SELECT customer_id
  FROM (${rows}) AS buyer_rows
  GROUP BY customer_id
  HAVING ${d.countIf('is_return = 0')} > 0
) AS buyers USING (customer_id)
ORDER BY customer_id, month`;
  return { ok: true, sql, columns: REVENUE_SQL_COLUMNS };
}
