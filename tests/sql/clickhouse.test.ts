/**
 * The generated ClickHouse SQL on a real ClickHouse server (Debian's clickhouse-server, 18.16),
 * started for this file on 127.0.0.1 with its data in a temporary folder and stopped afterwards,
 * on Online Retail (2010-12 … 2011-12) and the full CDNOW log: every query's rows equal what the
 * app's engine computes from the same files in the same test, cell for cell.
 * No server binary is a failure, not a skip: CI installs it (.ci/run).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatasetSummary, EngineApi, Role } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { generateSql, type SqlKind, type SqlSettings } from '../../src/sql/index.ts';
import { CDNOW_MASTER } from '../cdnowKpisSql.ts';
import { RETAIL_MONTH, sourceFile } from '../sharedData.ts';
import { clickhouseHttp, type ClickHouseHttp } from './clickhouse/clickhouseHttp.ts';
import { distribute, loadCdnow, loadContractLog, loadOnlineRetail } from './clickhouse/clickhouseLoad.ts';
import { writeContractLog } from './sqlInputs.ts';
import { startClickHouse, TWO_SHARDS, type ClickHouseServer } from './clickhouse/clickhouseServer.ts';
import { expectAttributeColumns, expectCustomerTable } from './clickhouse/expectCustomers.ts';
import { expectGroupedSurvival } from './survivalGroupCheck.ts';
import { expectKpis, expectRfm } from './clickhouse/expectKpisRfm.ts';
import { expectRfmClasses } from './rfmClassCheck.ts';
import { expectCountryTriangles } from './triangleByCountry.ts';
import { expectRevenueMovements } from './clickhouse/expectRevenue.ts';
import { expectSurvival } from './clickhouse/expectSurvival.ts';
import { expectTriangle } from './clickhouse/expectTriangle.ts';
import type { SqlRow } from './clickhouse/sqlRowChecks.ts';

const YEAR = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];

interface Loaded {
  engine: EngineApi;
  summary: DatasetSummary;
  settings: SqlSettings;
}

let server: ClickHouseServer | undefined;
let ch: ClickHouseHttp;
let loading: Promise<void> | undefined;
const data: Record<'retail' | 'cdnow' | 'cdnow_all' | 'contracts', Loaded> = {} as never;
const scratch = mkdtempSync(join(tmpdir(), 'churnscope-ch-'));

async function open(
  files: string[],
  table: string,
  days: number,
  definition: SqlSettings['definition'] = { kind: 'inactivity', days },
  moreRoles: Record<string, Role> = {},
): Promise<Loaded> {
  const engine = createEngine();
  const opened = await engine.openDataset(await Promise.all(files.map(sourceFile)));
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  // The column the app adds when it appends several files (source_file) is not in the SQL table.
  const roles: Record<string, Role> = {
    ...Object.fromEntries(
      opened.value.columns.filter((c) => c.name !== opened.value.sourceColumn).map((c) => [c.name, c.role]),
    ),
    ...moreRoles,
  };
  const settings: SqlSettings = {
    roles,
    definition,
    table,
    unit: 'weeks',
    returns: 'net',
  };
  const loaded = { engine, summary: opened.value, settings };
  build(loaded);
  return loaded;
}

/** The app's customer table under the same settings the SQL is generated for. */
function build({ engine, summary, settings }: Loaded): void {
  const { roles, definition, unit, returns } = settings;
  const built = engine.buildCustomerTable(summary.id, { roles, definition, unit, returns });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
}

async function run(kind: SqlKind, loaded: Loaded, options?: SqlSettings['options']): Promise<SqlRow[]> {
  const out = generateSql(kind, 'clickhouse', { ...loaded.settings, options });
  if (!out.ok) throw new Error(`no ClickHouse SQL for ${kind}: ${out.issue.message}`);
  const rows = await ch.rows(out.sql);
  if (rows.length > 0) expect(Object.keys(rows[0])).toEqual([...out.columns]);
  return rows;
}

beforeAll(async () => {
  const retailFiles = YEAR.map((m) => RETAIL_MONTH(m));
  const contracts = writeContractLog(scratch);
  // The server loads while the engine reads the same files (two processes, two cores).
  loading = (async () => {
    server = await startClickHouse();
    ch = clickhouseHttp(server.url);
    await Promise.all([
      loadOnlineRetail(ch, 'online_retail', retailFiles),
      loadCdnow(ch, 'cdnow', CDNOW_MASTER),
      loadContractLog(ch, 'contracts', contracts),
    ]);
  })();
  [data.retail, data.cdnow, data.contracts] = await Promise.all([
    open(retailFiles, 'online_retail', 90),
    open([CDNOW_MASTER], 'cdnow', 90),
    open(
      [contracts],
      'contracts',
      0,
      { kind: 'contract-end' },
      {
        contract_end: 'churn_date',
        cancelled: 'churn_flag',
        status12: 'ignore',
      },
    ),
    loading,
  ]);
  // The same log on a cluster: a Distributed table over two shards, read with --table cdnow_all.
  const all = await distribute(ch, 'cdnow', TWO_SHARDS, 'customer_id');
  data.cdnow_all = { ...data.cdnow, settings: { ...data.cdnow.settings, table: all } };
}, 60_000);

