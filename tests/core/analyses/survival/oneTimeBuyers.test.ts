import { expect, it } from 'vitest';
import { oneTimeBuyers } from '../../../../src/core/analyses/survival/oneTimeBuyers.ts';

it('oneTimeBuyers(frequency, time, event) counts single-day buyers and the step at time 0 they make', () => {
  // Six customers measured to the last activity: three bought on one day (frequency 0), two of them
  // churned (events at 0), one still active (censored at 5); a repeat buyer churned at 0 too would
  // be impossible (last ≠ first), so the other events are at 3 and 7, and one repeat buyer is censored.
  const frequency = Float64Array.of(0, 0, 0, 2, 1, 4);
  const time = Float64Array.of(0, 0, 5, 3, 7, 9);
  const event = Uint8Array.of(1, 1, 0, 1, 1, 0);
  expect(oneTimeBuyers(frequency, time, event)).toEqual({
    customers: 3,
    share: 3 / 6,
    churned: 2,
    stepTime: 0,
    // All six are at risk at 0; the two lost there are both one-time buyers: S(0) = 1 − 2/6.
    stepEvents: 2,
    stepAtRisk: 6,
    stepOneTime: 2,
  });
});

it('oneTimeBuyers(…) measured to the loss known: the step at N + 1 days shared with a repeat buyer', () => {
  // Window 30 days: the two one-time buyers are lost at 31 days; a customer whose purchases are not
  // counted (frequency NaN) is lost at 31 as well, so the one-time buyers are 2 of the 3 lost there,
  // with all 4 at risk; the repeat buyer is lost at 60.
  const frequency = Float64Array.of(0, 0, NaN, 3);
  const time = Float64Array.of(31, 31, 31, 60);
  const event = Uint8Array.of(1, 1, 1, 1);
  expect(oneTimeBuyers(frequency, time, event)).toMatchObject({
    customers: 2,
    share: 2 / 4,
    churned: 2,
    stepTime: 31,
    stepEvents: 3,
    stepAtRisk: 4,
    stepOneTime: 2,
  });
});

it('oneTimeBuyers(…) is null when no customer has a purchase count (a snapshot)', () => {
  expect(oneTimeBuyers(Float64Array.of(NaN, NaN), Float64Array.of(1, 2), Uint8Array.of(1, 0))).toBeNull();
});

it('oneTimeBuyers(…) has no step when no one-time buyer has churned', () => {
  const o = oneTimeBuyers(Float64Array.of(0, 1), Float64Array.of(4, 9), Uint8Array.of(0, 1))!;
  expect([o.customers, o.churned, o.stepEvents, o.stepOneTime]).toEqual([1, 0, 0, 0]);
  expect(o.stepTime).toBeNaN();
});
