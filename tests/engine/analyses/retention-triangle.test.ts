import { describe, expect, it } from 'vitest';
import { rolesOf, value } from './analysisFixtures.ts';
import type { Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, CDNOW_SAMPLE, sourceFile, TELCO } from '../../sharedData.ts';

describe('retention triangle through the engine', () => {
  it('retentionTriangle(CDNOW, month, active) starts every cohort at 1, flags unfinished cells, and carries the definition', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: rolesOf(s),
        definition: { kind: 'inactivity', days: 180 },
        asOf: '1998-06-15',
      }),
    );
    const t = value(engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'active' }));
    const cohorts = t.triangles[0].cohorts;
    // CDNOW's cohort joined in January–March 1997.
    expect(cohorts.map((c) => c.label)).toEqual(['1997-01', '1997-02', '1997-03']);
    expect(cohorts.reduce((n, c) => n + c.size, 0)).toBe(2357);
    for (const c of cohorts) {
      expect(c.values[0]).toBe(1);
      // As of mid-June 1998, June is not over: the last cell of each row is partial.
      expect(c.observed.at(-1)).toBe(false);
      expect(c.observed.at(-2)).toBe(true);
    }
    expect(t.stamp).toMatchObject({
      kind: 'retention-triangle',
      definition: { kind: 'inactivity', days: 180 },
      asOf: '1998-06-15',
      parameters: { period: 'month', measure: 'active', windows: 'calendar', minCohortSize: 1 },
    });
  });

  it('retentionTriangle(breakdown) draws one triangle per attribute value', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(CDNOW_SAMPLE)]));
    value(
      engine.buildCustomerTable(s.id, {
        roles: { ...rolesOf(s), column_2: 'ignore', column_4: 'attribute' },
        definition: { kind: 'inactivity', days: 180 },
      }),
    );
    // column_4 (a purchase's amount) differs between a customer's purchases: it needs a rule.
    const unruled = engine.analyze(s.id, 'retention-triangle', {
      period: 'quarter',
      measure: 'retained',
      breakdown: 'column_4',
    });
    expect(!unruled.ok && unruled.issues[0].code).toBe('attribute-needs-rule');
    const t = value(
      engine.analyze(s.id, 'retention-triangle', {
        period: 'quarter',
        measure: 'retained',
        breakdown: 'column_4',
        attributeRules: { column_4: 'latest' },
      }),
    );
    expect(t.stamp.parameters.attributeRules).toEqual({ column_4: 'latest' });
    expect(t.triangles.length).toBeGreaterThan(1);
    expect(t.triangles.length).toBeLessThanOrEqual(12);
    const sizes = t.triangles.reduce((n, set) => n + set.cohorts.reduce((m, c) => m + c.size, 0), 0);
    expect(sizes).toBe(2357);
  });

  it('retentionTriangle(snapshot without dates) says a triangle needs dates and points to survival', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(TELCO)]));
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    const r = engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'active' });
    expect(!r.ok && r.issues[0].message).toMatch(/survival/);
  });
});

describe('retention triangle: other cohorts and snapshots', () => {
  it('retentionTriangle(snapshot with sign-up and end dates) counts customers from sign-up to churn, and says so', async () => {
    const engine = createEngine();
    const csv = 'customer_id,signup_date,end_date\na,2024-01-05,2024-03-10\nb,2024-01-20,\nc,2024-02-02,2024-02-20\n';
    const s = value(await engine.openDataset([bytesFile('contracts.csv', csv)]));
    const roles: Record<string, Role> = {
      customer_id: 'customer_id',
      signup_date: 'signup_date',
      end_date: 'churn_date',
    };
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'contract-end' }, asOf: '2024-05-31' }));
    const t = value(engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'active' }));
    expect(t.measure).toBe('retained');
    expect(t.counting).toBe('snapshot-membership');
    const [jan, feb] = t.triangles[0].cohorts;
    expect(jan).toMatchObject({ label: '2024-01', size: 2 });
    expect(jan.counts).toEqual([2, 2, 2, 1, 1]);
    expect(feb).toMatchObject({ label: '2024-02', size: 1 });
    expect(feb.counts).toEqual([1, 0, 0, 0]);
    const revenue = engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'revenue' });
    expect(!revenue.ok && revenue.issues[0].message).toMatch(/amounts/);
  });

  it('retentionTriangle(cohortBy a category or a date column) forms cohorts from that column', async () => {
    const engine = createEngine();
    const lines = ['customer_id,date,amount,channel,signup'];
    lines.push(
      'a,2024-01-10,5,web,2023-12-20',
      'a,2024-02-10,5,web,2023-12-20',
      'b,2024-01-15,5,shop,2024-01-02',
      'c,2024-02-03,5,web,2024-01-30',
      'c,2024-03-03,5,web,2024-01-30',
    );
    const s = value(await engine.openDataset([bytesFile('log.csv', lines.join('\n'))]));
    const roles: Record<string, Role> = {
      customer_id: 'customer_id',
      date: 'date',
      amount: 'amount',
      channel: 'attribute',
      signup: 'attribute',
    };
    value(engine.buildCustomerTable(s.id, { roles, definition: { kind: 'inactivity', days: 90 } }));
    const byChannel = value(
      engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'active', cohortBy: 'channel' }),
    );
    expect(byChannel.triangles[0].cohorts.map((c) => [c.label, c.size])).toEqual([
      ['web', 2],
      ['shop', 1],
    ]);
    const bySignup = value(
      engine.analyze(s.id, 'retention-triangle', { period: 'month', measure: 'active', cohortBy: 'signup' }),
    );
    expect(bySignup.triangles[0].cohorts.map((c) => [c.label, c.size])).toEqual([
      ['2023-12', 1],
      ['2024-01', 2],
    ]);
    const missing = engine.analyze(s.id, 'retention-triangle', {
      period: 'month',
      measure: 'active',
      cohortBy: 'nope',
    });
    expect(missing.ok).toBe(false);
  });
});
