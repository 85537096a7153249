/**
 * Survival's counts in SQL, as customerDurations.ts reads the customer table: a customer's
 * duration in days is the tenure (first purchase → churn day, or → the as-of day while not
 * churned), plus, under the default 'known' measure, the lag from the churn day to the day the
 * loss became known (N + 1 days under a fixed window). Per whole-day duration: the churned
 * (events) and the others (censored). The kernel (kaplanMeierFromCounts) divides by the unit.
 * One group (grp is empty): curves per attribute value are computed in the browser.
 */
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { customerTableRefusal, customerTableSelect } from './customerTableSql.ts';
import { SURVIVAL_SQL_COLUMNS } from './columns.ts';

export function survivalSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const refused = customerTableRefusal(settings);
  if (refused) return refused;
  if (settings.options?.group)
    return sqlIssue('sql-not-supported', 'Survival SQL is generated for all customers together, not by group.', {
      what: 'survival by group',
    });
  const known = (settings.options?.durationMeasure ?? 'known') === 'known';
  const lag = known ? ` + CASE WHEN churned = 1 THEN ${d.daysBetween('churn_date', 'known_date')} ELSE 0 END` : '';
  const sql = `SELECT grp, duration_days, sum(churned) AS events, count(*) - sum(churned) AS censored
FROM (
  SELECT ${d.text('')} AS grp, tenure_days${lag} AS duration_days, churned
  FROM (${customerTableSelect(d, settings)}) AS customers
) AS durations
GROUP BY grp, duration_days
ORDER BY grp, duration_days`;
  return { ok: true, sql, columns: SURVIVAL_SQL_COLUMNS };
}
