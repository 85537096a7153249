/**
 * Churn KPIs through the engine: the Telco rates (published in ../shared/data/README.md),
 * the definition lab on CDNOW, and early warnings on a small log and the CDNOW sample.
 */
import { describe, expect, it } from 'vitest';
import type { DatasetSummary, EngineApi, Result, Role } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { bytesFile, CDNOW_SAMPLE, sourceFile, TELCO } from '../sharedData.ts';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const rolesOf = (s: DatasetSummary, o: Record<string, Role> = {}) => ({
  ...Object.fromEntries(s.columns.map((c) => [c.name, c.role])),
  ...o,
});

async function telco(): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(TELCO)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  return { engine, id: s.id };
}

describe('churn analyses', () => {
  it('churnByAttribute(telco, Contract) reproduces the published rates by contract', async () => {
    const { engine, id } = await telco();
    const r = value(engine.churnByAttribute(id, 'Contract'));
    const by = Object.fromEntries(r.groups.map((g) => [g.label, g]));
    expect(by['Month-to-month']).toMatchObject({ count: 3875, churned: 1655 });
    expect(by['One year']).toMatchObject({ count: 1473, churned: 166 });
    expect(by['Two year']).toMatchObject({ count: 1695, churned: 48 });
    // README: 0.4271, 0.1127, 0.0283 (4 decimals).
    expect(by['Month-to-month'].rate).toBeCloseTo(0.4271, 4);
    expect(by['One year'].rate).toBeCloseTo(0.1127, 4);
    expect(by['Two year'].rate).toBeCloseTo(0.0283, 4);
    expect(by['Month-to-month'].low).toBeLessThan(0.4271);
    expect(by['Month-to-month'].high).toBeGreaterThan(0.4271);
    expect(r.definitionText).toContain('churn flag');
  });

  it('churnOverview(telco) gives the overall rate and value tiers, and says why period churn is unavailable', async () => {
    const { engine, id } = await telco();
    const o = value(engine.churnOverview(id));
    expect(o.churnRate).toBeCloseTo(0.2654, 4);
    expect(o.period).toBeNull();
    expect(o.unavailable.period).toMatch(/first purchase or sign-up date/);
    expect(o.tiers!.tiers.map((t) => t.customers)).toEqual([704, 2113, 4226]);
    const total = o.tiers!.tiers.reduce((s, t) => s + t.churned, 0);
    expect(total).toBe(1869);
    expect(o.tiers!.pareto.top20Share).toBeGreaterThan(0.2);
  });

  it('churnOverview(CDNOW, inactivity) has a period churn rate with its base and a monthly series', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { column_2: 'ignore' }),
        definition: { kind: 'inactivity', days: 180 },
      }),
    );
    const o = value(engine.churnOverview(s.id));
    expect(o.asOf).toBe('1998-06-30');
    expect(o.period).toMatchObject({ start: '1997-07-01', end: '1998-06-30' });
    expect(o.period!.churnRate).toBeCloseTo(o.period!.lost / o.period!.atStart, 12);
    // Every CDNOW customer first bought in Q1 1997; the series starts with the first month that has a base.
    expect(o.monthly!.months[0]).toBe('1997-02');
    // The as-of date is the last day of June, so June is complete.
    expect(o.monthly!.months.at(-1)).toBe('1998-06');
  });

  it('compareDefinitions(CDNOW, 90/180/365 days) counts fall as the window widens and pairs disagree by the difference', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s, { column_2: 'ignore' }),
        definition: { kind: 'inactivity', days: 180 },
      }),
    );
    const c = value(
      engine.compareDefinitions(
        s.id,
        [90, 180, 365].map((days) => ({ kind: 'inactivity' as const, days })),
      ),
    );
    const [d90, d180, d365] = c.definitions.map((d) => d.churned);
    expect(d90).toBeGreaterThanOrEqual(d180);
    expect(d180).toBeGreaterThanOrEqual(d365);
    expect(c.disagreements).toEqual([
      { a: 0, b: 1, count: d90 - d180 },
      { a: 0, b: 2, count: d90 - d365 },
      { a: 1, b: 2, count: d180 - d365 },
    ]);
    expect(c.disagreeingTotal).toBe(d90 - d365);
    // The lab applies definitions to the table's inputs; a full rebuild must count the same.
    expect(
      value(
        engine.buildCustomerTable(s.id, {
          roles: rolesOf(s, { column_2: 'ignore' }),
          definition: { kind: 'inactivity', days: 90 },
        }),
      ).churned,
    ).toBe(d90);
    const one = engine.compareDefinitions(s.id, [{ kind: 'inactivity', days: 90 }]);
    expect(!one.ok && one.issues[0].message).toMatch(/between 2 and 4/);
  });

  it('earlyWarnings lists customers with the rules that fired, their value at stake and a monthly sparkline', async () => {
    const engine = createEngine();
    const lines = ['customer_id,date,amount'];
    // a: 400, 300, 200, 100 over Jan–Apr 2024 (falling three months in a row); b: steady 100 a month.
    [400, 300, 200, 100].forEach((v, m) => lines.push(`a,2024-0${m + 1}-10,${v}`));
    [100, 100, 100, 100].forEach((v, m) => lines.push(`b,2024-0${m + 1}-12,${v}`));
    lines.push('z,2024-05-03,1');
    const s = value(await engine.openDataset([bytesFile('log.csv', lines.join('\n'))]));
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 60 } }));
    const w = value(engine.earlyWarnings(s.id, [{ kind: 'declining', months: 3 }]));
    expect(w.flagged.map((f) => f.customerId)).toEqual(['a']);
    expect(w.flagged[0].rules).toEqual(['declining']);
    expect(w.flagged[0].recentRevenue.slice(-4)).toEqual([400, 300, 200, 100]);
    expect(w.months.at(-1)).toBe('2024-04');
    const csv = new TextDecoder().decode(value(engine.exportWarnings(s.id, [{ kind: 'declining', months: 3 }])));
    expect(csv.split('\r\n')[0]).toBe('# definition: churned = more than 60 days without activity');
    expect(csv.split('\r\n')[2].startsWith('customer_id,rules,value_at_stake,last_date,evidence')).toBe(true);
    const bad = engine.earlyWarnings(s.id, [{ kind: 'declining', months: 1 }]);
    expect(!bad.ok && bad.issues[0].code).toBe('invalid-rules');
  });

  it('analyses before a customer table is built say so', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(TELCO)]));
    const r = engine.churnOverview(s.id);
    expect(!r.ok && r.issues[0].code).toBe('no-customer-table');
  });
});

describe('churn by reason', () => {
  it("churnByAttribute(the data's reason column) and churnByAttribute(churn_type) both answer", async () => {
    const engine = createEngine();
    const { fixture } = await import('../sharedData.ts');
    const s = value(await engine.openDataset([await sourceFile(fixture('utf8bom-snapshot-semicolon.csv'))]));
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    const byReason = value(engine.churnByAttribute(s.id, '流失原因'));
    expect(byReason.groups.length).toBeGreaterThan(1);
    const byType = value(engine.churnByAttribute(s.id, 'churn_type'));
    expect(byType.groups.map((g) => g.label)).toContain('disappointed');
  });
});
