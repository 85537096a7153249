/**
 * `customers --engine duckdb <file or glob>...`: the customer table reduced in DuckDB by the
 * generated SQL (src/sql), for logs too large to open here. The roles are detected as the app
 * detects them, on the first 20,000 rows (copied out by DuckDB and opened by the engine), with
 * --role and the other flags of `customers` on top; the whole input is then read by DuckDB
 * (CSV, or Parquet for .parquet paths; globs expand there), and the summary printed as
 * `customers` prints it. `--out table.csv|.parquet` writes the table DuckDB built.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { createEngine } from '../src/engine/engine.ts';
import { asOfSql, generateSql, CUSTOMER_SQL_COLUMNS } from '../src/sql/index.ts';
import { flag, UsageError, type ParsedArgs } from './args.ts';
import { customerSpec } from './customerSpec.ts';
import { fileBlob } from './fileBlob.ts';
import { describeDefinition } from './wording.ts';

const SAMPLE_ROWS = 20_000;
const literal = (s: string) => `'${s.replaceAll("'", "''")}'`;

function reader(paths: string[]): string {
  const list = `[${paths.map(literal).join(', ')}]`;
  return paths.every((p) => extname(p).toLowerCase() === '.parquet')
    ? `read_parquet(${list}, union_by_name = true)`
    : `read_csv(${list}, header = true, union_by_name = true)`;
}

export async function runDuckdbCustomers(args: ParsedArgs): Promise<{ code: number; out?: unknown; error?: string }> {
  if (args.paths.length === 0) throw new UsageError('give at least one file path or glob');
  const out = flag(args, 'out');
  if (out !== undefined && !['.csv', '.parquet'].includes(extname(out).toLowerCase()))
    throw new UsageError('with --engine duckdb, --out must end in .csv or .parquet');
  const started = performance.now();
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-duckdb-'));
  try {
    await db.run(`CREATE VIEW source_rows AS SELECT * FROM ${reader(args.paths)}`);
    const sample = join(dir, 'sample.csv');
    await db.run(`COPY (SELECT * FROM source_rows LIMIT ${SAMPLE_ROWS}) TO ${literal(sample)} (HEADER, DELIMITER ',')`);
    const engine = createEngine();
    const opened = await engine.openDataset([{ name: 'sample.csv', blob: fileBlob(sample) }]);
    if (!opened.ok) return { code: 2, error: opened.issues[0].message };
    const spec = customerSpec(args, opened.value);
    // The as-of date once (one scan), then given to the query as a literal rather than re-derived in it.
    const settings = { ...spec, table: 'source_rows' };
    const [asOf] = (
      await db.runAndReadAll(`SELECT strftime(as_of, '%Y-%m-%d') AS as_of FROM (${asOfSql('duckdb', settings)})`)
    ).getRowObjectsJson();
    if (asOf.as_of === null) return { code: 2, error: 'no row has a date: the customer table needs purchase dates' };
    const q = generateSql('customers', 'duckdb', { ...settings, asOf: settings.asOf ?? String(asOf.as_of) });
    if (!q.ok) return { code: 2, error: q.issue.message };
    await db.run(`CREATE TABLE customer_table AS ${q.sql}`);
    const date = Object.keys(spec.roles).find((k) => spec.roles[k] === 'date')!;
    const [s] = (
      await db.runAndReadAll(`SELECT count(*) AS customers, sum(churned) AS churned,
        count(*) FILTER (WHERE churn_status = 'at risk') AS at_risk,
        (SELECT count(*) FROM source_rows) AS rows,
        (SELECT strftime(min(CAST(${JSON.stringify(date)} AS DATE)), '%Y-%m-%d') FROM source_rows) AS data_from,
        (SELECT strftime(max(CAST(${JSON.stringify(date)} AS DATE)), '%Y-%m-%d') FROM source_rows) AS data_to
        FROM customer_table`)
    ).getRowObjectsJson();
    if (out !== undefined)
      await db.run(
        `COPY customer_table TO ${literal(out)} (FORMAT ${extname(out).toLowerCase() === '.parquet' ? 'parquet' : 'csv'}${extname(out).toLowerCase() === '.csv' ? ', HEADER' : ''})`,
      );
    const customers = Number(s.customers);
    const churned = Number(s.churned ?? 0);
    return {
      code: 0,
      out: {
        engine: 'duckdb',
        customers,
        churned,
        churnRate: customers > 0 ? churned / customers : NaN,
        atRisk: Number(s.at_risk),
        rows: Number(s.rows),
        asOf: settings.asOf ?? asOf.as_of,
        dataFrom: s.data_from ?? null,
        dataTo: s.data_to ?? null,
        unit: spec.unit ?? 'weeks',
        returns: spec.returns ?? 'net',
        shape: 'transactions',
        definition: spec.definition,
        definitionText: describeDefinition(spec.definition),
        columns: [...CUSTOMER_SQL_COLUMNS],
        ms: Math.round(performance.now() - started),
      },
    };
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
