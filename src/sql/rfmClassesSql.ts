/**
 * RFM's eight classes in SQL, as eightClasses.ts splits them: each of recency (days), frequency
 * (orders) and monetary value is high when strictly beyond its cut over the customers — recency
 * strictly below it (more recent), frequency and monetary strictly above — the cut being the
 * mean (sum over count of the known values) or the median (the two middle known values summed
 * and halved, not interpolated by a quantile function). An unknown monetary value is low. The
 * class is (M low ? 4 : 0) + (R low ? 2 : 0) + (F low ? 1 : 0), an index into EIGHT_CLASS_CODES,
 * returned as its code (`segment`); r, f and m are 2 (high) or 1 (low), as the app's scores.
 */
import { EIGHT_CLASS_CODES, type RfmScheme } from '../engine/api.ts';
import type { SqlDialect } from './dialects.ts';
import type { SqlOutput } from './settings.ts';
import { RFM_CLASS_SQL_COLUMNS } from './columns.ts';

export function rfmClassesSql(d: SqlDialect, scheme: Exclude<RfmScheme, 'quintile'>, measures: string): SqlOutput {
  const cut = (m: string) => (scheme === 'mean8' ? `sum(${m}) / count(${m})` : d.median(m));
  // A comparison with NULL (an unknown amount, or no known amount at all) is not high.
  const high = {
    r: 'recency_days < cut_r',
    f: 'frequency > cut_f',
    m: 'monetary > cut_m',
  };
  const level = (c: string) => `CASE WHEN ${c} THEN 2 ELSE 1 END`;
  // A searched CASE: ClickHouse 18.16 rewrites `CASE <expr> WHEN 0 …` as transform(), which
  // matched none of the index's values (every class NULL).
  const codes = EIGHT_CLASS_CODES.map(
    (code, i) => `WHEN (2 - m) * 4 + (2 - r) * 2 + (2 - f) = ${i} THEN ${d.text(code)}`,
  );
  const sql = `SELECT customer_id, recency_days, frequency, monetary, r, f, m,
  CASE ${codes.join('\n    ')} END AS segment
FROM (
  SELECT customer_id, recency_days, frequency, monetary,
    ${level(high.r)} AS r,
    ${level(high.f)} AS f,
    ${level(high.m)} AS m
  FROM (${measures}) AS measures
  CROSS JOIN (
    SELECT ${cut('recency_days')} AS cut_r, ${cut('frequency')} AS cut_f, ${cut('monetary')} AS cut_m
    FROM (${measures}) AS all_measures
  ) AS cuts
) AS levels`;
  return { ok: true, sql, columns: RFM_CLASS_SQL_COLUMNS };
}
