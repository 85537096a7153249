/** Partial churn reads only months the data has finished; expectations worked out by hand. */
import { describe, expect, it } from 'vitest';
import {
  CHURNED,
  partialMonthsAvailable,
  partialStatus,
  partialWindowStart,
} from '../../../src/core/customers/churnStatus.ts';
import { activityFixture } from './activityFixture.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

// Customer 0 buys 100 on the 15th of each month, January to May 2024. The data ends on
// 2024-06-10 (customer 1's purchase); the as-of date is 2024-06-30.
const purchases = [
  ...['01', '02', '03', '04', '05'].map((m) => ({ customer: 0, date: `2024-${m}-15`, amount: 100 })),
  { customer: 1, date: '2024-06-10', amount: 5 },
];
const definition = { kind: 'partial', months: 2, dropPercent: 50 } as const;

describe('partialStatus on a month the data has not finished', () => {
  it('compares the last two months the data finished (Apr–May 200 against Feb–Mar 200): not churned', () => {
    const a = activityFixture(purchases, '2024-06-30', undefined, '2024-06-10');
    // June is over at the as-of date but the data stops on the 10th: May is the last finished month.
    expect(a.lastFinishedMonth).toBe(2024 * 12 + 4);
    expect(partialWindowStart(a, 2)).toBe(day('2024-04-01'));
    expect(partialStatus(a, definition).status[0]).not.toBe(CHURNED);
  });

  it('reads June when the data covers it to its end (May–Jun 100 against Mar–Apr 200: a 50 % drop)', () => {
    const a = activityFixture(purchases, '2024-06-30');
    expect(partialWindowStart(a, 2)).toBe(day('2024-05-01'));
    expect(partialStatus(a, definition).status[0]).toBe(CHURNED);
  });
});

describe('partialMonthsAvailable', () => {
  it('counts the months from the data’s first to the last finished (January–May 2024: 5)', () => {
    expect(partialMonthsAvailable(activityFixture(purchases, '2024-06-30', undefined, '2024-06-10'))).toBe(5);
    // As of 2024-06-20 June is not over: January–May again.
    expect(partialMonthsAvailable(activityFixture(purchases, '2024-06-20'))).toBe(5);
    expect(partialMonthsAvailable(activityFixture(purchases, '2024-06-30'))).toBe(6);
  });
});
