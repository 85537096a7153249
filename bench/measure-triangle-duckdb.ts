/**
 * duckdb, retention triangle: `CREATE TABLE t AS SELECT * FROM read_csv_auto(…)` (loadMs, not
 * compared), then the compared time, the monthly active triangle in SQL, materialised as a table
 * as our engine materialises its result: the distinct (customer, month) pairs of purchases, each
 * customer's cohort the month of their first purchase, and per (cohort, months since) the count
 * of customers. Days are UTC dates as the engine's; rows without a customer or a date are left
 * out as the engine leaves them out. No as-of filter: the engine's as-of is the last date in the
 * data, which keeps every row. `SET threads=2`; the same query on one thread is in `detail`.
 * `<file> <role columns JSON>`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { decodeColumns, nowUs } from './customerTable.ts';
import type { CustomerColumns } from './inputs.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import type { TriangleMeasurement, TriangleRow } from './triangle.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function triangleSql(columns: CustomerColumns): string {
  const customer = quote(columns.customer);
  const month = `date_trunc('month', CAST(${quote(columns.date)} AS DATE))`;
  return `
    CREATE TABLE triangle AS
    WITH active AS (
      SELECT DISTINCT ${customer} AS customer, ${month} AS month
      FROM t
      WHERE ${customer} IS NOT NULL AND ${quote(columns.date)} IS NOT NULL
    ),
    cohorts AS (SELECT customer, min(month) AS cohort FROM active GROUP BY customer)
    SELECT cohort, datediff('month', cohort, month) AS k, count(*) AS customers
    FROM active JOIN cohorts USING (customer)
    GROUP BY cohort, k`;
}

async function timed(connection: DuckDBConnection, sql: string): Promise<number> {
  const started = performance.now();
  await connection.run(sql);
  return performance.now() - started;
}

runAsSelfTimedChild(
  'triangle-duckdb',
  async ([file, columnsJson]): Promise<Omit<TriangleMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const columns = decodeColumns(columnsJson);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run('SET threads=2');
    const loadMs = await timed(
      connection,
      `CREATE TABLE t AS SELECT * FROM read_csv_auto('${file.replaceAll("'", "''")}')`,
    );
    const sql = triangleSql(columns);
    const windowStart = nowUs();
    const ms = await timed(connection, sql);
    const windowEnd = nowUs();

    const cells = await connection.runAndReadAll(
      `SELECT strftime(cohort, '%Y-%m'), k, customers FROM triangle ORDER BY cohort, k`,
    );
    const byCohort = new Map<string, number[]>();
    for (const [cohort, k, count] of cells.getRows()) {
      const counts = byCohort.get(String(cohort)) ?? [];
      counts[Number(k)] = Number(count);
      byCohort.set(String(cohort), counts);
    }
    // Months without any active customer have no row in SQL: 0.
    const triangle: TriangleRow[] = [...byCohort].map(([cohort, counts]) => ({
      cohort,
      counts: Array.from(counts, (c) => c ?? 0),
    }));
    const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0]);

    await connection.run('DROP TABLE triangle');
    await connection.run('SET threads=1');
    const oneThreadMs = await timed(connection, sql);

    connection.closeSync();
    instance.closeSync();
    return {
      ms,
      loadMs,
      rows,
      triangle,
      windowUs: [windowStart, windowEnd],
      detail: { threads: 2, oneThreadMs: Math.round(oneThreadMs) },
    };
  },
);
