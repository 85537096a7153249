/**
 * duckdb, RFM: `CREATE TABLE t AS SELECT * FROM read_csv_auto(…)` (loadMs), then its customer
 * table as the engine reads it (customerTableMs; both not compared): per customer the days from
 * the last purchase to the as-of date (the data's last date), the orders (distinct invoices, or
 * purchase rows) and the total spend with returns netted — a return being a negative amount or an
 * invoice starting with C, never a purchase — to the cent, as ours: sums of cents added in another
 * order (DuckDB's is not even the same from run to run) differ in their last bits, which would move
 * a customer whose spend sits exactly on a break. Then the compared time: R rfm's scores in SQL, the
 * breaks as `quantile_cont` (linear, type 7) + 1 and each score 1 + the breaks at or below the
 * value (recency reversed), materialised as a table. `SET threads=2`; one thread in `detail`.
 * `<file> <role columns JSON> [invoice column]`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { decodeColumns, nowUs } from './customerTable.ts';
import type { CustomerColumns } from './inputs.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { cellIndex, type RfmMeasurement } from './rfm.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function customerTableSql(columns: CustomerColumns, invoice: string | undefined): string {
  const customer = quote(columns.customer);
  const day = `CAST(${quote(columns.date)} AS DATE)`;
  const amount =
    'amount' in columns
      ? `CAST(${quote(columns.amount)} AS DOUBLE)`
      : `CAST(${quote(columns.quantity)} AS DOUBLE) * CAST(${quote(columns.price)} AS DOUBLE)`;
  const cancelled = invoice ? ` OR upper(trim(CAST(${quote(invoice)} AS VARCHAR))) LIKE 'C%'` : '';
  const orders = invoice ? `count(DISTINCT ${quote(invoice)})` : 'count(*)';
  return `
    CREATE TABLE c AS
    WITH a AS (SELECT max(${day}) AS as_of FROM t),
    x AS (
      SELECT ${customer} AS customer, ${day} AS day, ${amount} AS amount,
             (${amount} < 0${cancelled}) AS is_return${invoice ? `, ${quote(invoice)}` : ''}
      FROM t WHERE ${customer} IS NOT NULL AND ${day} IS NOT NULL
    )
    SELECT customer, any_value(as_of) - max(day) FILTER (WHERE NOT is_return) AS recency,
           ${orders} FILTER (WHERE NOT is_return) AS frequency, round(sum(amount), 2) AS monetary
    FROM x, a GROUP BY customer
    HAVING count(*) FILTER (WHERE NOT is_return) > 0`;
}

const score = (column: string, breaks: string) =>
  [1, 2, 3, 4].map((k) => `(${column} >= ${breaks}[${k}] + 1)::INTEGER`).join(' + ');

const SCORES_SQL = `
  CREATE TABLE rfm AS
  WITH b AS (
    SELECT quantile_cont(recency, [0.2, 0.4, 0.6, 0.8]) AS rb, quantile_cont(frequency, [0.2, 0.4, 0.6, 0.8]) AS fb,
           quantile_cont(monetary, [0.2, 0.4, 0.6, 0.8]) AS mb
    FROM c)
  SELECT customer, 5 - (${score('recency', 'rb')}) AS r, 1 + ${score('frequency', 'fb')} AS f,
         1 + ${score('monetary', 'mb')} AS m
  FROM c, b`;

async function timed(connection: DuckDBConnection, sql: string): Promise<number> {
  const started = performance.now();
  await connection.run(sql);
  return performance.now() - started;
}

runAsSelfTimedChild(
  'rfm-duckdb',
  async ([file, columnsJson, invoice]): Promise<Omit<RfmMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const columns = decodeColumns(columnsJson);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run('SET threads=2');
    const loadMs = await timed(
      connection,
      `CREATE TABLE t AS SELECT * FROM read_csv_auto('${file.replaceAll("'", "''")}')`,
    );
    const customerTableMs = await timed(connection, customerTableSql(columns, invoice || undefined));
    const windowStart = nowUs();
    const ms = await timed(connection, SCORES_SQL);
    const windowEnd = nowUs();

    const cells = new Array<number>(125).fill(0);
    for (const [r, f, m, n] of (
      await connection.runAndReadAll('SELECT r, f, m, count(*) FROM rfm GROUP BY ALL')
    ).getRows())
      cells[cellIndex(Number(r), Number(f), Number(m))] = Number(n);
    const [b] = (
      await connection.runAndReadAll(
        `SELECT quantile_cont(recency, [0.2, 0.4, 0.6, 0.8]), quantile_cont(frequency, [0.2, 0.4, 0.6, 0.8]),
                quantile_cont(monetary, [0.2, 0.4, 0.6, 0.8]), count(*), (SELECT count(*) FROM t) FROM c`,
      )
    ).getRowsJson();
    const plusOne = (v: unknown) => (v as number[]).map((x) => Number(x) + 1);

    await connection.run('DROP TABLE rfm');
    await connection.run('SET threads=1');
    const oneThreadMs = await timed(connection, SCORES_SQL);
    connection.closeSync();
    instance.closeSync();
    return {
      ms,
      loadMs,
      customerTableMs,
      rows: Number(b[4]),
      customers: Number(b[3]),
      breaks: { recency: plusOne(b[0]), frequency: plusOne(b[1]), monetary: plusOne(b[2]) },
      cells,
      windowUs: [windowStart, windowEnd],
      detail: { threads: 2, oneThreadMs: Math.round(oneThreadMs) },
    };
  },
);
