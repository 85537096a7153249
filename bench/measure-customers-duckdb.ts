/**
 * duckdb, customer table: `CREATE TABLE t AS SELECT * FROM read_csv_auto(…)` (timed as `load`,
 * not compared), then the compared time, the same per-customer table in SQL, materialised as a
 * table as our engine materialises its own: BTYD roll-up (same-day purchases merged, the first
 * purchase day not a repeat), recency and T in weeks to the as-of date (the last date in the
 * data), churned = more than 180 days since the last purchase, returns netted.
 * `SET threads=2` as in the ingestion bench; the same query on one thread is in `detail`.
 * `<file> <role columns JSON>`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  CHURN_DAYS,
  decodeColumns,
  nowUs,
  type CustomerTableChecksums,
  type CustomerTableMeasurement,
} from './customerTable.ts';
import type { CustomerColumns } from './inputs.ts';
import { runAsSelfTimedChild } from './measurement.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function customerTableSql(columns: CustomerColumns): string {
  const customer = quote(columns.customer);
  // Day of the purchase (UTC), as the engine's floor(ms / 86 400 000).
  const day = `CAST(${quote(columns.date)} AS DATE)`;
  const amount =
    'amount' in columns
      ? `CAST(${quote(columns.amount)} AS DOUBLE)`
      : `CAST(${quote(columns.quantity)} AS DOUBLE) * CAST(${quote(columns.price)} AS DOUBLE)`;
  return `
    CREATE TABLE customers AS
    WITH as_of AS (SELECT max(${day}) AS as_of FROM t),
    purchase_days AS (
      SELECT ${customer} AS customer, ${day} AS day, sum(${amount}) AS revenue
      FROM t, as_of
      WHERE ${customer} IS NOT NULL AND ${day} IS NOT NULL AND ${day} <= as_of
      GROUP BY ALL
    ),
    per_customer AS (
      SELECT customer, min(day) AS first_day, max(day) AS last_day, count(*) AS orders,
             sum(revenue) AS total_value, arg_min(revenue, day) AS first_day_revenue
      FROM purchase_days
      GROUP BY customer
    )
    SELECT customer, first_day, last_day, orders, orders - 1 AS frequency,
           (last_day - first_day) / 7.0 AS recency,
           (as_of - first_day) / 7.0 AS T,
           total_value,
           CASE WHEN orders > 1 THEN (total_value - first_day_revenue) / (orders - 1) ELSE 0 END AS monetary,
           (as_of - last_day) > ${CHURN_DAYS} AS churned
    FROM per_customer, as_of`;
}

async function timed(connection: DuckDBConnection, sql: string): Promise<number> {
  const started = performance.now();
  await connection.run(sql);
  return performance.now() - started;
}

runAsSelfTimedChild(
  'customers-duckdb',
  async ([file, columnsJson]): Promise<Omit<CustomerTableMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const columns = decodeColumns(columnsJson);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run('SET threads=2');
    const loadMs = await timed(
      connection,
      `CREATE TABLE t AS SELECT * FROM read_csv_auto('${file.replaceAll("'", "''")}')`,
    );
    const sql = customerTableSql(columns);
    const windowStart = nowUs();
    const ms = await timed(connection, sql);
    const windowEnd = nowUs();

    const sums = await connection.runAndReadAll(`
      SELECT count(*), sum(churned::INTEGER), sum(orders), sum(frequency), sum(recency), sum(T),
             sum(total_value), sum(monetary), (SELECT count(*) FROM t),
            
             (SELECT strftime(max(CAST(${quote(columns.date)} AS DATE)), '%Y-%m-%d') FROM t)
      FROM customers`);
    const row = sums.getRows()[0].map((v) => (typeof v === 'bigint' ? Number(v) : v));
    const checksums: CustomerTableChecksums = {
      customers: Number(row[0]),
      churned: Number(row[1]),
      orders: Number(row[2]),
      frequency: Number(row[3]),
      recency: Number(row[4]),
      T: Number(row[5]),
      totalValue: Number(row[6]),
      monetary: Number(row[7]),
    };
    const types = (await connection.runAndReadAll('DESCRIBE t'))
      .getRows()
      .map((r) => `${String(r[0])}:${String(r[1])}`);

    // The same query on one thread, for comparison with our single-threaded engine; not compared.
    await connection.run('DROP TABLE customers');
    await connection.run('SET threads=1');
    const oneThreadMs = await timed(connection, sql);

    connection.closeSync();
    instance.closeSync();
    return {
      ms,
      loadMs,
      rows: Number(row[8]),
      asOf: String(row[9]),
      checksums,
      windowUs: [windowStart, windowEnd],
      detail: { threads: 2, oneThreadMs: Math.round(oneThreadMs), columns: types },
    };
  },
);
