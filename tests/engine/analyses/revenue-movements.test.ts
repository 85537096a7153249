import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { ChurnDefinition, EngineApi, RevenueMovementRow } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, sourceFile, TELCO } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

/**
 * Four customers, worked by hand. The data starts 2024-01-05 (January is not covered from its
 * first day) and ends 2024-04-02 (April is open).
 */
const LOG = `customer,date,amount,region
a,2024-01-05,100,N
b,2024-01-20,50,S
a,2024-02-10,150,N
c,2024-02-14,80,S
b,2024-03-03,20,S
c,2024-03-01,-30,S
a,2024-03-31,150,N
d,2024-04-02,10,N
`;

async function opened(
  definition: ChurnDefinition = { kind: 'inactivity', days: 60 },
  returns: 'net' | 'drop' = 'net',
): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition, returns }));
  return { engine, id: s.id };
}

const flows = (r: RevenueMovementRow) => [
  r.period,
  r.revenueStart,
  r.new,
  r.expansion,
  r.contraction,
  r.churned,
  r.reactivated,
  r.revenueEnd,
  r.refunds,
];

describe('revenue movements through the engine', () => {
  it('revenueMovements(month) gives the hand-worked bridge, and leaves the open month out', async () => {
    const { engine, id } = await opened();
    const r = value(engine.analyze(id, 'revenue-movements', { period: 'month' }));
    const rows = r.bridge!.rows;
    // Feb: a 100 → 150 (+50), b 50 → 0 (churned), c new 80. Mar: a unchanged, b back (+20), c −30 net → 0 (churned 80, refunds −30).
    expect(rows.map(flows)).toEqual([
      ['2024-02', 150, 80, 50, 0, 50, 0, 230, 0],
      ['2024-03', 230, 0, 0, 0, 80, 20, 170, -30],
    ]);
    expect(rows.map((x) => x.baseIncomplete)).toEqual([true, false]);
    expect([rows[1].grr, rows[1].nrr, rows[1].quickRatio, rows[1].contractionShare]).toEqual([
      150 / 230,
      150 / 230,
      0.25,
      0,
    ]);
    expect(r.openPeriod).toEqual({ period: '2024-04', through: '2024-04-02' });
    // The summary reads complete rows only: March.
    expect([r.bridge!.summary.from, r.bridge!.summary.to, r.bridge!.summary.rows]).toEqual(['2024-03', '2024-03', 1]);
    expect([r.bridgePeriod, r.returns]).toEqual(['2024-03', 'net']);
    expect(r.stamp).toMatchObject({
      kind: 'revenue-movements',
      asOf: '2024-04-02',
      parameters: { period: 'month', bridgePeriod: '2024-03', alerts: { months: 3, dropPercent: 80 } },
    });
  });

  it('revenueMovements(by region) gives each value its own bridge', async () => {
    const { engine, id } = await opened();
    const r = value(engine.analyze(id, 'revenue-movements', { period: 'month', by: 'region' }));
    expect(r.groups.map((g) => [g.group, g.customers, ...flows(g.bridge.rows[0])])).toEqual([
      ['N', 2, '2024-02', 100, 0, 50, 0, 0, 0, 150, 0],
      ['S', 2, '2024-02', 50, 80, 0, 0, 50, 0, 80, 0],
    ]);
    expect(r.ungrouped).toBe(0);
  });

  it('revenueMovements(returns dropped) leaves the return out of the refunds', async () => {
    const { engine, id } = await opened(undefined, 'drop');
    const r = value(engine.analyze(id, 'revenue-movements', { period: 'month' }));
    expect(flows(r.bridge!.rows[1])).toEqual(['2024-03', 230, 0, 0, 0, 80, 20, 170, 0]);
    expect(r.returns).toBe('drop');
  });

  it('revenueMovements joins revenue_movement, revenue_change and revenue_drop_percent to the customer table', async () => {
    const { engine, id } = await opened();
    value(engine.analyze(id, 'revenue-movements', { period: 'month', alerts: { months: 1, dropPercent: 50 } }));
    const rows = tableFromIPC(value(engine.customerRows(id, 0, 10)));
    const column = (name: string) => Array.from({ length: rows.numRows }, (_, i) => rows.getChild(name)!.get(i));
    expect(column('customer_id')).toEqual(['a', 'b', 'c', 'd']);
    expect(column('revenue_movement')).toEqual(['unchanged', 'reactivated', 'churned', 'none']);
    expect(column('revenue_change')).toEqual([0, 20, -80, 0]);
    // March against February: a kept 150 (0 %), c fell from 80 to −30 (137.5 %); b and d had no February revenue (empty).
    expect(column('revenue_drop_percent')).toEqual([0, null, 137.5, null]);
  });

  it('revenueMovements under partial churn takes the definition’s months and percent for the alerts', async () => {
    const { engine, id } = await opened({ kind: 'partial', months: 1, dropPercent: 50 });
    const r = value(engine.analyze(id, 'revenue-movements', { period: 'month' }));
    expect(r.stamp.parameters.alerts).toEqual({ months: 1, dropPercent: 50 });
    // c stopped (net −30 in March): churned, not contracted.
    expect([r.alerts!.customers, r.alerts!.stopped, r.alerts!.recentFrom, r.alerts!.priorFrom]).toEqual([
      0,
      1,
      '2024-03',
      '2024-02',
    ]);
  });

  it('revenueMovements(quarter) of a log within one quarter is too short', async () => {
    const { engine, id } = await opened();
    const r = value(engine.analyze(id, 'revenue-movements', { period: 'quarter' }));
    expect([r.bridge, r.unavailable, r.bridgePeriod, r.openPeriod?.period]).toEqual([null, 'too-short', '', '2024-Q2']);
    // Three finished months cannot hold two windows of three.
    expect(r.alerts).toBeNull();
  });

  it('revenueMovements(bridgePeriod not a row) names the rows there are', async () => {
    const { engine, id } = await opened();
    const r = engine.analyze(id, 'revenue-movements', { period: 'month', bridgePeriod: '2024-04' });
    expect(!r.ok && r.issues[0]).toMatchObject({
      code: 'revenue-bridge-period',
      params: { period: '2024-04', first: '2024-02', last: '2024-03' },
    });
  });

  it('revenueMovements(bad alert windows, bad period) answers with the option', async () => {
    const { engine, id } = await opened();
    const months = engine.analyze(id, 'revenue-movements', { period: 'month', alerts: { months: 0, dropPercent: 80 } });
    expect(!months.ok && months.issues[0]).toMatchObject({
      code: 'revenue-option',
      params: { option: 'alerts.months' },
    });
    const drop = engine.analyze(id, 'revenue-movements', { period: 'month', alerts: { months: 3, dropPercent: 120 } });
    expect(!drop.ok && drop.issues[0].params?.option).toBe('alerts.dropPercent');
    const period = engine.analyze(id, 'revenue-movements', { period: 'week' as 'month' });
    expect(!period.ok && period.issues[0].params).toEqual({ option: 'period', value: 'week' });
  });

  it('revenueMovements(by an unknown column) names it', async () => {
    const { engine, id } = await opened();
    const r = engine.analyze(id, 'revenue-movements', { period: 'month', by: 'segment' });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'unknown-column', column: 'segment' });
  });

  it('revenueMovements(a snapshot) needs purchases over time', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(TELCO)]));
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    const r = engine.analyze(s.id, 'revenue-movements', { period: 'month' });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'role-missing', params: { role: 'date' } });
  });

  it('revenueMovements(a log without amounts) needs an amount', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([bytesFile('log.csv', LOG)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { amount: 'ignore' }),
        definition: { kind: 'inactivity', days: 60 },
      }),
    );
    const r = engine.analyze(s.id, 'revenue-movements', { period: 'month' });
    expect(!r.ok && r.issues[0]).toMatchObject({ code: 'role-missing', params: { role: 'amount' } });
  });
});
