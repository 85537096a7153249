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
import { generateSql } from '../src/sql/index.ts';
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
    // One scan for the row count, the data's dates and the as-of date (the last plausible date, as
    // the app's: after 1900-01-01 and not after tomorrow), given to the query as a literal.
    const date = Object.keys(spec.roles).find((k) => spec.roles[k] === 'date');
    if (!date) return { code: 2, error: 'no column has the role date: give one with --role date=COLUMN' };
    const plausible = "d > DATE '1900-01-01' AND d <= current_date + 1";
    const [facts] = (
      await db.runAndReadAll(`SELECT count(*) AS rows,
        strftime(min(d) FILTER (WHERE ${plausible}), '%Y-%m-%d') AS data_from,
        strftime(max(d) FILTER (WHERE ${plausible}), '%Y-%m-%d') AS data_to,
        strftime(coalesce(max(d) FILTER (WHERE ${plausible}), max(d) FILTER (WHERE d > DATE '1900-01-01')), '%Y-%m-%d') AS as_of
        FROM (SELECT CAST(${JSON.stringify(date)} AS DATE) AS d FROM source_rows)`)
    ).getRowObjectsJson();
    if (facts.as_of === null) return { code: 2, error: 'no row has a date: the customer table needs purchase dates' };
    const asOf = spec.asOf ?? String(facts.as_of);
    const q = generateSql('customers', 'duckdb', { ...spec, table: 'source_rows', asOf });
    if (!q.ok) return { code: 2, error: q.issue.message };
    await db.run(`CREATE TABLE customer_table AS ${q.sql}`);
    const [s] = (
      await db.runAndReadAll(`SELECT count(*) AS customers, sum(churned) AS churned,
        count(*) FILTER (WHERE churn_status = 'at risk') AS at_risk FROM customer_table`)
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
        rows: Number(facts.rows),
        asOf,
        dataFrom: facts.data_from ?? null,
        dataTo: facts.data_to ?? null,
        unit: spec.unit ?? 'weeks',
        returns: spec.returns ?? 'net',
        shape: 'transactions',
        definition: spec.definition,
        definitionText: describeDefinition(spec.definition),
        columns: [...q.columns],
        ms: Math.round(performance.now() - started),
      },
    };
  } finally {
    db.closeSync();
    instance.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}
