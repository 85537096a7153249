/**
 * The churn KPIs' counts in SQL, as periodChurn.ts counts them over the days [start, end), a
 * loss counted on the day it became known: at start = acquired before the start and not lost
 * before it; lost = of those, lost before the end; gained = first day in the period; lost new
 * = gained and lost before the end; at end = at start − lost + gained − lost new. The period
 * defaults to the 365 days ending on the as-of date, as the app's. A churned customer without a
 * known loss day (a flag without a date) makes the period unknowable: churned_undated says how
 * many, and the app then gives no period figures.
 */
import type { SqlDialect } from './dialects.ts';
import type { SqlOutput, SqlSettings } from './settings.ts';
import { customerTableRefusal, customerTableSelect } from './customerTableSql.ts';
import { sourceParts } from './source.ts';
import { KPI_SQL_COLUMNS } from './columns.ts';

export function kpiSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const refused = customerTableRefusal(settings);
  if (refused) return refused;
  const { asOf } = sourceParts(d, settings);
  const o = settings.options ?? {};
  const start = o.periodStart ? d.date(o.periodStart) : d.addDays(asOf, '-364');
  // Exclusive end: the day after the period's last day.
  const end = d.addDays(o.periodEnd ? d.date(o.periodEnd) : asOf, '1');
  const lostBy = (day: string) => `(churned = 1 AND ${d.orFalse(`known_date < ${day}`)})`;
  const atStart = `first_date < period_start AND NOT ${lostBy('period_start')}`;
  const isNew = 'first_date >= period_start AND first_date < period_end_excl';
  // Aggregates never take a column's name (ClickHouse would read the alias inside other aggregates).
  const sql = `SELECT period_start, ${d.addDays('period_end_excl', '-1')} AS period_end, customers,
  n_churned AS churned, at_risk, at_start, lost, gained, lost_new, at_start - lost + gained - lost_new AS at_end,
  first_day AS first_date, n_undated AS churned_undated
FROM (
  SELECT period_start, period_end_excl, count(*) AS customers, sum(churned) AS n_churned,
    ${d.countIf(`churn_status = 'at risk'`)} AS at_risk,
    ${d.countIf(atStart)} AS at_start,
    ${d.countIf(`${atStart} AND ${lostBy('period_end_excl')}`)} AS lost,
    ${d.countIf(isNew)} AS gained,
    ${d.countIf(`${isNew} AND ${lostBy('period_end_excl')}`)} AS lost_new,
    min(first_date) AS first_day,
    ${d.countIf('churned = 1 AND known_date IS NULL')} AS n_undated
  FROM (
    SELECT customer_id, first_date, churned, churn_status, known_date, ${start} AS period_start, ${end} AS period_end_excl
    FROM (${customerTableSelect(d, settings)}) AS customers
  ) AS dated
  GROUP BY period_start, period_end_excl
) AS counted`;
  return { ok: true, sql, columns: KPI_SQL_COLUMNS };
}
