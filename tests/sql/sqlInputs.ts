/**
 * The same transaction logs loaded twice: into the engine (as the app opens them) and into an
 * in-memory DuckDB table `transactions` with the engine's column names, so a generated query
 * and the in-app analysis read the same rows. Online Retail: four months (Sep–Dec 2011,
 * ≈ 190k rows); CDNOW: the master file (69,659 rows); 200,000 rows of the benches' synthetic log.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { generateTransactions } from '../../bench/generateTransactions.ts';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { generateSql, type SqlKind, type SqlSettings } from '../../src/sql/index.ts';
import type { CustomerTableSpec, EngineApi, Role } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { RETAIL_MONTH, sourceFile } from '../sharedData.ts';
import { CDNOW_MASTER } from '../cdnowKpisSql.ts';
import { rolesOf, value } from '../engine/analyses/analysisFixtures.ts';

export const RETAIL_FILES = ['2011-09', '2011-10', '2011-11', '2011-12'].map(RETAIL_MONTH);

export interface LoadedPair {
  name: string;
  db: DuckDBConnection;
  engine: EngineApi;
  id: string;
  roles: Record<string, Role>;
  close(): void;
}

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

async function pair(name: string, files: string[], load: string): Promise<LoadedPair> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run('SET threads=1');
  await db.run(load);
  const engine = createEngine();
  const summary = value(await engine.openDataset(await Promise.all(files.map(sourceFile))));
  return {
    name,
    db,
    engine,
    id: summary.id,
    // The column the app adds when it appends several files (source_file) is not in the SQL table.
    roles: Object.fromEntries(Object.entries(rolesOf(summary)).filter(([c]) => c !== summary.sourceColumn)),
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}

export function onlineRetail(): Promise<LoadedPair> {
  return pair(
    'Online Retail',
    RETAIL_FILES,
    `CREATE TABLE transactions AS SELECT * FROM read_csv([${RETAIL_FILES.map(quoted).join(', ')}], header = true,
       types = {'InvoiceNo': 'VARCHAR', 'CustomerID': 'VARCHAR', 'StockCode': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})`,
  );
}

export function cdnow(): Promise<LoadedPair> {
  return pair(
    'CDNOW',
    [CDNOW_MASTER],
    `CREATE TABLE transactions AS
     SELECT s[1] AS customer_id, strptime(s[2], '%Y%m%d')::DATE AS date, CAST(s[3] AS INTEGER) AS number_of_cds,
            CAST(s[4] AS DOUBLE) AS dollar_value
     FROM (SELECT string_split_regex(trim(line), '\\s+') AS s
           FROM read_csv(${quoted(CDNOW_MASTER)}, columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1))`,
  );
}

export function spec(p: LoadedPair, definition: CustomerTableSpec['definition']): CustomerTableSpec {
  return { roles: p.roles, definition };
}

export async function sqlRows(p: LoadedPair, sql: string): Promise<Record<string, unknown>[]> {
  return (await p.db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[];
}

/** Runs the generated DuckDB query of `kind`, failing the test when none is generated. */
export async function generatedRows(
  p: LoadedPair,
  kind: SqlKind,
  settings: Omit<SqlSettings, 'roles'>,
): Promise<Record<string, unknown>[]> {
  const q = generateSql(kind, 'duckdb', { roles: p.roles, ...settings });
  if (!q.ok) throw new Error(q.issue.message);
  const rows = await sqlRows(p, q.sql);
  if (rows.length > 0) expect(Object.keys(rows[0])).toEqual([...q.columns]);
  return rows;
}

export const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);

/**
 * 200,000 rows of the seeded synthetic log the benches use (bench/generateTransactions.ts:
 * customer_id, date, amount; about 0.5 % refunds), written to a temporary file.
 */
export async function generatedLog(): Promise<LoadedPair> {
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-sql-'));
  const path = join(dir, 'log200k.csv');
  generateTransactions(path, 200_000);
  const p = await pair(
    'generated log',
    [path],
    `CREATE TABLE transactions AS SELECT * FROM read_csv(${quoted(path)}, header = true,
       types = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'})`,
  );
  return {
    ...p,
    close() {
      p.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * 100,000 rows of the synthetic log with its per-customer region, channel and plan, and a
 * contract-end date per customer (the same on all their rows): none for a third of them, else a
 * day from 2022-06-01 to 2024-04-30 picked by the id, so some ends fall after the as-of date
 * and some before the first purchase; a churn flag `cancelled` and `status12` (1/2). Written to
 * `dir`; returns the file.
 */
export function writeContractLog(dir: string): string {
  const path = join(dir, 'contracts.csv');
  generateTransactions(path, 100_000, 20240601, { attributes: true });
  const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
  const start = Date.UTC(2022, 5, 1);
  const end = (id: string) => {
    let h = 7;
    for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
    return h % 3 === 0 ? '' : new Date(start + (h % 700) * 86_400_000).toISOString().slice(0, 10);
  };
  // A yes/no flag (Yes, No, or empty for one in seven) and R's 1/2 status coding (2 = churned).
  const hash = (id: string) => {
    let h = 7;
    for (const ch of id) h = (h * 31 + ch.charCodeAt(0)) % 1_000_003;
    return h;
  };
  const cancelled = (h: number) => (h % 7 === 0 ? '' : (h >> 3) % 2 === 1 ? 'Yes' : 'No');
  const status = (h: number) => ((h >> 4) % 3 === 0 ? 2 : 1);
  const more = (id: string) => `${end(id)},${cancelled(hash(id))},${status(hash(id))}`;
  const out = [
    `${lines[0]},contract_end,cancelled,status12`,
    ...lines.slice(1).map((l) => `${l},${more(l.slice(0, l.indexOf(',')))}`),
  ];
  writeFileSync(path, out.join('\n') + '\n');
  return path;
}

export async function contractLog(): Promise<LoadedPair> {
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-sql-'));
  const path = writeContractLog(dir);
  const p = await pair(
    'contract log',
    [path],
    `CREATE TABLE transactions AS SELECT * FROM read_csv(${quoted(path)}, header = true,
       types = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE', 'contract_end': 'DATE',
                'cancelled': 'VARCHAR', 'status12': 'INTEGER'})`,
  );
  return {
    ...p,
    roles: { ...p.roles, contract_end: 'churn_date', cancelled: 'churn_flag', status12: 'ignore' },
    close() {
      p.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