afterAll(async () => {
  await loading?.catch(() => undefined); // a server still starting when the engine failed is stopped too
  await server?.stop();
  rmSync(scratch, { recursive: true, force: true });
}, 20_000);

describe('ClickHouse server', () => {
  it('holds every Online Retail invoice line the app reads from the 13 monthly files', async () => {
    const [counts] = await ch.rows<{ n: string; missing: string; customers: string }>(
      `SELECT count() AS n, countIf(isNull(CustomerID)) AS missing, uniqExact(CustomerID) AS customers FROM online_retail`,
    );
    // Published (../shared/data/README.md): 541,909 lines, CustomerID blank on 135,080. Exact.
    expect(Number(counts.n)).toBe(541_909);
    expect(Number(counts.missing)).toBe(135_080);
    // And the same as the app's own reading of the files: rows, missing ids, distinct ids. Exact.
    const id = data.retail.summary.columns.find((c) => c.name === 'CustomerID')!;
    expect(Number(counts.n)).toBe(data.retail.summary.rows);
    expect(Number(counts.missing)).toBe(id.nulls);
    expect(Number(counts.customers)).toBe(id.distinct);
  });

  it('holds every CDNOW purchase the app reads (69,659 in the published count)', async () => {
    const [counts] = await ch.rows<{ n: string }>(`SELECT count() AS n FROM cdnow`);
    expect(Number(counts.n)).toBe(69_659);
    expect(Number(counts.n)).toBe(data.cdnow.summary.rows);
  });

  it('spreads CDNOW over two shards that a Distributed table reads as one', async () => {
    const shards = await ch.rows<{ n: string }>(
      `SELECT count() AS n FROM shard1.cdnow_local UNION ALL SELECT count() AS n FROM shard2.cdnow_local`,
    );
    const [all] = await ch.rows<{ n: string; customers: string }>(
      `SELECT count() AS n, uniqExact(customer_id) AS customers FROM ${data.cdnow_all.settings.table}`,
    );
    // Both shards hold part of the log; together, through the Distributed table, all of it. Exact.
    expect(shards.map((s) => Number(s.n) > 0)).toEqual([true, true]);
    expect(Number(shards[0].n) + Number(shards[1].n)).toBe(data.cdnow.summary.rows);
    expect(Number(all.n)).toBe(data.cdnow.summary.rows);
    expect(Number(all.customers)).toBe(data.cdnow.summary.columns.find((c) => c.name === 'customer_id')!.distinct);
  });
});

