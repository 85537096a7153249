import { expect, it } from 'vitest';
import { customerDurations } from '../../../../src/core/analyses/survival/customerDurations.ts';

// Four customers under "more than 30 days without activity", as of day 100:
// A first 0, last 0 (one day), churned: churn day 0, loss known on day 31;
// B first 10, last 50, churned: churn day 50, known 81;
// C first 20, last 90, active: tenure 100 − 20 = 80, no loss;
// D a snapshot row with a tenure column of 12 days, churned on a flag dated day 40 (known the same day).
const tenureDays = Float64Array.of(0, 40, 80, 12);
const churnDay = Float64Array.of(0, 50, NaN, 40);
const knownDay = Float64Array.of(31, 81, NaN, 40);
const churned = Uint8Array.of(1, 1, 0, 1);

it('customerDurations(…, activity) keeps first → last activity, and first → as-of for the active', () => {
  const d = customerDurations(tenureDays, churnDay, knownDay, churned, 'activity', 1);
  expect(Array.from(d.time)).toEqual([0, 40, 80, 12]);
  expect(Array.from(d.event)).toEqual([1, 1, 0, 1]);
});

it('customerDurations(…, known) adds the days until the loss became known to churned customers only', () => {
  const d = customerDurations(tenureDays, churnDay, knownDay, churned, 'known', 1);
  // A: 0 + 31; B: 40 + 31; C censored at 80 as before; D known on its churn day: + 0.
  expect(Array.from(d.time)).toEqual([31, 71, 80, 12]);
  expect(Array.from(d.event)).toEqual([1, 1, 0, 1]);
});

it('customerDurations(…, daysPerUnit) gives durations in the unit', () => {
  const d = customerDurations(tenureDays, churnDay, knownDay, churned, 'known', 7);
  expect(Array.from(d.time)).toEqual([31 / 7, 71 / 7, 80 / 7, 12 / 7]);
});

it('customerDurations(…) keeps an unknown duration unknown', () => {
  const d = customerDurations(
    Float64Array.of(NaN),
    Float64Array.of(NaN),
    Float64Array.of(NaN),
    Uint8Array.of(0),
    'known',
    1,
  );
  expect(Number.isNaN(d.time[0])).toBe(true);
});
