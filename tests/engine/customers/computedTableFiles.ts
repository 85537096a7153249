/**
 * A customer table computed elsewhere, as a client would bring it back: the app's generated
 * customer-table SQL run by DuckDB on Online Retail, written to CSV and Parquet with DuckDB's
 * COPY. The roles and definition are the app's for the raw log, so the raw files opened in the
 * app are the reference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { ChurnDefinition, Role } from '../../../src/engine/api.ts';
import { generateSql } from '../../../src/sql/index.ts';
import { onlineRetail, type LoadedPair } from '../../sql/sqlInputs.ts';
import { RETAIL_MONTH } from '../../sharedData.ts';

export interface ComputedTableFiles {
  csv: string;
  parquet: string;
  /** Removes the files. */
  remove(): void;
  /** The raw log, open in an engine and in DuckDB. */
  raw: LoadedPair;
  definition: ChurnDefinition;
}

const quoted = (path: string) => `'${path.replaceAll("'", "''")}'`;

async function written(db: DuckDBConnection, roles: Record<string, Role>, definition: ChurnDefinition) {
  const q = generateSql('customers', 'duckdb', { roles, definition });
  if (!q.ok) throw new Error(q.issue.message);
  const dir = mkdtempSync(join(tmpdir(), 'computed-customers-'));
  const csv = join(dir, 'online_retail_customers.csv');
  const parquet = join(dir, 'online_retail_customers.parquet');
  await db.run(`COPY (${q.sql}) TO ${quoted(csv)} (HEADER, DELIMITER ',')`);
  await db.run(`COPY (${q.sql}) TO ${quoted(parquet)} (FORMAT PARQUET)`);
  return { csv, parquet, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Sep–Dec 2011, opened in the engine (its suggested roles) and in DuckDB. */
export async function computedTableFiles(
  definition: ChurnDefinition = { kind: 'inactivity', days: 90 },
): Promise<ComputedTableFiles> {
  const raw = await onlineRetail();
  return { ...(await written(raw.db, raw.roles, definition)), raw, definition };
}

/** The whole log, 2010-12 … 2011-12 (541,909 rows in 13 files). */
export const RETAIL_YEAR = [
  '2010-12',
  ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`),
].map(RETAIL_MONTH);

/** The roles the app suggests for Online Retail (customerTable.duckdb.test.ts checks the id, date, quantity and price). */
const RETAIL_ROLES: Record<string, Role> = {
  InvoiceNo: 'attribute',
  StockCode: 'attribute',
  Description: 'attribute',
  Quantity: 'quantity',
  InvoiceDate: 'date',
  UnitPrice: 'price',
  CustomerID: 'customer_id',
  Country: 'attribute',
};

/** The customer table of the whole log as CSV and Parquet, made by DuckDB alone (no engine). */
export async function retailYearCustomerFiles(
  definition: ChurnDefinition,
): Promise<Omit<ComputedTableFiles, 'raw' | 'definition'>> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run('SET threads=1');
    await db.run(`CREATE TABLE transactions AS SELECT * FROM read_csv([${RETAIL_YEAR.map(quoted).join(', ')}], header = true,
       types = {'InvoiceNo': 'VARCHAR', 'CustomerID': 'VARCHAR', 'StockCode': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})`);
    return await written(db, RETAIL_ROLES, definition);
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