describe.each(['retail', 'cdnow', 'cdnow_all'] as const)('generated ClickHouse SQL on %s equals the app', (name) => {
  it('customers: the customer table, cell for cell', async () => {
    const loaded = data[name];
    const rows = await run('customers', loaded);
    expectCustomerTable(rows, loaded.engine, loaded.summary.id);
    // Online Retail's attribute columns with one value a day (CDNOW has none).
    const attributes = name === 'retail' ? ['Country', 'InvoiceNo'] : [];
    expect(rows.length > 0 && attributes.every((a) => a in rows[0])).toBe(true);
    expectAttributeColumns(rows, loaded.engine, loaded.summary.id, attributes);
  });

  it('retention-triangle: months (active, retained, revenue), ISO weeks (active), rolling months, and on retail by Country equal the engine', async () => {
    const { engine, summary } = data[name];
    const ask = (options: SqlSettings['options']) => run('retention-triangle', data[name], options);
    const [months, weeks, rolling] = [await ask({}), await ask({ period: 'week' }), await ask({ windows: 'rolling' })];
    for (const measure of ['active', 'retained', 'revenue'] as const) {
      expectTriangle(months, engine, summary.id, 'month', measure);
      expectTriangle(rolling, engine, summary.id, 'month', measure, 'rolling');
    }
    expectTriangle(weeks, engine, summary.id, 'week', 'active');
    // By Country: a breakdown, and cohorts formed by it.
    if (name === 'retail') await expectCountryTriangles(ask, engine, summary.id);
  });

  it('survival: Kaplan–Meier from the counts (loss known in months, last activity in days) equals the engine', async () => {
    const { engine, summary } = data[name];
    const known = await run('survival', data[name], { durationMeasure: 'known' });
    expectSurvival(known, engine, summary.id, 'known', 'months');
    const activity = await run('survival', data[name], { durationMeasure: 'activity' });
    expectSurvival(activity, engine, summary.id, 'activity', 'days');
  });

  it.runIf(name === 'retail')(
    'survival by Country: every drawn curve (12, the rest pooled) from the counts equals the engine',
    async () => {
      const { engine, summary } = data[name];
      const rows = await run('survival', data[name], { group: 'Country' });
      const answer = engine.analyze(summary.id, 'survival', { unit: 'months', group: 'Country' });
      if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
      expect(answer.value.pooled.length).toBeGreaterThan(0);
      expectGroupedSurvival(rows, answer.value, 'months');
    },
  );

  it('churn-kpis: the default period and a chosen one equal the engine', async () => {
    const { engine, summary, settings } = data[name];
    expectKpis(await run('churn-kpis', data[name], {}), engine, summary.id, settings.definition, {});
    const chosen =
      name === 'retail'
        ? { periodStart: '2011-11-01', periodEnd: '2011-11-30' }
        : { periodStart: '1997-10-01', periodEnd: '1998-03-31' };
    expectKpis(await run('churn-kpis', data[name], chosen), engine, summary.id, settings.definition, chosen);
  });

  it("rfm: every customer's recency, orders, spend and R, F, M scores (5 bins total, 3 per order), and the eight classes (mean, median) equal the engine", async () => {
    const { engine, summary } = data[name];
    for (const options of [
      { bins: 5, monetary: 'total' },
      { bins: 3, monetary: 'mean' },
    ] as const)
      expectRfm(await run('rfm', data[name], options), engine, summary.id, options);
    for (const options of [
      { scheme: 'mean8', monetary: 'total' },
      { scheme: 'median8', monetary: 'mean' },
    ] as const)
      expectRfmClasses(await run('rfm', data[name], options), engine, summary.id, options);
  });

  it('revenue-movements: the bridge by month and by quarter from monthly revenue equals the engine', async () => {
    const { engine, summary } = data[name];
    const rows = await run('revenue-movements', data[name]);
    expectRevenueMovements(rows, engine, summary.id, ['month', 'quarter']);
  });
});

describe.each([
  ['a contract end (role churn_date)', { kind: 'contract-end' }],
  ['a yes/no churn flag dated by churn_date', { kind: 'flag' }],
  ['a 1/2 status flag', { kind: 'flag', column: 'status12' }],
] as const)('generated ClickHouse SQL under %s equals the app', (_name, definition) => {
  it('customers (with region, channel, plan), survival by plan and the KPIs on the synthetic log', async () => {
    const loaded: Loaded = { ...data.contracts, settings: { ...data.contracts.settings, definition } };
    build(loaded);
    const { engine, summary } = loaded;
    const customers = await run('customers', loaded);
    expect(new Set(customers.map((r) => r.churn_status))).toEqual(new Set(['active', 'churned']));
    expectCustomerTable(customers, engine, summary.id);
    expectAttributeColumns(customers, engine, summary.id, ['region', 'channel', 'plan']);
    const rows = await run('survival', loaded, { group: 'plan' });
    const answer = engine.analyze(summary.id, 'survival', { unit: 'months', group: 'plan' });
    if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
    expectGroupedSurvival(rows, answer.value, 'months');
    expectKpis(await run('churn-kpis', loaded, {}), engine, summary.id, definition, {});
  });
});

// Last, as it rebuilds Online Retail's customer table: the other choices of the table.
describe('generated ClickHouse SQL under other customer-table settings equals the app', () => {
  it('returns dropped, an at-risk band, recency and T in months: customer table and KPIs on Online Retail', async () => {
    const retail: Loaded = {
      ...data.retail,
      settings: {
        ...data.retail.settings,
        definition: { kind: 'inactivity', days: 45, atRiskDays: 20 },
        unit: 'months',
        returns: 'drop',
      },
    };
    build(retail);
    const { engine, summary, settings } = retail;
    const customers = await run('customers', retail);
    // The band is populated, so the status's third value is tested too.
    expect(customers.some((r) => r.churn_status === 'at risk')).toBe(true);
    expectCustomerTable(customers, engine, summary.id);
    expectKpis(await run('churn-kpis', retail, {}), engine, summary.id, settings.definition, {});
  });

  it('relative inactivity (3 × the median gap, at least 30 days): customer table, survival and KPIs on Online Retail', async () => {
    const retail: Loaded = {
      ...data.retail,
      settings: {
        ...data.retail.settings,
        definition: { kind: 'inactivity', days: 120, relativeFactor: 3, minDays: 30, atRiskDays: 60 },
      },
    };
    build(retail);
    const { engine, summary, settings } = retail;
    expectCustomerTable(await run('customers', retail), engine, summary.id);
    expectSurvival(await run('survival', retail, { durationMeasure: 'known' }), engine, summary.id, 'known', 'months');
    expectKpis(await run('churn-kpis', retail, {}), engine, summary.id, settings.definition, {});
  });
});
