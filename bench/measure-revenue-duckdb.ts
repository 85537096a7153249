/**
 * duckdb, revenue movements: `CREATE TABLE t AS SELECT * FROM read_csv_auto(…)` (loadMs, not
 * compared), then the compared time, the monthly revenue bridge in SQL, materialised as a table
 * as our engine materialises its result, with the engine's stated conventions: customers are
 * those with a purchase (a row that is not a return: a negative amount, or an InvoiceNo starting
 * with C where there is one); a customer's month is the sum of its amounts, 0 within 1e-6 of 0,
 * floored at 0, a change below 1e-6 none; months run from the first with a row to the last the data covers to its end.
 * Only (customer, month) cells with rows are materialised: a customer's previous cell is the month
 * before (lag) or the customer had no revenue then; churn lands in the month after a cell with
 * revenue that no revenue follows, and the start of a month is the end of the one before, both
 * carried over the small table of months. `SET threads=2`; one thread in `detail`. `<file> <role columns JSON>`.
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { decodeColumns, nowUs } from './customerTable.ts';
import type { CustomerColumns } from './inputs.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { REVENUE_COUNTS, REVENUE_FLOWS, type BridgeRow, type RevenueMeasurement } from './revenue.ts';

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

function bridgeSql(columns: CustomerColumns, invoice: string | null): string {
  const customer = quote(columns.customer);
  const day = `CAST(${quote(columns.date)} AS DATE)`;
  const amount =
    'amount' in columns
      ? `CAST(${quote(columns.amount)} AS DOUBLE)`
      : `CAST(${quote(columns.quantity)} AS DOUBLE) * CAST(${quote(columns.price)} AS DOUBLE)`;
  const isReturn = `(${amount} < 0${invoice ? ` OR ${quote(invoice)} LIKE 'C%'` : ''})`;
  return `
    CREATE TABLE bridge AS
    WITH bounds AS (SELECT year(max(${day}) + 1) * 12 + month(max(${day}) + 1) - 2 AS last_m FROM t),
    summed AS (
      SELECT ${customer} AS c, year(${day}) * 12 + month(${day}) - 1 AS m,
        CASE WHEN abs(sum(${amount})) < 1e-6 THEN 0 ELSE greatest(sum(${amount}), 0) END AS r,
        bool_or(NOT ${isReturn}) AS bought
      FROM t WHERE ${customer} IS NOT NULL AND ${day} IS NOT NULL GROUP BY ALL),
    customers AS (SELECT c, min(m) FILTER (WHERE r > 0) AS first_m FROM summed GROUP BY c HAVING bool_or(bought)),
    linked AS (
      SELECT m, r, first_m,
        CASE WHEN coalesce(lag(m) OVER w = m - 1, false) THEN lag(r) OVER w ELSE 0 END AS a,
        coalesce(lead(m) OVER w = m + 1 AND lead(r) OVER w > 0, false) AS keeps
      FROM summed JOIN customers USING (c) WINDOW w AS (PARTITION BY c ORDER BY m)),
    months AS (
      SELECT m, sum(r) AS revenueEnd, count(*) FILTER (WHERE r > 0) AS customersEnd,
        coalesce(sum(r - a) FILTER (WHERE a > 0 AND r - a >= 1e-6), 0) AS expansion,
        count(*) FILTER (WHERE a > 0 AND r - a >= 1e-6) AS expandedCustomers,
        coalesce(sum(a - r) FILTER (WHERE a > 0 AND r > 0 AND a - r >= 1e-6), 0) AS contraction,
        count(*) FILTER (WHERE a > 0 AND r > 0 AND a - r >= 1e-6) AS contractedCustomers,
        coalesce(sum(r) FILTER (WHERE a = 0 AND r > 0 AND m = first_m), 0) AS new,
        count(*) FILTER (WHERE a = 0 AND r > 0 AND m = first_m) AS newCustomers,
        coalesce(sum(r) FILTER (WHERE a = 0 AND r > 0 AND m > first_m), 0) AS reactivated,
        count(*) FILTER (WHERE a = 0 AND r > 0 AND m > first_m) AS reactivatedCustomers,
        -- Revenue of customers who buy in m and not in m + 1: churned in m + 1.
        coalesce(sum(r) FILTER (WHERE r > 0 AND NOT keeps), 0) AS churnsNext,
        count(*) FILTER (WHERE r > 0 AND NOT keeps) AS churnsNextCustomers
      FROM linked GROUP BY m),
    -- Every month from the first to the last covered one, also those without a purchase.
    calendar AS (SELECT unnest(range((SELECT min(m) FROM months), (SELECT last_m FROM bounds) + 1)) AS m),
    filled AS (
      SELECT calendar.m, coalesce(revenueEnd, 0) AS revenueEnd, coalesce(customersEnd, 0) AS customersEnd,
        coalesce(expansion, 0) AS expansion, coalesce(expandedCustomers, 0) AS expandedCustomers,
        coalesce(contraction, 0) AS contraction, coalesce(contractedCustomers, 0) AS contractedCustomers,
        coalesce(new, 0) AS new, coalesce(newCustomers, 0) AS newCustomers,
        coalesce(reactivated, 0) AS reactivated, coalesce(reactivatedCustomers, 0) AS reactivatedCustomers,
        coalesce(churnsNext, 0) AS churnsNext, coalesce(churnsNextCustomers, 0) AS churnsNextCustomers
      FROM calendar LEFT JOIN months USING (m))
    SELECT * EXCLUDE (churnsNext, churnsNextCustomers) FROM (
      SELECT *, lag(revenueEnd) OVER w AS revenueStart, lag(customersEnd) OVER w AS customersStart,
        lag(churnsNext) OVER w AS churned, lag(churnsNextCustomers) OVER w AS churnedCustomers
      FROM filled WINDOW w AS (ORDER BY m))
    WHERE revenueStart IS NOT NULL`;
}

async function timed(connection: DuckDBConnection, sql: string): Promise<number> {
  const started = performance.now();
  await connection.run(sql);
  return performance.now() - started;
}

runAsSelfTimedChild(
  'revenue-duckdb',
  async ([file, columnsJson]): Promise<Omit<RevenueMeasurement, 'peakRssMiB' | 'baseRssMiB'>> => {
    const columns = decodeColumns(columnsJson);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run('SET threads=2');
    const loadMs = await timed(
      connection,
      `CREATE TABLE t AS SELECT * FROM read_csv_auto('${file.replaceAll("'", "''")}')`,
    );
    const names = (await connection.runAndReadAll('SELECT column_name FROM (DESCRIBE t)'))
      .getRows()
      .map((r) => String(r[0]));
    const sql = bridgeSql(columns, names.includes('InvoiceNo') ? 'InvoiceNo' : null);
    const windowStart = nowUs();
    const ms = await timed(connection, sql);
    const windowEnd = nowUs();

    const reader = await connection.runAndReadAll(`SELECT * FROM bridge ORDER BY m`);
    const bridge: BridgeRow[] = reader.getRowObjects().map((r) => {
      const m = Number(r.m);
      const row = { period: `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}` } as BridgeRow;
      for (const k of [...REVENUE_FLOWS, ...REVENUE_COUNTS]) row[k] = Number(r[k]);
      return row;
    });
    const rows = Number((await connection.runAndReadAll('SELECT count(*) FROM t')).getRows()[0][0]);

    await connection.run('DROP TABLE bridge');
    await connection.run('SET threads=1');
    const oneThreadMs = await timed(connection, sql);
    connection.closeSync();
    instance.closeSync();
    return {
      ms,
      loadMs,
      rows,
      bridge,
      windowUs: [windowStart, windowEnd],
      detail: { threads: 2, oneThreadMs: Math.round(oneThreadMs) },
    };
  },
);
