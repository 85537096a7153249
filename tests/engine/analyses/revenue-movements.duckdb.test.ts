/**
 * Revenue movements through the engine (files read, customer table built, bridge) against the
 * same bridge in DuckDB SQL straight from the raw files (revenueMovementsSql.ts), cell for cell:
 * UCI Online Retail (13 monthly files, cancellations netted) and the full CDNOW log.
 */
import { readdirSync } from 'node:fs';
import { tableFromIPC } from 'apache-arrow';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineApi, RevenueMovementRow, RevenuePeriod } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { sharedData, sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';
import { alertsSql, bridgeSql, movementsSql, type SqlBridgeRow } from './revenueMovementsSql.ts';

const RETAIL = sharedData('online-retail', 'monthly');
const retailFiles = readdirSync(RETAIL)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => `${RETAIL}/${f}`);
const CDNOW = sharedData('cdnow', 'lifetimes', 'CDNOW_master.txt');

interface Opened {
  engine: EngineApi;
  id: string;
  db: DuckDBConnection;
  close(): void;
}

async function open(paths: string[], load: string): Promise<Opened> {
  const engine = createEngine();
  const s = value(await engine.openDataset(await Promise.all(paths.map(sourceFile))));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 180 } }));
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await db.run(load);
  return { engine, id: s.id, db, close: () => (db.closeSync(), instance.closeSync()) };
}

const MONEY = [
  'revenueStart',
  'new',
  'expansion',
  'contraction',
  'churned',
  'reactivated',
  'revenueEnd',
  'refunds',
] as const;
const COUNTS = [
  'customersStart',
  'newCustomers',
  'expandedCustomers',
  'contractedCustomers',
  'churnedCustomers',
  'reactivatedCustomers',
  'unchangedCustomers',
  'customersEnd',
] as const;

function expectSameRows(ours: RevenueMovementRow[], sql: SqlBridgeRow[]) {
  expect(ours.map((r) => r.period)).toEqual(sql.map((r) => r.period));
  expect(ours.map((r) => r.baseIncomplete)).toEqual(sql.map((r) => r.baseIncomplete));
  ours.forEach((row, i) => {
    const want = sql[i];
    for (const k of COUNTS) expect([row.period, k, row[k]]).toEqual([want.period, k, want[k]]);
    // Sums of the same amounts in another order: equal to 1e-6 relative (cents summed in double precision).
    for (const k of MONEY)
      expect(Math.abs(row[k] - want[k])).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(want[k])));
    // Ratios of those sums: 1e-9 absolute.
    for (const k of ['grr', 'nrr', 'quickRatio'] as const)
      if (Number.isNaN(want[k])) expect(row[k]).toBeNaN();
      else expect(Math.abs(row[k] - want[k])).toBeLessThanOrEqual(1e-9);
  });
}

