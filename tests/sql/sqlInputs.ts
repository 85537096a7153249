/**
 * The same transaction logs loaded twice: into the engine (as the app opens them) and into an
 * in-memory DuckDB table `transactions` with the engine's column names, so a generated query
 * and the in-app analysis read the same rows. Online Retail: four months (Sep–Dec 2011,
 * ≈ 190k rows); CDNOW: the master file (69,659 rows).
 */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
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
    roles: rolesOf(summary),
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
