/**
 * The pushed-down path at scale, in one child process so its peak memory is its own: DuckDB
 * (`@duckdb/node-api`, `SET threads=2`, spilling to `<dir>/duckdb-tmp`) reads the generated CSV
 * log into Parquet (`convert`, as a warehouse or a lake would hold it), then runs the app's own
 * customer-table SQL (`generateSql('customers', 'duckdb', …)`, 180 days without a purchase, the
 * as-of date the data's last date) over the Parquet file and writes the customer table as
 * Parquet and CSV (`reduce`) — what the app then opens. RSS is sampled per phase (every 100 ms);
 * the process's peak is the kernel's VmHWM. `<log.csv> <dir>`.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generateSql } from '../src/sql/index.ts';
import { runAsSelfTimedChild } from './measurement.ts';
import { statusMiB } from './procfs.ts';

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

/** Runs `work`, timing it and sampling this process's RSS meanwhile (DuckDB works on its own threads). */
async function phase(work: () => Promise<void>): Promise<{ ms: number; peakRssMiB: number }> {
  let peak = statusMiB('self', 'VmRSS') ?? 0;
  const timer = setInterval(() => (peak = Math.max(peak, statusMiB('self', 'VmRSS') ?? 0)), 100);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return { ms: Math.round(performance.now() - started), peakRssMiB: Math.round(peak) };
}

async function scalar(connection: DuckDBConnection, sql: string): Promise<unknown> {
  const v = (await connection.runAndReadAll(sql)).getRows()[0][0];
  return typeof v === 'bigint' ? Number(v) : v;
}

runAsSelfTimedChild('pushdown-duckdb', async ([log, dir]) => {
  const parquetLog = join(dir, 'transactions.parquet');
  const customersParquet = join(dir, 'customers.parquet');
  const customersCsv = join(dir, 'customers.csv');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('SET threads=2');
  await connection.run(`SET temp_directory=${quoted(join(dir, 'duckdb-tmp'))}`);
  await connection.run('SET preserve_insertion_order=false');
  const memoryLimit = String(await scalar(connection, "SELECT current_setting('memory_limit')"));

  const convert = await phase(async () => {
    await connection.run(
      `COPY (SELECT * FROM read_csv(${quoted(log)}, header = true,
         columns = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'}))
       TO ${quoted(parquetLog)} (FORMAT PARQUET)`,
    );
  });
  const q = generateSql('customers', 'duckdb', {
    roles: { customer_id: 'customer_id', date: 'date', amount: 'amount' },
    definition: { kind: 'inactivity', days: 180 },
    table: `read_parquet(${quoted(parquetLog)})`,
  });
  if (!q.ok) throw new Error(q.issue.message);
  const reduce = await phase(async () => {
    await connection.run(`CREATE TEMP TABLE customers AS ${q.sql}`);
    await connection.run(`COPY customers TO ${quoted(customersParquet)} (FORMAT PARQUET)`);
    await connection.run(`COPY customers TO ${quoted(customersCsv)} (HEADER, DELIMITER ',')`);
  });
  const rows = Number(await scalar(connection, `SELECT count(*) FROM read_parquet(${quoted(parquetLog)})`));
  const customers = Number(await scalar(connection, 'SELECT count(*) FROM customers'));
  const churned = Number(await scalar(connection, 'SELECT sum(churned) FROM customers'));
  connection.closeSync();
  instance.closeSync();
  return {
    ms: convert.ms + reduce.ms,
    rows,
    convert: { ...convert, parquetBytes: statSync(parquetLog).size },
    reduce: {
      ...reduce,
      customers,
      churned,
      customersParquetBytes: statSync(customersParquet).size,
      customersCsvBytes: statSync(customersCsv).size,
    },
    detail: { threads: 2, memoryLimit, definition: 'inactivity 180 days', sql: q.sql },
  };
});
