/**
 * duckdb: a native, multi-threaded columnar reader (the ceiling we measure against), limited to
 * the two cores a laptop tab would get: read_csv_auto into an in-memory table.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { runAsChild } from './measurement.ts';

runAsChild('duckdb', async (file) => {
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run('SET threads=2');
  const readyMs = performance.now() - started;
  await connection.run(`CREATE TABLE t AS SELECT * FROM read_csv_auto('${file.replaceAll("'", "''")}')`);
  const loadMs = performance.now() - started - readyMs;
  const reader = await connection.runAndReadAll('SELECT count(*) AS n FROM t');
  const rows = Number(reader.getRows()[0][0]);
  const columns = await connection.runAndReadAll('DESCRIBE t');
  const types = columns.getRows().map((r) => `${String(r[0])}:${String(r[1])}`);
  connection.closeSync();
  instance.closeSync();
  return { rows, detail: { startupMs: Math.round(readyMs), loadMs: Math.round(loadMs), columns: types } };
});
