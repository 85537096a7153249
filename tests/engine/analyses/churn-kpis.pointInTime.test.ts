/**
 * Period KPIs count a loss on the day it became known. Ten customers written by hand
 * (tests/fixtures/point-in-time-orders.csv), churn = more than 30 days without a purchase, as of
 * 2024-12-31; every expected number is worked out below from the purchase dates alone.
 *
 *   customer  first       last        known lost (last + 31)
 *   A         2024-01-10  2024-06-20  2024-07-21
 *   B         2024-03-01  2024-12-15  — (16 days)
 *   C         2024-05-01  2024-05-01  2024-06-01
 *   D         2024-08-01  2024-09-10  2024-10-11
 *   E         2024-10-01  2024-12-20  — (11 days)
 *   F         2024-06-15  2024-06-15  2024-07-16
 *   G         2024-11-25  2024-11-25  2024-12-26 (36 days)
 *   H         2024-12-10  2024-12-10  — (21 days)
 *   I         2024-02-01  2024-05-31  2024-07-01 (the period's first day)
 *   J         2024-05-30  2024-05-30  2024-06-30 (the day before it)
 */
import { expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, fixture, sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

async function orders() {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(fixture('point-in-time-orders.csv'))]));
  value(
    engine.buildCustomerTable(s.id, {
      roles: rolesOf(s),
      definition: { kind: 'inactivity', days: 30 },
      asOf: '2024-12-31',
    }),
  );
  return { engine, id: s.id };
}

it("analyze(id, 'churn-kpis') counts customers last seen before the period, but lost within it, at its start", async () => {
  const { engine, id } = await orders();
  const p = value(engine.analyze(id, 'churn-kpis', { periodStart: '2024-07-01' })).period!;
  // At the start: A, B, F, I (C and J were known lost in June). Lost: A, F, I. New: D, E, G, H;
  // of them D and G also left. At the end: B, E, H.
  expect(p).toMatchObject({ atStart: 4, lost: 3, gained: 4, lostNew: 2, atEnd: 3, churnRate: 3 / 4 });
  expect(p.atStart - p.lost + p.gained - p.lostNew).toBe(p.atEnd);
  expect([p.lossCountedAt, p.complete]).toEqual(['last-activity-plus-window', true]);
});

it("analyze(id, 'monthly-churn') counts each loss in the month it became known and leaves out February", async () => {
  const { engine, id } = await orders();
  const m = value(engine.analyze(id, 'monthly-churn', {})).monthly!;
  expect(m.months).toEqual([
    '2024-02',
    '2024-03',
    '2024-04',
    '2024-05',
    '2024-06',
    '2024-07',
    '2024-08',
    '2024-09',
    '2024-10',
    '2024-11',
    '2024-12',
  ]);
  // Base at each month's first day (first purchase before it, loss not yet known) and losses known within it.
  expect(m.atStart).toEqual([1, 2, 3, 3, 5, 4, 1, 2, 2, 2, 3]);
  expect(m.lost).toEqual([0, 0, 0, 0, 2, 3, 0, 0, 1, 0, 1]);
  // Data from 2024-01-10: no loss can be known before 2024-02-10, so February is incomplete.
  expect(m.complete).toEqual([false, true, true, true, true, true, true, true, true, true, true]);
  const mean = (2 / 5 + 3 / 4 + 1 / 2 + 1 / 3) / 10;
  expect(m.meanMonthlyRate).toBeCloseTo(mean, 14);
  expect(m.annualised).toBeCloseTo(1 - (1 - mean) ** 12, 14);
  const k = value(engine.analyze(id, 'churn-kpis', {})).monthly!;
  expect([k.completeMonths, k.months]).toEqual([10, 11]);
});

it("analyze(id, 'churn-kpis') says a period starting before losses can be known is incomplete", async () => {
  const { engine, id } = await orders();
  const p = value(engine.analyze(id, 'churn-kpis', { periodStart: '2024-02-01' })).period!;
  expect(p.complete).toBe(false);
});

it("analyze(id, 'churn-kpis') with a churn flag but no churn date says the period needs the day each loss happened", async () => {
  const engine = createEngine();
  const csv = 'customer_id,signup_date,churned\nX1,2023-01-05,yes\nX2,2023-02-10,no\nX3,2023-03-15,no\n';
  const s = value(await engine.openDataset([bytesFile('flags.csv', csv)]));
  value(
    engine.buildCustomerTable(s.id, {
      roles: rolesOf(s, { signup_date: 'signup_date', churned: 'churn_flag' }),
      definition: { kind: 'flag' },
      asOf: '2024-12-31',
    }),
  );
  const k = value(engine.analyze(s.id, 'churn-kpis', {}));
  // Before: the undated loss was put on 1970-01-01, so X1 silently left the base (0 % churn).
  expect(k.period).toBeNull();
  expect(k.unavailable).toMatchObject({ period: 'no-churn-date', monthly: 'no-churn-date' });
});
