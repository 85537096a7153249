/**
 * The SQL dialog's settings with several files open (src/workbook/sqlSettings.ts): Online
 * Retail's November and December 2011 appended, as the app appends them, carry the app-made
 * `source_file` column among the roles; the query leaves it out and runs on a warehouse table
 * of the same rows (DuckDB), which has no such column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { CustomerTableSpec, DatasetSummary, EngineApi } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { generateSql } from '../../src/sql/index.ts';
import { groupsByAppColumn, sqlSettingsOf } from '../../src/workbook/sqlSettings.ts';
import { messages as enSql } from '../../src/i18n/en/sql.ts';
import { messages as zhSql } from '../../src/i18n/zh-CN/sql.ts';
import { RETAIL_MONTH, sourceFile } from '../sharedData.ts';
import { rolesOf, value } from '../engine/analyses/analysisFixtures.ts';

const FILES = ['2011-11', '2011-12'].map(RETAIL_MONTH);

describe('SQL dialog settings with appended files', () => {
  let engine: EngineApi;
  let summary: DatasetSummary;
  let spec: CustomerTableSpec;
  let customers: number;
  let instance: DuckDBInstance;
  let db: DuckDBConnection;

  beforeAll(async () => {
    engine = createEngine();
    summary = value(await engine.openDataset(await Promise.all(FILES.map(sourceFile))));
    // The roles as the app confirms them: every column of the summary, the source column included.
    spec = { roles: rolesOf(summary), definition: { kind: 'inactivity', days: 30 } };
    customers = value(engine.buildCustomerTable(summary.id, spec)).customers;
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
    await db.run(`CREATE TABLE transactions AS SELECT * FROM read_csv([${FILES.map((f) => `'${f}'`).join(', ')}],
      header = true, types = {'InvoiceNo': 'VARCHAR', 'CustomerID': 'VARCHAR', 'StockCode': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP'})`);
  });
  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
  });

  it('the app added source_file and gave it a role', () => {
    expect(summary.sourceColumn).toBe('source_file');
    expect(spec.roles.source_file).toBe('attribute');
  });

  it('leaves source_file out of the roles, and the query runs on the warehouse table', async () => {
    const settings = sqlSettingsOf(spec, summary.sourceColumn, ' ', {});
    expect(Object.keys(settings.roles)).not.toContain('source_file');
    expect(settings.table).toBe('transactions');
    const out = generateSql('customers', 'duckdb', settings);
    if (!out.ok) throw new Error(out.issue.message);
    expect(out.sql).not.toContain('source_file');
    expect(out.columns).toContain('Country');
    const rows = (await db.runAndReadAll(out.sql)).getRowObjectsJson();
    // One row per customer of the app's table (exact).
    expect(rows.length).toBe(customers);
  });

  it('with the roles as they were, the query asks for a column the table lacks', async () => {
    const out = generateSql('customers', 'duckdb', { ...spec, table: 'transactions' });
    if (!out.ok) throw new Error(out.issue.message);
    await expect(db.runAndReadAll(out.sql)).rejects.toThrow(/source_file/);
  });

  it('says a group by the app-made column cannot be written, in both languages', () => {
    expect(groupsByAppColumn({ group: 'source_file' }, summary.sourceColumn)).toBe(true);
    expect(groupsByAppColumn({ group: 'Country' }, summary.sourceColumn)).toBe(false);
    expect(groupsByAppColumn({ group: 'source_file' }, undefined)).toBe(false);
    expect(enSql['sql.unsupported.source-file']).toContain('{column}');
    expect(zhSql['sql.unsupported.source-file']).toContain('{column}');
  });
});
