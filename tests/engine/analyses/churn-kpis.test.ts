/** Churn KPIs through the engine: the Telco rate (published in ../shared/data/README.md) and CDNOW's period churn. */
import { expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { sourceFile, TELCO } from '../../sharedData.ts';
import { cdnow, telco, value } from './analysisFixtures.ts';

it("analyze(telco, 'churn-kpis') gives the overall rate and says period churn needs dates", async () => {
  const { engine, id } = await telco();
  const k = value(engine.analyze(id, 'churn-kpis', {}));
  // README: 1,869 of 7,043 churned, 26.54 % (4 decimals).
  expect(k.churned).toBe(1869);
  expect(k.churnRate).toBeCloseTo(0.2654, 4);
  expect(k.period).toBeNull();
  expect(k.unavailable).toEqual({ period: 'no-first-date', monthly: 'no-first-date' });
  expect(k.stamp).toMatchObject({
    kind: 'churn-kpis',
    definition: { kind: 'flag' },
    asOf: '',
    parameters: {},
    sources: ['WA_Fn-UseC_-Telco-Customer-Churn.csv'],
  });
});

it("analyze(CDNOW, 'churn-kpis') has a period churn rate with its base and the mean monthly rate", async () => {
  const { engine, id } = await cdnow();
  const k = value(engine.analyze(id, 'churn-kpis', {}));
  expect(k.stamp.asOf).toBe('1998-06-30');
  expect(k.period).toMatchObject({ start: '1997-07-01', end: '1998-06-30' });
  expect(k.period!.churnRate).toBeCloseTo(k.period!.lost / k.period!.atStart, 12);
  const m = value(engine.analyze(id, 'monthly-churn', {})).monthly!;
  expect(k.monthly!.meanMonthlyRate).toBe(m.meanMonthlyRate);
  // Annualised as 1 − (1 − monthly)^12.
  expect(k.monthly!.annualised).toBeCloseTo(1 - (1 - m.meanMonthlyRate) ** 12, 12);
});

it("analyze(id, 'churn-kpis', a period that ends before it starts) is refused", async () => {
  const { engine, id } = await cdnow();
  const r = engine.analyze(id, 'churn-kpis', { periodStart: '1998-01-01', periodEnd: '1997-01-01' });
  expect(!r.ok && r.issues[0].code).toBe('invalid-as-of');
});

it('analyses before a customer table is built say so', async () => {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(TELCO)]));
  const r = engine.analyze(s.id, 'churn-kpis', {});
  expect(!r.ok && r.issues[0].code).toBe('no-customer-table');
});
