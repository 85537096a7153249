/**
 * The customer table in SQL, as the app's roll-up (customerRollup.ts) builds it from a log:
 * same-day purchases merged into one order; returns are never purchase days but, when netted,
 * count in the total value; a customer with only returns is not in the table; frequency =
 * orders − 1; recency and T in the unit; monetary = the mean spend of the repeat days (total
 * value less the first day's, over orders − 1; 0 with no repeat). Churn as the definition
 * says (churnDefinitionSql.ts). Tenure runs from the first day to the churn day, or to the
 * as-of day while the customer is not churned.
 */
import { DAYS_PER_UNIT } from '../core/customers/customerTable.ts';
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { attributeColumnsOf, missingRole, sourceParts } from './source.ts';
import { CUSTOMER_SQL_COLUMNS } from './columns.ts';
import { definitionRefusal, definitionSql } from './churnDefinitionSql.ts';

/** A sort key after every day number: days with returns only never hold the first purchase. */
const NO_PURCHASE_KEY = 1_000_000_000;

/** Why no SQL can be generated for these settings, or null. */
export function customerTableRefusal(settings: SqlSettings): SqlOutput | null {
  const missing = missingRole(settings);
  if (missing)
    return sqlIssue('role-missing', `The SQL reads a transaction log: give a column the role ${missing}.`, {
      role: missing,
    });
  return definitionRefusal(settings);
}

/**
 * The customer table as a SELECT (no trailing semicolon), usable as a subquery; columns
 * CUSTOMER_SQL_COLUMNS, then `extra` (columns of the roll-up: as_of, first_day_revenue), then
 * the `attributes` under their own names, as text: each customer's value on their latest
 * purchase day (the engine's: the latest purchase row's; where that day's purchase rows
 * disagree, SQL, which has no row order, takes the greatest), NULL when empty.
 */
export function customerTableSelect(
  d: SqlDialect,
  settings: SqlSettings,
  extra: string[] = [],
  attributes: readonly string[] = [],
): string {
  const def = definitionSql(d, settings);
  const per = DAYS_PER_UNIT[settings.unit ?? 'weeks'];
  const { rows, asOf, hasAmount } = sourceParts(d, settings, attributes, def.rows);
  // Each level names its attribute anew (ClickHouse reads an alias equal to a column's name
  // inside the aggregate that makes it, a cycle); the source names only in the outermost SELECT.
  // In argMax '' stands for NULL (aggregates skip NULLs), and becomes NULL again after it.
  const named = attributes.map((name, i) => `, cust_attr_${i} AS ${d.ident(name)}`).join('');
  const lastKey = `CASE WHEN purchases > 0 THEN ${d.dayNumber('day')} ELSE -1 END`;
  const perDay = [
    ...attributes.map((_, i) => `max(CASE WHEN is_return = 0 THEN attr_${i} ELSE NULL END) AS day_attr_${i}`),
    ...def.perDay,
  ]
    .map((c) => `,\n        ${c}`)
    .join('');
  const perCustomer = [
    ...attributes.map((_, i) => `${d.argMax(`coalesce(day_attr_${i}, '')`, lastKey)} AS last_attr_${i}`),
    ...def.perCustomer(lastKey),
  ]
    .map((c) => `,\n      ${c}`)
    .join('');
  const kept = [
    ...attributes.map(
      (_, i) => `CASE WHEN last_attr_${i} = '' THEN ${d.nullText} ELSE last_attr_${i} END AS cust_attr_${i}`,
    ),
    ...def.rolled,
  ]
    .map((c) => `, ${c}`)
    .join('');
  const { churned, churnDay, knownDay, status } = def;
  const perCustomerSql = `
    SELECT customer_id,
      min(CASE WHEN purchases > 0 THEN day ELSE NULL END) AS first_date,
      max(CASE WHEN purchases > 0 THEN day ELSE NULL END) AS last_date,
      ${d.countIf('purchases > 0')} AS orders,
      ${d.argMin('revenue', `CASE WHEN purchases > 0 THEN ${d.dayNumber('day')} ELSE ${NO_PURCHASE_KEY} END`)} AS first_day_revenue,
      sum(day_amount) AS total_value${perCustomer}
    FROM (
      SELECT customer_id, day, ${d.sumIf('amount', 'is_return = 0')} AS revenue, sum(amount) AS day_amount,
        ${d.countIf('is_return = 0')} AS purchases${perDay}
      FROM (${rows}) AS kept_rows
      GROUP BY customer_id, day
    ) AS customer_days
    GROUP BY customer_id
  `;
  const monetary = hasAmount
    ? `CASE WHEN orders > 1 THEN (total_value - first_day_revenue) / (orders - 1) ELSE 0 END`
    : d.nullDouble;
  return `SELECT customer_id, first_date, last_date,
  CASE WHEN ${churned} THEN ${d.daysBetween('first_date', `coalesce(${churnDay}, as_of)`)} ELSE ${d.daysBetween('first_date', 'as_of')} END AS tenure_days,
  orders, orders - 1 AS frequency,
  ${d.daysBetween('first_date', 'last_date')} / ${per} AS recency,
  ${d.daysBetween('first_date', 'as_of')} / ${per} AS ${d.ident('T')},
  ${monetary} AS monetary,
  total_value,
  CASE WHEN ${churned} THEN 1 ELSE 0 END AS churned,
  CASE WHEN ${churned} THEN ${churnDay} ELSE NULL END AS churn_date,
  ${status} AS churn_status,
  CASE WHEN ${churned} THEN ${knownDay} ELSE NULL END AS known_date${extra.map((e) => `, ${e}`).join('')}${named}
FROM (
  SELECT customer_id, first_date, last_date, orders, first_day_revenue, total_value, ${asOf} AS as_of${kept}
  FROM (${perCustomerSql}) AS per_customer${def.global ? `\n  CROSS JOIN (SELECT ${def.global} FROM (${perCustomerSql}) AS all_customers WHERE orders > 0) AS coding` : ''}
  WHERE orders > 0
) AS rolled`;
}

export function customerTableSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const refused = customerTableRefusal(settings);
  if (refused) return refused;
  // Attributes named like a column of the table stay out (the table's own column wins).
  const taken = new Set<string>(CUSTOMER_SQL_COLUMNS);
  const attributes = attributeColumnsOf(settings).filter((c) => !taken.has(c));
  return {
    ok: true,
    sql: customerTableSelect(d, settings, [], attributes),
    columns: [...CUSTOMER_SQL_COLUMNS, ...attributes],
  };
}
