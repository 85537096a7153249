/**
 * Survival's counts in SQL, as customerDurations.ts reads the customer table: a customer's
 * duration in days is the tenure (first purchase → churn day, or → the as-of day while not
 * churned), plus, under the default 'known' measure, the lag from the churn day to the day the
 * loss became known (N + 1 days under a fixed window). Per whole-day duration: the churned
 * (events) and the others (censored). The kernel (kaplanMeierFromCounts) divides by the unit.
 * By group: grp is the attribute's text on the customer's latest purchase day (as the engine's
 * customer table takes attributes); customers without a value are left out, as the engine
 * leaves them out. Every value comes back: pooling the small ones into "other" and cutting a
 * number into quantile bins are done in the browser from these counts. Without a group, grp
 * is empty for all. A negative duration (a contract that ended before the first purchase) is
 * left out, as the engine leaves it out.
 */
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { customerTableRefusal, customerTableSelect } from './customerTableSql.ts';
import { attributeColumnsOf } from './source.ts';
import { SURVIVAL_SQL_COLUMNS } from './columns.ts';

export function survivalSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const refused = customerTableRefusal(settings);
  if (refused) return refused;
  const group = settings.options?.group;
  if (group !== undefined && !attributeColumnsOf(settings).includes(group))
    return sqlIssue('unknown-column', `The customer table has no attribute "${group}" to group by.`, {
      column: group,
    });
  // The lag to the loss being known applies under inactivity only (the engine's durationOf).
  const known = (settings.options?.durationMeasure ?? 'known') === 'known' && settings.definition.kind === 'inactivity';
  const lag = known ? ` + CASE WHEN churned = 1 THEN ${d.daysBetween('churn_date', 'known_date')} ELSE 0 END` : '';
  const sql = `SELECT grp, duration_days, sum(churned) AS events, count(*) - sum(churned) AS censored
FROM (
  SELECT ${group === undefined ? d.text('') : d.ident(group)} AS grp, tenure_days${lag} AS duration_days, churned
  FROM (${customerTableSelect(d, settings, [], group === undefined ? [] : [group])}) AS customers
) AS durations
WHERE duration_days >= 0${group === undefined ? '' : ' AND grp IS NOT NULL'}
GROUP BY grp, duration_days
ORDER BY grp, duration_days`;
  return { ok: true, sql, columns: SURVIVAL_SQL_COLUMNS };
}