describe('revenue movements on Online Retail against DuckDB', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open(
      retailFiles,
      `CREATE TABLE t AS
       SELECT CustomerID AS cid, CAST(InvoiceDate AS DATE) AS d, Quantity * UnitPrice AS amount,
         (Quantity * UnitPrice < 0 OR InvoiceNo LIKE 'C%') AS is_return
       FROM read_csv([${retailFiles.map((f) => `'${f}'`).join(', ')}], header = true,
         types = {'CustomerID': 'VARCHAR', 'InvoiceNo': 'VARCHAR', 'InvoiceDate': 'TIMESTAMP', 'Quantity': 'DOUBLE', 'UnitPrice': 'DOUBLE'})
       WHERE CustomerID IS NOT NULL AND trim(CustomerID) <> ''`,
    );
  }, 120_000);
  afterAll(() => o?.close());

  for (const period of ['month', 'quarter'] as RevenuePeriod[])
    it(`revenueMovements(online retail, ${period}) equals the SQL bridge in every cell`, async () => {
      const r = value(o.engine.analyze(o.id, 'revenue-movements', { period }));
      const sql = await bridgeSql(o.db, period);
      expectSameRows(r.bridge!.rows, sql);
      // The data runs 2010-12-01 … 2011-12-09: December 2011 (Q4 2011) is open, not a row.
      expect(r.openPeriod).toEqual({ period: period === 'month' ? '2011-12' : '2011-Q4', through: '2011-12-09' });
    });

  it('revenueMovements(online retail, year) has no row: 2010 is one month of data and 2011 is not over', async () => {
    const r = value(o.engine.analyze(o.id, 'revenue-movements', { period: 'year' }));
    expect(await bridgeSql(o.db, 'year')).toEqual([]);
    expect([r.bridge, r.unavailable, r.openPeriod?.period]).toEqual([null, 'too-short', '2011']);
  });

  it('revenueMovements(online retail) joins each customer’s movement in the bridge period to the customer table', async () => {
    const r = value(o.engine.analyze(o.id, 'revenue-movements', { period: 'month', bridgePeriod: '2011-11' }));
    expect(r.bridgePeriod).toBe('2011-11');
    const rows = tableFromIPC(value(o.engine.customerRows(o.id, 0, 1e9)));
    const want = await movementsSql(o.db, 'month', '2011-11');
    const ids = rows.getChild('customer_id')!;
    const movement = rows.getChild('revenue_movement')!;
    expect(rows.numRows).toBe(want.size);
    let differ = 0;
    for (let i = 0; i < rows.numRows; i++) if (movement.get(i) !== want.get(ids.get(i))) differ++;
    expect(differ).toBe(0);
  });

  it('contractionAlerts(online retail, 3 months, 80 %) lists the customers SQL finds, most lost first', async () => {
    const r = value(o.engine.analyze(o.id, 'revenue-movements', { period: 'month' }));
    const a = r.alerts!;
    // The last three finished months (Sep–Nov 2011) against the three before (Jun–Aug).
    expect([a.priorFrom, a.priorTo, a.recentFrom, a.recentTo]).toEqual(['2011-06', '2011-08', '2011-09', '2011-11']);
    const sql = await alertsSql(o.db, '2011-06-01', '2011-09-01', '2011-11-30', 80);
    expect([a.customers, a.stopped]).toEqual([sql.customers, sql.stopped]);
    // Sums of the same amounts in another order: 1e-6 relative.
    expect(Math.abs(a.lostRevenue - sql.lostRevenue)).toBeLessThanOrEqual(1e-6 * sql.lostRevenue);
    expect(Math.abs(a.stoppedRevenue - sql.stoppedRevenue)).toBeLessThanOrEqual(1e-6 * sql.stoppedRevenue);
    expect(a.listed.map((l) => l.customerId)).toEqual(sql.ids.slice(0, a.listed.length));
  });
});

describe('revenue movements on CDNOW against DuckDB', () => {
  let o: Opened;
  beforeAll(async () => {
    o = await open(
      [CDNOW],
      `CREATE TABLE t AS
       SELECT s[1] AS cid, strptime(s[2], '%Y%m%d')::DATE AS d, s[4]::DOUBLE AS amount, s[4]::DOUBLE < 0 AS is_return
       FROM (SELECT string_split_regex(trim(line), '\\s+') AS s
             FROM read_csv('${CDNOW}', columns = {'line': 'VARCHAR'}, delim = '\\t', header = false, skip = 1))`,
    );
  }, 120_000);
  afterAll(() => o?.close());

  for (const period of ['month', 'quarter'] as RevenuePeriod[])
    it(`revenueMovements(cdnow, ${period}) equals the SQL bridge in every cell`, async () => {
      const r = value(o.engine.analyze(o.id, 'revenue-movements', { period }));
      expectSameRows(r.bridge!.rows, await bridgeSql(o.db, period));
      // 1997-01-01 … 1998-06-30: every period is covered to its end.
      expect(r.openPeriod).toBeNull();
    });
});
