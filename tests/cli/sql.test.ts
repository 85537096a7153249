/**
 * `churnscope sql <kind> --dialect …` prints the generator's query (run here in DuckDB), and
 * `churnscope customers --engine duckdb` reduces the log in DuckDB to the same summary as
 * `customers` in the engine (Online Retail, December 2011).
 */
import { describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { generateSql } from '../../src/sql/index.ts';
import { RETAIL_MONTH } from '../sharedData.ts';
import { cli } from './runCli.ts';
import { parseArgs, UsageError } from '../../cli/args.ts';
import { runSql } from '../../cli/commands/sql.ts';

/** The command in-process (no child), for the cases that need no file. */
const sql = (...argv: string[]) => runSql(parseArgs(['sql', ...argv]));

const ROLES = ['customer_id=CustomerID', 'date=InvoiceDate', 'quantity=Quantity', 'price=UnitPrice'];
const roleFlags = ROLES.flatMap((r) => ['--role', r]);
const DECEMBER = RETAIL_MONTH('2011-12');

describe('churnscope sql', () => {
  it('prints the ClickHouse query of survival for a Distributed table, and the DuckDB one runs', async () => {
    const ch = sql('survival', '--dialect', 'clickhouse', ...roleFlags, '--table', 'shop.events_all');
    expect(ch.code).toBe(0);
    expect(ch.text).toMatch(/^-- columns: grp, duration_days, events, censored\n/);
    expect(ch.text).toContain('FROM shop.events_all');
    expect(ch.text).toContain('toDate(`InvoiceDate`)');

    const definition = '{"kind":"inactivity","days":14}';
    const args = ['--dialect', 'duckdb', ...roleFlags, '--invoice', 'InvoiceNo', '--definition', definition];
    const duck = cli('sql', 'rfm', ...args, '--table', `read_csv('${DECEMBER}')`);
    expect([duck.code, duck.stderr]).toEqual([0, '']);
    const expected = generateSql('rfm', 'duckdb', {
      roles: { CustomerID: 'customer_id', InvoiceDate: 'date', Quantity: 'quantity', UnitPrice: 'price' },
      definition: { kind: 'inactivity', days: 14 },
      invoiceColumn: 'InvoiceNo',
      table: `read_csv('${DECEMBER}')`,
    });
    expect(expected.ok && `-- columns: ${expected.columns.join(', ')}\n${expected.sql};\n`).toBe(duck.stdout);
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      const rows = (await db.runAndReadAll(duck.stdout)).getRowObjectsJson();
      expect(Object.keys(rows[0])).toEqual(['customer_id', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm']);
      expect(rows.length).toBeGreaterThan(500);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });

  it('passes the RFM scheme and monetary, and the triangle windows, to the generator', () => {
    const classes = sql('rfm', '--dialect', 'clickhouse', ...roleFlags, '--scheme', 'median8', '--monetary', 'mean');
    expect(classes.text).toMatch(/^-- columns: customer_id, recency_days, frequency, monetary, r, f, m, segment\n/);
    expect(classes.text).toContain('total_value / orders AS monetary');
    const rolling = sql('retention-triangle', '--dialect', 'duckdb', ...roleFlags, '--windows', 'rolling');
    expect(rolling.text).toMatch(
      /^-- columns: cohort, period, customers, last_active, revenue, as_of, first_from, first_to\n/,
    );
    expect(() => sql('rfm', ...roleFlags, '--scheme', 'deciles')).toThrow(UsageError);
  });

  it('refuses an unknown kind, a dialect it has not and a definition it cannot write, in one line', () => {
    expect(() => sql('clusters', '--dialect', 'duckdb', ...roleFlags)).toThrow(
      new UsageError('sql takes one of customers, churn-kpis, retention-triangle, survival, rfm, revenue-movements'),
    );
    expect(() => sql('rfm', '--dialect', 'spark', ...roleFlags)).toThrow(/--dialect takes duckdb or clickhouse/);
    expect(sql('customers', ...roleFlags, '--definition', '{"kind":"partial","months":3,"dropPercent":50}')).toEqual({
      code: 2,
      error:
        'SQL is generated for a fixed inactivity window, a contract end and a churn flag, not yet for this churn definition.',
    });
    expect(sql('customers', ...roleFlags, '--definition', '{"kind":"flag"}')).toEqual({
      code: 2,
      error: 'A churn flag definition needs a column with the role churn_flag.',
    });
    expect(sql('customers', '--role', 'date=InvoiceDate')).toEqual({
      code: 2,
      error: 'The SQL reads a transaction log: give a column the role customer_id.',
    });
  });
});

describe('churnscope customers --engine duckdb', () => {
  it('gives the summary the engine gives on the same file', () => {
    const definition = ['--definition', '{"kind":"inactivity","days":5,"atRiskDays":3}'];
    const viaDuckdb = cli('customers', '--engine', 'duckdb', DECEMBER, ...definition);
    const inApp = cli('customers', DECEMBER, ...definition);
    expect([viaDuckdb.code, viaDuckdb.stderr, inApp.code]).toEqual([0, '', 0]);
    const a = JSON.parse(viaDuckdb.stdout);
    const b = JSON.parse(inApp.stdout);
    const pick = (o: Record<string, unknown>) => ({
      customers: o.customers,
      churned: o.churned,
      churnRate: o.churnRate,
      atRisk: o.atRisk,
      asOf: o.asOf,
      dataFrom: o.dataFrom,
      dataTo: o.dataTo,
      definition: o.definition,
      unit: o.unit,
      returns: o.returns,
    });
    expect(pick(a)).toEqual(pick(b));
    expect(a.churned).toBeGreaterThan(0);
    expect(a.atRisk).toBeGreaterThan(0);
    expect(a.engine).toBe('duckdb');
  });
});
