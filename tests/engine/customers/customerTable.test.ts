/**
 * The customer table against published references: the BTYD reduction of the CDNOW sample
 * (Fader, Hardie & Lee 2005; lifetimes' cdnow_customers_summary*.csv) and the IBM Telco churn
 * rate (../shared/data/README.md), plus one test per edge case of the churn definitions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type {
  ChurnDefinition,
  CustomerTableSpec,
  DatasetSummary,
  EngineApi,
  Result,
  Role,
} from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, CDNOW_SAMPLE, fixture, sharedData, sourceFile, TELCO } from '../../sharedData.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function rolesOf(s: DatasetSummary, overrides: Record<string, Role> = {}): Record<string, Role> {
  return { ...Object.fromEntries(s.columns.map((c) => [c.name, c.role])), ...overrides };
}

async function open(engine: EngineApi, file: Parameters<EngineApi['openDataset']>[0][0]) {
  return value(await engine.openDataset([file]));
}

function rows(engine: EngineApi, id: string) {
  return tableFromIPC(value(engine.customerRows(id, 0, 1e9)));
}

function csvRecords(path: string): Record<string, string>[] {
  const [head, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const names = head.split(',');
  return lines.map((l) => Object.fromEntries(l.split(',').map((v, i) => [names[i], v])));
}

describe('customer table', () => {
  it('buildCustomerTable(CDNOW sample, as of 1997-09-30, weeks) reproduces frequency, recency and T of all 2,357 customers', async () => {
    const engine = createEngine();
    const s = await open(engine, await sourceFile(CDNOW_SAMPLE));
    // The summary's ID is the sample id (column 2); column 1 is the master id.
    const spec: CustomerTableSpec = {
      roles: rolesOf(s, { column_1: 'ignore', column_2: 'customer_id' }),
      definition: { kind: 'inactivity', days: 180 },
      asOf: '1997-09-30',
      unit: 'weeks',
    };
    const summary = value(engine.buildCustomerTable(s.id, spec));
    expect(summary.customers).toBe(2357);
    const t = rows(engine, s.id);
    const ours = new Map<number, { f: number; r: number; T: number; m: number }>();
    for (let i = 0; i < t.numRows; i++) {
      ours.set(Number(t.getChild('customer_id')!.get(i)), {
        f: t.getChild('frequency')!.get(i),
        r: t.getChild('recency')!.get(i),
        T: t.getChild('T')!.get(i),
        m: t.getChild('monetary')!.get(i),
      });
    }
    const reference = csvRecords(sharedData('cdnow', 'lifetimes', 'cdnow_customers_summary.csv'));
    expect(reference).toHaveLength(2357);
    for (const ref of reference) {
      const o = ours.get(Number(ref.ID))!;
      expect(o.f).toBe(Number(ref.frequency));
      // The reference is printed to 2 decimals.
      expect(Math.abs(o.r - Number(ref.recency))).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(o.T - Number(ref.T))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    // zbar (mean repeat spend) for customers with repeats, also printed to 2 decimals.
    const spend = csvRecords(sharedData('cdnow', 'lifetimes', 'cdnow_customers_summary_with_transactions.csv'));
    let repeaters = 0;
    for (const ref of spend) {
      if (Number(ref.x) === 0) continue;
      repeaters++;
      expect(Math.abs(ours.get(Number(ref.ID))!.m - Number(ref.zbar))).toBeLessThanOrEqual(0.005 + 1e-9);
    }
    // README: 946 customers with x > 0.
    expect(repeaters).toBe(946);
    expect(summary.leftOut).toBe(summary.leftOutDetail.afterAsOf);
    // CDNOW runs from 1997-01-01 to 1998-06-30.
    expect([summary.dataFrom, summary.dataTo]).toEqual(['1997-01-01', '1998-06-30']);
    expect(summary.leftOutDetail.afterAsOf).toBeGreaterThan(0);
  });

  it('buildCustomerTable(Telco, flag) gives the published 1,869 churned of 7,043 (26.54 %)', async () => {
    const engine = createEngine();
    const s = await open(engine, await sourceFile(TELCO));
    const summary = value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    expect(summary).toMatchObject({ shape: 'customers', customers: 7043, churned: 1869 });
    expect(summary.churnRate).toBeCloseTo(0.2654, 4);
    const t = rows(engine, s.id);
    expect(t.getChild('tenure_days')!.get(0)).toBeCloseTo(365.25 / 12, 9);
    expect(t.getChild('total_value')!.get(1)).toBe(1889.5);
    expect(summary.columns).toContain('Contract');
  });

  const log = (lines: string[]) => bytesFile('log.csv', ['customer_id,date,amount', ...lines].join('\n'));

  async function build(lines: string[], definition: ChurnDefinition, extra: Partial<CustomerTableSpec> = {}) {
    const engine = createEngine();
    const s = await open(engine, log(lines));
    const summary = engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition, ...extra });
    return { engine, s, summary, table: summary.ok ? rows(engine, s.id) : null };
  }

  it('a customer with a single purchase has frequency 0, recency 0 and monetary 0', async () => {
    const { table } = await build(
      ['a,2024-01-10,5', 'a,2024-01-10,7', 'b,2024-01-01,3', 'b,2024-02-01,4'],
      { kind: 'inactivity', days: 30 },
      { unit: 'days' },
    );
    expect(table!.getChild('orders')!.get(0)).toBe(1);
    expect(table!.getChild('frequency')!.get(0)).toBe(0);
    expect(table!.getChild('recency')!.get(0)).toBe(0);
    expect(table!.getChild('monetary')!.get(0)).toBe(0);
    expect(table!.getChild('total_value')!.get(0)).toBe(12);
  });

  it("negative amounts are netted, or dropped and counted, by the user's choice; never an order", async () => {
    const lines = ['a,2024-01-01,100', 'a,2024-01-05,-30', 'a,2024-02-01,50'];
    const net = await build(lines, { kind: 'inactivity', days: 30 }, { returns: 'net' });
    expect(net.table!.getChild('total_value')!.get(0)).toBe(120);
    // The return on 2024-01-05 is not a purchase day: 2 orders either way (3 before issue 12).
    expect(net.table!.getChild('orders')!.get(0)).toBe(2);
    const drop = await build(lines, { kind: 'inactivity', days: 30 }, { returns: 'drop' });
    expect(drop.table!.getChild('total_value')!.get(0)).toBe(150);
    expect(drop.table!.getChild('orders')!.get(0)).toBe(2);
    expect(value(drop.summary).leftOutDetail.dropped).toBe(1);
  });

  it('activity after the as-of date is left out and counted', async () => {
    const { summary, table } = await build(
      ['a,2024-01-01,1', 'a,2024-03-01,1', 'b,2024-04-01,1'],
      { kind: 'inactivity', days: 30 },
      { asOf: '2024-02-01' },
    );
    expect(value(summary)).toMatchObject({ customers: 1, leftOut: 2, asOf: '2024-02-01' });
    expect(table!.numRows).toBe(1);
  });

  it('inactivity: churned means more than N days; exactly N days is not churned; the at-risk band is inclusive', async () => {
    const lines = ['a,2024-01-01,1', 'b,2023-12-02,1', 'c,2023-12-01,1', 'd,2023-12-16,1', 'z,2024-01-31,1'];
    const { summary, table } = await build(lines, { kind: 'inactivity', days: 60, atRiskDays: 46 });
    // As of 2024-01-31: a 30 days, b 60, c 61, d 46, z 0.
    const status = Array.from({ length: 5 }, (_, i) => table!.getChild('churn_status')!.get(i));
    expect(status).toEqual(['active', 'at risk', 'churned', 'at risk', 'active']);
    expect(value(summary)).toMatchObject({ churned: 1, atRisk: 2 });
  });

  it("inactivity relative to the customer's rhythm uses N × their median gap", async () => {
    // a buys every 10 days, last 25 days ago: 25 > 2 × 10 → churned; b every 30 days, last 25 days ago → active.
    // A floor of 0 days leaves the windows as they are (the default floor of 30 would keep a active).
    const lines = [
      'a,2024-01-01,1',
      'a,2024-01-11,1',
      'a,2024-01-21,1',
      'b,2023-12-07,1',
      'b,2024-01-06,1',
      'b,2024-01-21,1',
      'z,2024-02-15,1',
    ];
    const { table } = await build(lines, { kind: 'inactivity', days: 365, relativeFactor: 2, minDays: 0 });
    expect(table!.getChild('churned')!.get(0)).toBe(1);
    expect(table!.getChild('churned')!.get(1)).toBe(0);
  });

  it('contract end: a date exactly on the as-of date is churned, a later one is active', async () => {
    const engine = createEngine();
    const s = await open(
      engine,
      bytesFile('contracts.csv', 'customer_id,end_date\na,2024-06-30\nb,2024-07-01\nc,\nd,2024-01-15\n'),
    );
    const summary = value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { end_date: 'churn_date' }),
        definition: { kind: 'contract-end' },
        asOf: '2024-06-30',
      }),
    );
    const t = rows(engine, s.id);
    expect(Array.from({ length: 4 }, (_, i) => t.getChild('churned')!.get(i))).toEqual([1, 0, 0, 1]);
    expect(summary.churned).toBe(2);
  });

  it('partial churn: revenue in the last K months fell by at least P % against the K months before', async () => {
    const lines = [
      'a,2024-01-10,100',
      'a,2024-02-10,100',
      'a,2024-03-10,20',
      'a,2024-04-10,20',
      'b,2024-01-10,100',
      'b,2024-02-10,100',
      'b,2024-03-10,60',
      'b,2024-04-10,60',
      'c,2024-03-10,10',
      'z,2024-05-02,1',
    ];
    const { table } = await build(lines, { kind: 'partial', months: 2, dropPercent: 50 });
    // As of 2024-05-02: complete months through April; a fell 80 %, b 40 %, c had nothing before.
    expect(Array.from({ length: 3 }, (_, i) => table!.getChild('churned')!.get(i))).toEqual([1, 0, 0]);
  });

  it('a definition that needs a missing role says which role, and bad JSON definitions are refused', async () => {
    const { summary } = await build(['a,2024-01-01,1'], { kind: 'contract-end' });
    expect(summary.ok).toBe(false);
    if (!summary.ok) expect(summary.issues[0]).toMatchObject({ code: 'role-missing', params: { role: 'churn_date' } });
    const bad = await build(['a,2024-01-01,1'], { kind: 'inactivity', days: -3 } as ChurnDefinition);
    expect(bad.summary.ok).toBe(false);
    const asOf = await build(['a,2024-01-01,1'], { kind: 'inactivity', days: 3 }, { asOf: '2024-02-30' });
    expect(!asOf.summary.ok && asOf.summary.issues[0].code).toBe('invalid-as-of');
  });

  it('reasons map to churn types by cause, in Chinese too, for churned customers only', async () => {
    const engine = createEngine();
    const s = await open(engine, await sourceFile(fixture('utf8bom-snapshot-semicolon.csv')));
    const summary = value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    expect(summary.reasonTypes).toMatchObject({
      价格太高: 'disappointed',
      被竞争对手吸引: 'competitor',
      服务不满意: 'disappointed',
      搬家: 'natural',
    });
    const t = rows(engine, s.id);
    for (let i = 0; i < t.numRows; i++) {
      const churned = t.getChild('churned')!.get(i) === 1;
      expect(t.getChild('churn_type')!.get(i) !== null).toBe(churned);
    }
  });

  it('exportCustomerTable(csv) writes the BOM, neutralises formula-like cells and states the definition after the table', async () => {
    const engine = createEngine();
    const s = await open(
      engine,
      bytesFile('f.csv', 'customer_id,date,amount,note\n=cmd,2024-01-01,1,@x\nb,2024-01-02,2,ok\n'),
    );
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { note: 'attribute' }),
        definition: { kind: 'inactivity', days: 30 },
      }),
    );
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(value(engine.exportCustomerTable(s.id, 'csv')));
    const lines = csv.split('\r\n');
    expect(lines[0].startsWith('\uFEFFcustomer_id,first_date')).toBe(true);
    expect(csv).toContain("'=cmd");
    expect(csv).toContain("'@x");
    expect(lines.slice(-6)).toEqual([
      '',
      '"Churn definition: churned = more than 30 days without activity"',
      '"As of: 2024-01-02"',
      '"Parameters: unit: weeks; returns: net"',
      '"Data source: f.csv"',
      '',
    ]);
  });
});

describe('customer table columns', () => {
  it('the summary lists exactly the columns the customer table file has', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(fixture('utf8bom-snapshot-semicolon.csv'))]));
    const summary = value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    const t = rows(engine, s.id);
    expect(summary.columns).toEqual(t.schema.fields.map((f) => f.name));
  });
});

describe('what a definition lacks, named', () => {
  it('buildCustomerTable(snapshot without a flag or dates, inactivity) asks for a churn flag, not a date', async () => {
    const engine = createEngine();
    const s = await open(engine, await sourceFile(TELCO));
    const r = engine.buildCustomerTable(s.id, {
      roles: rolesOf(s, { Churn: 'ignore' }),
      definition: { kind: 'inactivity', days: 90 },
    });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'role-missing', params: { role: 'churn_flag' } });
  });
});

describe('an as-of date outside the data', () => {
  it('buildCustomerTable(CDNOW, as of a year after its last date) warns with the data range', async () => {
    const engine = createEngine();
    const s = await open(engine, await sourceFile(CDNOW_SAMPLE));
    const roles = rolesOf(s, { column_2: 'ignore' });
    const definition = { kind: 'inactivity' as const, days: 180 };
    const after = value(engine.buildCustomerTable(s.id, { roles, definition, asOf: '1999-06-30' }));
    // README: the CDNOW log runs from 1997-01-01 to 1998-06-30.
    expect(after.issues).toContainEqual(
      expect.objectContaining({
        code: 'as-of-after-data',
        params: { asOf: '1999-06-30', from: '1997-01-01', to: '1998-06-30' },
      }),
    );
    const inside = value(engine.buildCustomerTable(s.id, { roles, definition, asOf: '1998-01-31' }));
    expect(inside.issues.map((i) => i.code)).not.toContain('as-of-after-data');
    // A month's end shortly after the last record is usual, not a mistake.
    const monthEnd = value(engine.buildCustomerTable(s.id, { roles, definition, asOf: '1998-07-31' }));
    expect(monthEnd.issues.map((i) => i.code)).not.toContain('as-of-after-data');
  });
});
