/**
 * CDNOW's period and monthly churn under "more than N days without a purchase", counted point in
 * time in DuckDB SQL straight from the raw file: a customer is churned when the as-of date is
 * more than N days after their last purchase, and the loss is known (counted) on last + N + 1,
 * the first day with more than N days without activity. Independent of the engine: DuckDB parses
 * the file and does all the counting.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { sharedData } from './sharedData.ts';

export const CDNOW_MASTER = sharedData('cdnow', 'lifetimes', 'CDNOW_master.txt');

export interface CdnowKpis {
  asOf: string;
  customers: number;
  period: { start: string; end: string; atStart: number; lost: number; gained: number; lostNew: number; atEnd: number };
  monthly: { month: string; atStart: number; lost: number; complete: boolean }[];
}

export async function cdnowKpisSql(days: number): Promise<CdnowKpis> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(`
      CREATE TABLE tx AS
      SELECT s[1] AS id, strptime(s[2], '%Y%m%d')::DATE AS d FROM (
        SELECT string_split_regex(trim(line), '\\s+') AS s
        FROM read_csv('${CDNOW_MASTER}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1)
      )`);
    await db.run(`
      CREATE TABLE c AS
      WITH a AS (SELECT max(d) AS as_of FROM tx)
      SELECT id, min(d) AS first_d, max(d) AS last_d, any_value(as_of) AS as_of,
             (any_value(as_of) - max(d)) > ${days} AS churned,
             max(d) + ${days + 1} AS known
      FROM tx CROSS JOIN a GROUP BY id`);
    const one = async (sql: string) => (await db.runAndReadAll(sql)).getRowObjectsJson();
    const [p] = await one(`
      WITH p AS (SELECT max(as_of) - 364 AS s, max(as_of) + 1 AS e FROM c)
      SELECT strftime(s, '%Y-%m-%d') AS start, strftime(e - 1, '%Y-%m-%d') AS "end",
        count(*) FILTER (WHERE first_d < s AND NOT (churned AND known < s)) AS at_start,
        count(*) FILTER (WHERE first_d < s AND churned AND known >= s AND known < e) AS lost,
        count(*) FILTER (WHERE first_d >= s AND first_d < e) AS gained,
        count(*) FILTER (WHERE first_d >= s AND first_d < e AND churned AND known < e) AS lost_new,
        count(*) FILTER (WHERE first_d < e AND NOT (churned AND known < e)) AS at_end,
        count(*) AS customers, strftime(max(as_of), '%Y-%m-%d') AS as_of
      FROM p CROSS JOIN c GROUP BY s, e`);
    // Months from the one after the first purchase to the as-of date's (June 1998 ends on the as-of day).
    const months = await one(`
      WITH m AS (
        SELECT unnest(generate_series(date_trunc('month', (SELECT min(first_d) FROM c)) + INTERVAL 1 MONTH,
                                      date_trunc('month', (SELECT max(as_of) FROM c)), INTERVAL 1 MONTH))::DATE AS s
      )
      SELECT strftime(s, '%Y-%m') AS month,
        count(*) FILTER (WHERE first_d < s AND NOT (churned AND known < s)) AS at_start,
        count(*) FILTER (WHERE first_d < s AND churned AND known >= s AND known < s + INTERVAL 1 MONTH) AS lost,
        s >= (SELECT min(first_d) FROM c) + ${days + 1} AS complete
      FROM m CROSS JOIN c GROUP BY s ORDER BY s`);
    const n = (v: unknown) => Number(v);
    return {
      asOf: String(p.as_of),
      customers: n(p.customers),
      period: {
        start: String(p.start),
        end: String(p.end),
        atStart: n(p.at_start),
        lost: n(p.lost),
        gained: n(p.gained),
        lostNew: n(p.lost_new),
        atEnd: n(p.at_end),
      },
      monthly: months.map((r) => ({
        month: String(r.month),
        atStart: n(r.at_start),
        lost: n(r.lost),
        complete: r.complete === true,
      })),
    };
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
