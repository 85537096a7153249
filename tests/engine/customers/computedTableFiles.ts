/**
 * A customer table computed elsewhere, as a client would bring it back: the app's generated
 * customer-table SQL run by DuckDB on Online Retail (Sep–Dec 2011), written to CSV and Parquet
 * with DuckDB's COPY. The roles and definition are the app's own for the raw log (its suggested
 * roles; inactivity over `days`), so the raw file opened in the app is the reference.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChurnDefinition } from '../../../src/engine/api.ts';
import { generateSql } from '../../../src/sql/index.ts';
import { onlineRetail, type LoadedPair } from '../../sql/sqlInputs.ts';

export interface ComputedTableFiles {
  csv: string;
  parquet: string;
  /** The raw log, open in an engine and in DuckDB. */
  raw: LoadedPair;
  definition: ChurnDefinition;
}

export async function computedTableFiles(
  definition: ChurnDefinition = { kind: 'inactivity', days: 90 },
): Promise<ComputedTableFiles> {
  const raw = await onlineRetail();
  const q = generateSql('customers', 'duckdb', { roles: raw.roles, definition });
  if (!q.ok) throw new Error(q.issue.message);
  const dir = mkdtempSync(join(tmpdir(), 'computed-customers-'));
  const csv = join(dir, 'online_retail_customers.csv');
  const parquet = join(dir, 'online_retail_customers.parquet');
  await raw.db.run(`COPY (${q.sql}) TO '${csv}' (HEADER, DELIMITER ',')`);
  await raw.db.run(`COPY (${q.sql}) TO '${parquet}' (FORMAT PARQUET)`);
  return { csv, parquet, raw, definition };
}
