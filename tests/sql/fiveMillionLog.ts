/**
 * The benches' 5,000,000-row log (bench/inputs.ts generatedTransactions: customer_id, date,
 * amount; seed 20240601) for the SQL tests, opened in the app's engine and in DuckDB.
 */
import { existsSync, mkdtempSync, openAsBlob, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateTransactions } from '../../bench/generateTransactions.ts';
import type { ChurnDefinition, DatasetSummary, EngineApi, Role } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { rolesOf, value } from '../engine/analyses/analysisFixtures.ts';

export const FIVE_MILLION = { rows: 5_000_000, seed: 20240601 } as const;
const CACHED = resolve('node_modules', '.cache', 'churnscope', 'transactions_5m.csv');

export interface FiveMillionLog {
  path: string;
  /** Removes the temporary copy (a cached one stays). */
  remove(): void;
}

/** The cached copy when its seed file names these rows and seed, else a fresh one in a temporary folder. */
export function fiveMillionLog(): FiveMillionLog {
  const stamp = `${FIVE_MILLION.rows} ${FIVE_MILLION.seed}`;
  if (existsSync(CACHED) && existsSync(`${CACHED}.seed`) && readFileSync(`${CACHED}.seed`, 'utf8').trim() === stamp)
    return { path: CACHED, remove: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-5m-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const path = join(dir, 'transactions_5m.csv');
    generateTransactions(path, FIVE_MILLION.rows, FIVE_MILLION.seed);
    return { path, remove };
  } catch (e) {
    remove();
    throw e;
  }
}

/**
 * An engine whose analyze and customerRows answer each distinct call once: the checks of both
 * SQL engines ask for the same results, which the app then computes a single time.
 */
function memoised(engine: EngineApi): EngineApi {
  const answers = new Map<string, unknown>();
  const once = <T>(key: string, compute: () => T): T => {
    if (!answers.has(key)) answers.set(key, compute());
    return answers.get(key) as T;
  };
  return {
    ...engine,
    analyze: ((id, kind, options) =>
      once(`analyze ${id} ${kind} ${JSON.stringify(options)}`, () =>
        engine.analyze(id, kind, options),
      )) as EngineApi['analyze'],
    customerRows: (id, start, count) =>
      once(`rows ${id} ${start} ${count}`, () => engine.customerRows(id, start, count)),
    buildCustomerTable: (id, spec) => {
      answers.clear();
      return engine.buildCustomerTable(id, spec);
    },
  };
}

export interface OpenedLog {
  engine: EngineApi;
  id: string;
  summary: DatasetSummary;
  roles: Record<string, Role>;
}

/** The log opened as the app opens a file, its customer table built under `definition` (weeks, returns netted). */
export async function openInApp(path: string, definition: ChurnDefinition): Promise<OpenedLog> {
  const engine = memoised(createEngine());
  const summary = value(await engine.openDataset([{ name: 'transactions_5m.csv', blob: await openAsBlob(path) }]));
  const roles = rolesOf(summary);
  value(engine.buildCustomerTable(summary.id, { roles, definition, unit: 'weeks', returns: 'net' }));
  return { engine, id: summary.id, summary, roles };
}

export interface DuckDbLog {
  /** What the generated SQL reads (its `table` setting). */
  table: string;
  rows(sql: string): Promise<Record<string, unknown>[]>;
  close(): void;
}

/** An in-memory DuckDB with the file loaded as table `log5m` (DuckDB's own CSV reader). */
export async function duckdbLog(path: string): Promise<DuckDbLog> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(`CREATE TABLE log5m AS SELECT * FROM read_csv('${path.replaceAll("'", "''")}', header = true,
     types = {'customer_id': 'VARCHAR', 'date': 'DATE', 'amount': 'DOUBLE'})`);
  return {
    table: 'log5m',
    rows: async (sql) => (await db.runAndReadAll(sql)).getRowObjectsJson() as Record<string, unknown>[],
    close() {
      db.closeSync();
      instance.closeSync();
    },
  };
}
