/** Monthly churn through the engine on CDNOW (inactivity) and Telco (no dates). */
import { expect, it } from 'vitest';
import { cdnow, telco, value } from './analysisFixtures.ts';

it("analyze(CDNOW, 'monthly-churn') runs from the first month with a base to the last complete month", async () => {
  const { engine, id } = await cdnow();
  const m = value(engine.analyze(id, 'monthly-churn', {}));
  // Every CDNOW customer first bought in Q1 1997; the series starts with the first month that has a base.
  expect(m.monthly!.months[0]).toBe('1997-02');
  // The as-of date is the last day of June, so June is complete.
  expect(m.monthly!.months.at(-1)).toBe('1998-06');
  for (let k = 0; k < m.monthly!.months.length; k++) {
    const { atStart, lost, churnRate } = m.monthly!;
    if (atStart[k] > 0) expect(churnRate[k]).toBeCloseTo(lost[k] / atStart[k], 12);
  }
  expect(m.stamp.kind).toBe('monthly-churn');
});

it("analyze(telco, 'monthly-churn') says a snapshot without dates has no monthly series", async () => {
  const { engine, id } = await telco();
  const m = value(engine.analyze(id, 'monthly-churn', {}));
  expect(m.monthly).toBeNull();
  expect(m.unavailable).toBe('no-first-date');
});
