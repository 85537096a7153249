/**
 * Retention economics on the IBM Cognos Telco file (risk = Churn Score, value = CLTV) against
 * pandas, statsmodels and scipy (tests/fixtures/retention-decision/make_telco_reference.py).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { fixture, sourceFile } from '../../sharedData.ts';
import { cdnow, cognos, rolesOf, value } from './analysisFixtures.ts';

const REF = JSON.parse(readFileSync(fixture('retention-decision', 'telco-reference.json'), 'utf8'));
const ASKED = { risk: 'Churn Score', value: 'CLTV', contactCost: 10, offerCost: 200, acceptance: 0.3 };

describe('retention-economics on the Cognos Telco file', () => {
  let engine: EngineApi;
  let id: string;
  beforeAll(async () => ({ engine, id } = await cognos()), 60_000);

  it('finds the best k, the profit curve and the contacts to reach half the churners as pandas does', () => {
    const c = value(engine.analyze(id, 'retention-economics', ASKED)).campaign;
    const ref = REF.campaign;
    // pandas: counts exact.
    expect([c.basis, c.customers, c.churners, c.best.k]).toEqual(['observed', ref.customers, ref.churners, ref.bestK]);
    expect([c.contacts.withModel, c.contacts.withoutModel]).toEqual([ref.withModel, ref.withoutModel]);
    // pandas cumsum vs a running sum over 7,043 terms: relative 1e-12.
    expect(c.best.profit / ref.bestProfit).toBeCloseTo(1, 12);
    const all = c.model[c.ks.indexOf(ref.customers)];
    expect(all / ref.profitAt['7043']).toBeCloseTo(1, 12);
    // Random targeting ends where the ranking ends (everyone contacted) and is a straight line.
    expect(c.random.at(-1)).toBeCloseTo(all, 6);
    expect(c.best.randomProfit).toBeCloseTo((all * c.best.k) / c.customers, 6);
  });

  it('evaluates Paperless Billing as the treatment: Newcombe and Welch intervals as statsmodels and scipy', () => {
    const e = value(
      engine.analyze(id, 'retention-economics', {
        ...ASKED,
        treatment: { column: 'Paperless Billing', treated: ['Yes'] },
      }),
    ).evaluation!;
    const ref = REF.evaluation;
    expect([e.treated.churned, e.treated.customers]).toEqual(ref.treated);
    expect([e.control.churned, e.control.customers]).toEqual(ref.control);
    // statsmodels confint_proportions_2indep(method='newcomb'): closed form, 1e-12.
    expect(e.churnDifference.low).toBeCloseTo(ref.churnLow, 12);
    expect(e.churnDifference.high).toBeCloseTo(ref.churnHigh, 12);
    // scipy ttest_ind(equal_var=False) with t.ppf: 1e-6 on amounts in the thousands.
    expect(e.valueDifference.difference).toBeCloseTo(ref.valueDifference, 9);
    expect(e.valueDifference.low).toBeCloseTo(ref.valueLow, 6);
    expect(e.valueDifference.high).toBeCloseTo(ref.valueHigh, 6);
    expect(e.valueDifference.df).toBeCloseTo(ref.df, 6);
    expect(e.valueDifference.p).toBeCloseTo(ref.p, 9);
  });

  it('reads +5 points of retention from the survival curve: each active customer’s S(t + 12) / S(t)', () => {
    const lift = value(engine.analyze(id, 'retention-economics', ASKED)).lift!;
    expect(lift.source).toBe('survival');
    expect(lift.activeCustomers).toBe(REF.lift.active);
    // Kaplan–Meier recomputed with numpy: 1e-12.
    expect(lift.retention).toBeCloseTo(REF.lift.retention, 12);
    expect(lift.improved).toBeCloseTo(REF.lift.retention + 0.05, 12);
    expect(lift.customersKept).toBeCloseTo(0.05 * REF.lift.active, 9);
    expect(lift.acquisition.acquisitionCost).toBeCloseTo(5 * (200 + 10 / 0.3), 9);
  });

  it('refuses a treatment column that does not split the customers', () => {
    const r = engine.analyze(id, 'retention-economics', {
      ...ASKED,
      treatment: { column: 'Country', treated: ['United States'] },
    });
    expect(r.ok ? null : r.issues[0]).toMatchObject({ code: 'retention-treatment', params: { column: 'Country' } });
  });
});

describe('retention-economics before and after a campaign day', () => {
  const CAMPAIGN = JSON.parse(readFileSync(fixture('retention-economics', 'campaign-reference.json'), 'utf8'));

  it('counts churn in the 90 days before and after 2023-07-01 as pandas does, with statsmodels’ Newcombe interval', async () => {
    const engine = createEngine();
    const s = value(await engine.openDataset([await sourceFile(fixture('retention-economics', 'campaign.csv'))]));
    value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
    const asked = { value: 'monthly_value', campaignDate: CAMPAIGN.date, windowDays: 90 };
    for (const population of ['treated', 'all'] as const) {
      const treatment = population === 'treated' ? { treatment: { column: 'offer', treated: ['yes'] } } : {};
      const r = value(engine.analyze(s.id, 'retention-economics', { ...asked, ...treatment }));
      const b = r.beforeAfter!;
      const ref = CAMPAIGN[population];
      expect(b.population).toBe(population);
      // pandas: counts exact.
      expect([b.before!.churned, b.before!.atStart]).toEqual(ref.before);
      expect([b.after!.churned, b.after!.atStart]).toEqual(ref.after);
      // statsmodels confint_proportions_2indep(method='newcomb'): closed form, 1e-12.
      expect(b.difference!.low).toBeCloseTo(ref.low, 12);
      expect(b.difference!.high).toBeCloseTo(ref.high, 12);
    }
    const late = value(engine.analyze(s.id, 'retention-economics', { ...asked, campaignDate: '2024-06-01' }));
    expect(late.beforeAfter).toMatchObject({ unavailable: 'outside-data', before: null });
  }, 120_000);

  it('says a snapshot without dates has no before and after', async () => {
    const { engine, id } = await cognos();
    const r = value(engine.analyze(id, 'retention-economics', { ...ASKED, campaignDate: '2023-07-01' }));
    expect(r.beforeAfter).toMatchObject({ unavailable: 'no-dates' });
  }, 60_000);
});

describe('retention-economics on the CDNOW log', () => {
  it('reads risk as 1 − P(alive) and value as CLV, running the lifetime value model with its defaults', async () => {
    const { engine, id } = await cdnow();
    const r = value(engine.analyze(id, 'retention-economics', { risk: 'p-alive' }));
    expect(r.sources).toEqual({
      risk: { source: 'p-alive', from: 'customer-lifetime-value', ranNow: true },
      value: { source: 'clv', from: 'customer-lifetime-value', ranNow: false },
    });
    // The year before the as-of date has dates: retention is the churn KPIs' period retention.
    const kpis = value(engine.analyze(id, 'churn-kpis', {}));
    expect(r.lift!.source).toBe('period-kpis');
    expect(r.lift!.retention).toBe(kpis.period!.retentionRate);
  }, 120_000);
});
