import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerActivity } from '../../../../src/core/customers/customerActivity.ts';
import { rollUpCustomers } from '../../../../src/core/customers/customerRollup.ts';
import {
  retentionTriangle,
  type RetentionOptions,
} from '../../../../src/core/analyses/retention-triangle/retentionTriangle.ts';

const DATA = resolve(__dirname, '../../../../../shared/data');
const CDNOW = resolve(DATA, 'cdnow/lifetimes/CDNOW_master.txt');
const RETAIL = resolve(DATA, 'online-retail/monthly');
const retailFiles = readdirSync(RETAIL)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => resolve(RETAIL, f));

/** A transaction log as plain arrays, customer ids dictionary-coded in order of appearance. */
class Log {
  readonly codes = new Map<string, number>();
  readonly customer: number[] = [];
  readonly day: number[] = [];
  readonly amount: number[] = [];
  add(id: string, year: number, month: number, date: number, amount: number) {
    let code = this.codes.get(id);
    if (code === undefined) this.codes.set(id, (code = this.codes.size));
    this.customer.push(code);
    this.day.push(Date.UTC(year, month - 1, date) / 86_400_000);
    this.amount.push(amount);
  }
  activity(): CustomerActivity {
    const day = Float64Array.from(this.day);
    const asOfDay = day.reduce((a, b) => Math.max(a, b), -Infinity);
    const rows = { customer: Int32Array.from(this.customer), customerCount: this.codes.size, day };
    return rollUpCustomers(
      { ...rows, amount: Float64Array.from(this.amount), returned: null, dropReturns: false },
      asOfDay,
    ).activity;
  }
}

/** CDNOW master: whitespace separated customer id, YYYYMMDD, CDs, dollars; a header line is skipped. */
function readCdnow(): CustomerActivity {
  const log = new Log();
  for (const line of readFileSync(CDNOW, 'utf8').split('\n')) {
    const [id, date, , dollars] = line.trim().split(/\s+/);
    if (!/^\d{8}$/.test(date ?? '')) continue;
    log.add(id, +date.slice(0, 4), +date.slice(4, 6), +date.slice(6, 8), +dollars);
  }
  return log.activity();
}

/** Online Retail: rows without a CustomerID are skipped; amount = Quantity × UnitPrice, returns included. */
function readRetail(): CustomerActivity {
  const log = new Log();
  for (const file of retailFiles) {
    const { data } = Papa.parse<string[]>(readFileSync(file, 'utf8'), { skipEmptyLines: true });
    const [header, ...rows] = data;
    const [id, when, quantity, price] = ['CustomerID', 'InvoiceDate', 'Quantity', 'UnitPrice'].map((c) =>
      header.indexOf(c),
    );
    for (const r of rows) {
      if (r[id].trim() === '') continue;
      const d = r[when];
      log.add(r[id], +d.slice(0, 4), +d.slice(5, 7), +d.slice(8, 10), +r[quantity] * +r[price]);
    }
  }
  return log.activity();
}

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let cdnow: CustomerActivity;
let retail: CustomerActivity;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  connection = await instance.connect();
  // DuckDB reads the files on its own: CDNOW line by line, split on runs of whitespace.
  await connection.run(`
    CREATE TABLE cdnow AS
    SELECT f[1] AS customer, strptime(f[2], '%Y%m%d')::DATE AS day, f[4]::DOUBLE AS amount
    FROM (SELECT string_split_regex(trim(line), '\\s+') AS f
          FROM read_csv('${CDNOW}', columns = {'line': 'VARCHAR'}, header = false, delim = '|', quote = '', escape = ''))
    WHERE regexp_matches(f[2], '^[0-9]{8}$')`);
  await connection.run(`
    CREATE TABLE retail AS
    SELECT CustomerID AS customer, InvoiceDate::DATE AS day, Quantity * UnitPrice AS amount
    FROM read_csv([${retailFiles.map((f) => `'${f}'`).join(', ')}], header = true,
      types = {'CustomerID': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP', 'Quantity': 'DOUBLE', 'UnitPrice': 'DOUBLE'})
    WHERE trim(coalesce(CustomerID, '')) <> ''`);
  cdnow = readCdnow();
  retail = readRetail();
}, 60_000);

afterAll(() => {
  connection?.closeSync();
  instance?.closeSync();
});

