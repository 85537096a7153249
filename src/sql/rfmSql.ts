/**
 * RFM in SQL, as rfmMeasures.ts and rfmScores.ts compute it: recency = days from the last
 * purchase to the as-of date; frequency = orders, the distinct invoices among the purchase rows
 * (a row without an invoice number is an order of its own: the lines of the pre-aggregated
 * rows), or the purchase rows without an invoice column; monetary = the customer's total
 * value (returns netted as the table nets them), or that over the orders. Scores as R rfm: the breaks are the type-7 quantiles at
 * 1/bins … (bins − 1)/bins of the known values plus 1; a value scores 1 + the breaks at or
 * below it, recency reversed; an unknown value scores 0.
 */
import { RFM_BINS, RFM_SCHEMES } from '../engine/api.ts';
import type { SqlDialect } from './dialects.ts';
import { sqlIssue, type SqlOutput, type SqlSettings } from './settings.ts';
import { customerTableRefusal, customerTableSelect } from './customerTableSql.ts';
import { sourceParts } from './source.ts';
import { RFM_SQL_COLUMNS } from './columns.ts';
import { rfmClassesSql } from './rfmClassesSql.ts';

const MEASURES = [
  ['recency_days', 'rb'],
  ['frequency', 'fb'],
  ['monetary', 'mb'],
] as const;

export function rfmSql(d: SqlDialect, settings: SqlSettings): SqlOutput {
  const refused = customerTableRefusal(settings);
  if (refused) return refused;
  const scheme = settings.options?.scheme ?? 'quintile';
  if (!RFM_SCHEMES.includes(scheme))
    return sqlIssue('sql-not-supported', `No SQL is generated for the RFM scheme ${String(scheme)}.`, {
      what: String(scheme),
    });
  if (scheme !== 'quintile') return rfmClassesSql(d, scheme, rfmMeasuresSql(d, settings));
  const bins = settings.options?.bins ?? RFM_BINS.default;
  if (!Number.isInteger(bins) || bins < RFM_BINS.min || bins > RFM_BINS.max)
    return sqlIssue('rfm-bins', `RFM scores take ${RFM_BINS.min} to ${RFM_BINS.max} bins, not ${bins}.`, {
      bins: String(bins),
      min: RFM_BINS.min,
      max: RFM_BINS.max,
    });
  const measures = rfmMeasuresSql(d, settings);
  const ks = Array.from({ length: bins - 1 }, (_, i) => i + 1);
  const breaks = MEASURES.flatMap(([m, b]) => ks.map((k) => `${d.quantile(m, k / bins)} + 1 AS ${b}${k}`));
  const below = (m: string, b: string) => ks.map((k) => `CASE WHEN ${m} >= ${b}${k} THEN 1 ELSE 0 END`).join(' + ');
  const score = (m: string, b: string, reversed: boolean) =>
    `CASE WHEN ${m} IS NULL THEN 0 ELSE ${reversed ? `${bins} - (${below(m, b)})` : `1 + ${below(m, b)}`} END`;
  const sql = `SELECT customer_id, recency_days, frequency, monetary,
  ${score('recency_days', 'rb', true)} AS r,
  ${score('frequency', 'fb', false)} AS f,
  ${score('monetary', 'mb', false)} AS m
FROM (${measures}) AS measures
CROSS JOIN (
  SELECT ${breaks.join(',\n    ')}
  FROM (${measures}) AS all_measures
) AS breaks`;
  return { ok: true, sql, columns: RFM_SQL_COLUMNS };
}

/** Per customer of the table: customer_id, recency_days, frequency (orders) and monetary. */
export function rfmMeasuresSql(d: SqlDialect, settings: SqlSettings): string {
  const { rows } = sourceParts(d, settings);
  const mean = settings.options?.monetary === 'mean';
  return `SELECT customer_id, ${d.daysBetween('last_date', 'as_of')} AS recency_days,
    orders AS frequency, ${mean ? 'total_value / orders' : 'total_value'} AS monetary
  FROM (
    SELECT customer_id, last_date, total_value, as_of
    FROM (${customerTableSelect(d, settings, ['as_of'])}) AS table_rows
  ) AS t
  ${d.innerJoin} (
    SELECT customer_id, ${d.countDistinct('invoice')} + ${d.sumIf('lines', 'invoice IS NULL')} AS orders
    FROM (${rows}) AS purchase_rows
    WHERE is_return = 0
    GROUP BY customer_id
  ) AS o USING (customer_id)`;
}
