/**
 * The retention decision on the IBM Cognos Telco file (risk = Churn Score, value = CLTV) against
 * pandas (tests/fixtures/retention-decision/make_telco_reference.py), and its sources: the risk
 * model's churn_risk, run in the engine when it has not run, whatever order cells ran in.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHURN_TYPES, RETENTION_PLANS, type EngineApi } from '../../../src/engine/api.ts';
import { fixture } from '../../sharedData.ts';
import { cognos, telco, value } from './analysisFixtures.ts';

const REF = JSON.parse(readFileSync(fixture('retention-decision', 'telco-reference.json'), 'utf8'));

describe('retention-decision on the Cognos Telco file', () => {
  let engine: EngineApi;
  let id: string;
  beforeAll(async () => ({ engine, id } = await cognos()), 60_000);

  it('ranks the customers worth saving as pandas does, with the same totals by type', () => {
    const r = value(
      engine.analyze(id, 'retention-decision', {
        risk: 'Churn Score',
        value: 'CLTV',
        offerCosts: REF.decision.offerCosts,
      }),
    );
    expect(r.sources.risk).toEqual({ source: 'Churn Score', from: 'column', ranNow: false, percent: true });
    // pandas: counts are exact.
    expect([r.customers, r.missing, r.ranked.length]).toEqual([REF.decision.customers, 0, REF.decision.worthSaving]);
    expect(r.typedBy).toEqual({ reason: 0, rules: REF.decision.customers });
    const top = Array.from(r.ranked.slice(0, 10), (c, i) => ({
      id: r.rankedIds[i],
      type: CHURN_TYPES[r.perCustomer.type[c]],
      plan: RETENTION_PLANS[r.perCustomer.plan[c]],
      net: r.perCustomer.maxSpend[c],
      saved: r.perCustomer.expectedSaved[c],
    }));
    // pandas; sums of a few products: 1e-9.
    for (const [i, want] of (REF.decision.top as typeof top).entries()) {
      expect(top[i]).toMatchObject({ id: want.id, type: want.type, plan: want.plan });
      expect(top[i].net).toBeCloseTo(want.net, 9);
      expect(top[i].saved).toBeCloseTo(want.saved, 9);
    }
    for (const t of r.byType) {
      const want = REF.decision.byType[t.code];
      expect([t.customers, t.worthSaving]).toEqual([want.customers, want.worthSaving]);
      // pandas sums over thousands of customers: relative 1e-12.
      expect(t.valueAtRisk / want.valueAtRisk).toBeCloseTo(1, 12);
      if (want.net > 0) expect(t.net / want.net).toBeCloseTo(1, 12);
    }
    const net = r.byPlan.reduce((s, p) => s + p.net, 0);
    expect(net / REF.decision.netTotal).toBeCloseTo(1, 12);
  });

  it('decides for one quadrant of the value-risk quadrant only, once the quadrant has placed the customers', async () => {
    const fresh = await cognos();
    const asked = { risk: 'Churn Score', value: 'CLTV', quadrant: 'retain-now' } as const;
    // Before any quadrant ran: a specific issue, not every customer.
    const before = await fresh.engine.analyze(fresh.id, 'retention-decision', asked);
    expect(before.ok ? [] : before.issues.map((i) => i.code)).toEqual(['retention-quadrant-missing']);
    const q = value(
      fresh.engine.analyze(fresh.id, 'value-risk-quadrant', {
        risk: { source: 'column', column: 'Churn Score' },
        value: { source: 'column', column: 'CLTV' },
      }),
    );
    const p = q.perCustomer;
    const wanted = new Set(p.ids.filter((_, k) => p.quadrant[k] === 0 && p.churned[k] === 0));
    const r = value(fresh.engine.analyze(fresh.id, 'retention-decision', asked));
    // Counted from the quadrant's own placement: exact.
    expect(r.customers).toBe(wanted.size);
    expect(r.ranked.length).toBeGreaterThan(0);
    expect(r.rankedIds.every((c) => wanted.has(c))).toBe(true);
    expect(r.stamp.parameters.quadrant).toBe('retain-now');
  }, 60_000);

  it('types churned customers by their reason and the others by the rules', () => {
    const r = value(engine.analyze(id, 'retention-decision', { risk: 'Churn Score', value: 'CLTV', who: 'all' }));
    // README: all 1,869 churned customers have a reason and none of the other 5,174 does.
    expect(r.typedBy).toEqual({ reason: 1869, rules: 5174 });
  });

  it('answers an out-of-range setting with retention-invalid-option', () => {
    const r = engine.analyze(id, 'retention-decision', { risk: 'Churn Score', saveProbability: { competitor: 2 } });
    expect(r.ok ? null : r.issues[0]).toMatchObject({
      code: 'retention-invalid-option',
      params: { option: 'saveProbability.competitor' },
    });
  });

  it('refuses a risk column outside 0–100 with retention-source-unavailable', () => {
    const r = engine.analyze(id, 'retention-decision', { risk: 'CLTV' });
    expect(r.ok ? null : r.issues[0]).toMatchObject({ code: 'retention-source-unavailable', params: { what: 'risk' } });
  });
});

describe('retention-decision sources on the Kaggle Telco CSV', () => {
  it('runs the risk model when it has not run, and reads the same churn_risk as after it ran', async () => {
    const first = await telco();
    const alone = value(first.engine.analyze(first.id, 'retention-decision', {}));
    expect(alone.sources.risk).toEqual({ source: 'model', from: 'risk-model', ranNow: true });
    const second = await telco();
    const model = value(second.engine.analyze(second.id, 'risk-model', {}));
    const after = value(second.engine.analyze(second.id, 'retention-decision', {}));
    expect(after.sources.risk.ranNow).toBe(false);
    // The same defaults and seed: identical risks and rankings, whichever ran first.
    expect(Array.from(after.perCustomer.risk.filter((x) => x === x))).toEqual(
      Array.from(model.scores.risk.filter((_, c) => after.perCustomer.risk[c] === after.perCustomer.risk[c])),
    );
    expect(after.rankedIds).toEqual(alone.rankedIds);
    // The Kaggle file has no reason column: every customer not churned is typed by the rules.
    expect(alone.typedBy.reason).toBe(0);
    expect(alone.customers + alone.missing).toBe(7043 - 1869);
  }, 120_000);

  it('adds churn_type_decided, retention_plan and the spends to the customer table export', async () => {
    const { engine, id } = await telco();
    value(engine.analyze(id, 'retention-decision', { value: 'MonthlyCharges' }));
    const csv = new TextDecoder().decode(value(engine.exportCustomerTable(id, 'csv')));
    const header = csv.split('\n').find((l) => l.startsWith('customer_id'))!;
    for (const name of ['churn_type_decided', 'retention_plan', 'expected_value_saved', 'max_retention_spend'])
      expect(header).toContain(name);
  }, 120_000);
});