/** Cohort (label) × period k cells in SQL, from each customer's first purchase period. */
function cellsSql(table: string, period: 'month' | 'week', measure: 'active' | 'retained' | 'revenue') {
  const index = (p: string) =>
    period === 'month' ? `year(${p}) * 12 + month(${p})` : `(${p} - DATE '1970-01-05') // 7`;
  const label = period === 'month' ? `strftime(cohort, '%Y-%m')` : `strftime(cohort, '%G-W%V')`;
  const tx = `SELECT customer, date_trunc('${period}', day)::DATE AS p, amount FROM ${table}`;
  const first = `SELECT customer, min(p) AS cohort FROM tx GROUP BY customer`;
  const k = `(${index('p')}) - (${index('cohort')})`;
  const cells = {
    active: `SELECT cohort, ${k} AS k, count(DISTINCT customer)::DOUBLE AS v FROM tx JOIN first USING (customer) GROUP BY ALL`,
    revenue: `SELECT cohort, ${k} AS k, sum(amount) AS v FROM tx JOIN first USING (customer) GROUP BY ALL`,
    retained: `SELECT cohort, k, count(*)::DOUBLE AS v
      FROM (SELECT customer, cohort, max(${k}) AS last FROM tx JOIN first USING (customer) GROUP BY ALL),
        LATERAL (SELECT unnest(range(0, last + 1)) AS k)
      GROUP BY ALL`,
  }[measure];
  return `WITH tx AS (${tx}), first AS (${first}), cells AS (${cells})
    SELECT ${label} AS label, k::INTEGER AS k, v FROM cells ORDER BY label, k`;
}

async function expectSameCells(activity: CustomerActivity, table: string, options: RetentionOptions) {
  const period = options.period as 'month' | 'week';
  const expected = (await connection.runAndReadAll(cellsSql(table, period, options.measure))).getRows();
  const sql = new Map(expected.map(([label, k, v]) => [`${label} ${k}`, v as number]));
  const t = retentionTriangle(activity, options);
  let matched = 0;
  let mismatches = 0;
  for (const c of t.cohorts)
    c.counts.forEach((v, k) => {
      const key = `${c.label} ${k}`;
      const want = sql.get(key) ?? 0;
      if (sql.has(key)) matched++;
      if (options.measure === 'revenue' ? Math.abs(v - want) > 1e-6 * Math.max(1, Math.abs(want)) : v !== want)
        mismatches++;
    });
  expect({ matched, mismatches }).toEqual({ matched: sql.size, mismatches: 0 });
  return t;
}

describe('retentionTriangle against DuckDB', () => {
  it('retentionTriangle(cdnow, month, active) matches DuckDB SQL in every cell', async () => {
    const t = await expectSameCells(cdnow, 'cdnow', { period: 'month', measure: 'active' });
    // CDNOW: 23,570 customers acquired January–March 1997, followed to June 1998.
    expect(t.cohorts.map((c) => c.label)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(t.cohorts.reduce((n, c) => n + c.size, 0)).toBe(23_570);
    expect(t.maxPeriods).toBe(18);
  });
  it('retentionTriangle(cdnow, month, retained) matches DuckDB SQL in every cell', async () => {
    await expectSameCells(cdnow, 'cdnow', { period: 'month', measure: 'retained' });
  });
  it('retentionTriangle(online retail, month, active) matches DuckDB SQL in every cell', async () => {
    const t = await expectSameCells(retail, 'retail', { period: 'month', measure: 'active' });
    expect(t.cohorts.length).toBe(13);
    // Calendar months are observed exactly up to the activity's last complete month.
    for (const c of t.cohorts)
      c.observed.forEach((o, k) => expect(o).toBe(c.start + k <= retail.lastCompleteMonth ? 1 : 0));
  });
  it('retentionTriangle(online retail, month, revenue) nets returns like DuckDB SQL', async () => {
    // Sums of the same amounts in another order: agreement to 1e-6 relative.
    await expectSameCells(retail, 'retail', { period: 'month', measure: 'revenue' });
  });
  it('retentionTriangle(online retail, week, active) matches DuckDB ISO weeks (%G-W%V)', async () => {
    await expectSameCells(retail, 'retail', { period: 'week', measure: 'active' });
  });
});
