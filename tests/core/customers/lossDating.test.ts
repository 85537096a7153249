/** When a loss becomes known: expectations worked out by hand from the definitions' own words. */
import { describe, expect, it } from 'vitest';
import {
  CHURNED,
  contractEndStatus,
  flagStatus,
  inactivityStatus,
  partialStatus,
} from '../../../src/core/customers/churnStatus.ts';
import { lossCountedAt, lossesKnowableFrom } from '../../../src/core/customers/lossDating.ts';
import { activityFixture } from './activityFixture.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('inactivityStatus(…).knownDay', () => {
  it('is the first day with more than N days without activity, not the last purchase', () => {
    // Last purchase 2024-06-20, N = 30: 30 days later (07-20) is not "more than 30"; 07-21 is.
    const last = [day('2024-06-20')];
    const definition = { kind: 'inactivity', days: 30 } as const;
    const onDay30 = inactivityStatus(last, day('2024-07-20'), definition, null);
    expect(onDay30.status[0]).not.toBe(CHURNED);
    const onDay31 = inactivityStatus(last, day('2024-07-21'), definition, null);
    expect(onDay31.status[0]).toBe(CHURNED);
    expect(onDay31.churnDay[0]).toBe(day('2024-06-20'));
    expect(onDay31.knownDay[0]).toBe(day('2024-07-21'));
    // The as-of date does not move the day the loss became known.
    expect(inactivityStatus(last, day('2025-01-01'), definition, null).knownDay[0]).toBe(day('2024-07-21'));
  });

  it('uses the customer’s own window under a relative definition (2.5 × a median gap of 4 days = 10)', () => {
    // Purchases on 2024-03-01, 03-05, 03-09: gaps 4 and 4, window max(7, 10) = 10 days; known on 03-20.
    const a = activityFixture(
      ['2024-03-01', '2024-03-05', '2024-03-09'].map((date) => ({ customer: 0, date, amount: 1 })),
      '2024-04-30',
    );
    const s = inactivityStatus(
      [day('2024-03-09')],
      a.asOfDay,
      { kind: 'inactivity', days: 90, relativeFactor: 2.5, minDays: 7 },
      a,
    );
    expect(s.status[0]).toBe(CHURNED);
    expect(s.knownDay[0]).toBe(day('2024-03-20'));
  });

  it('never goes below the floor: max(minDays, factor × median gap), 30 days by default', () => {
    // Same purchases (gaps 4, 4): 2.5 × 4 = 10 < 30, so the window is 30 days: 30 days after
    // 03-09 (04-08) is not "more than 30"; 04-09 is the first day the loss is known.
    const a = activityFixture(
      ['2024-03-01', '2024-03-05', '2024-03-09'].map((date) => ({ customer: 0, date, amount: 1 })),
      '2024-04-30',
    );
    const relative = { kind: 'inactivity', days: 90, relativeFactor: 2.5 } as const;
    const byDefault = inactivityStatus([day('2024-03-09')], a.asOfDay, relative, a);
    expect(byDefault.knownDay[0]).toBe(day('2024-04-09'));
    const floored = inactivityStatus([day('2024-03-09')], a.asOfDay, { ...relative, minDays: 45 }, a);
    // 45 days: known on 03-09 + 46 = 04-24, still churned on 04-30 (52 days > 45).
    expect(floored.status[0]).toBe(CHURNED);
    expect(floored.knownDay[0]).toBe(day('2024-04-24'));
    // 60 days: 52 days without activity is not more than 60 → still a customer.
    expect(inactivityStatus([day('2024-03-09')], a.asOfDay, { ...relative, minDays: 60 }, a).status[0]).not.toBe(
      CHURNED,
    );
  });

  it('leaves active customers without a known day', () => {
    const s = inactivityStatus([day('2024-06-20')], day('2024-06-30'), { kind: 'inactivity', days: 30 }, null);
    expect(s.knownDay[0]).toBeNaN();
  });
});

describe('knownDay under the other definitions', () => {
  it('is the churn date of a flag, and unknown without a date column', () => {
    expect(Array.from(flagStatus(Int8Array.of(1, 0), [day('2024-05-05'), day('2024-06-06')]).knownDay)).toEqual([
      day('2024-05-05'),
      NaN,
    ]);
    expect(flagStatus(Int8Array.of(1), null).knownDay[0]).toBeNaN();
  });

  it('is the contract end date', () => {
    expect(contractEndStatus([day('2024-02-29')], day('2024-03-01')).knownDay[0]).toBe(day('2024-02-29'));
  });

  it('is the first day of the recent window for partial churn (3 months to June 2024: April 1)', () => {
    const a = activityFixture(
      [
        { customer: 0, date: '2024-01-15', amount: 100 },
        { customer: 0, date: '2024-05-15', amount: 10 },
      ],
      '2024-06-30',
    );
    const s = partialStatus(a, { kind: 'partial', months: 3, dropPercent: 50 });
    expect(s.status[0]).toBe(CHURNED);
    expect(s.knownDay[0]).toBe(day('2024-04-01'));
    expect(lossesKnowableFrom({ kind: 'partial', months: 3, dropPercent: 50 }, day('2024-01-15'), a)).toBe(
      day('2024-04-01'),
    );
  });
});

describe('lossesKnowableFrom and lossCountedAt', () => {
  it('under inactivity of N days, losses are complete from the first data day + N + 1', () => {
    // Data from 2024-01-10, N = 30: the first loss can be known on 2024-02-10.
    expect(lossesKnowableFrom({ kind: 'inactivity', days: 30 }, day('2024-01-10'), null)).toBe(day('2024-02-10'));
  });

  it('under a relative window, after the longer of the single-purchase days and the floor', () => {
    // Data from 2024-01-10. days 30, floor 45: complete from 01-10 + 45 + 1 = 02-25.
    const relative = { kind: 'inactivity', days: 30, relativeFactor: 3, minDays: 45 } as const;
    expect(lossesKnowableFrom(relative, day('2024-01-10'), null)).toBe(day('2024-02-25'));
    // days 90, floor 30: the single-purchase window is the longer: 01-10 + 91 = 04-10.
    expect(lossesKnowableFrom({ ...relative, days: 90, minDays: 30 }, day('2024-01-10'), null)).toBe(day('2024-04-10'));
  });

  it('a flag date or a contract end can fall on any day', () => {
    expect(lossesKnowableFrom({ kind: 'flag' }, day('2024-01-10'), null)).toBe(-Infinity);
    expect(lossesKnowableFrom({ kind: 'contract-end' }, day('2024-01-10'), null)).toBe(-Infinity);
  });

  it('names the day each definition counts a loss at', () => {
    expect(lossCountedAt({ kind: 'inactivity', days: 180 })).toBe('last-activity-plus-window');
    expect(lossCountedAt({ kind: 'flag' })).toBe('churn-date');
    expect(lossCountedAt({ kind: 'contract-end' })).toBe('contract-end-date');
    expect(lossCountedAt({ kind: 'partial', months: 3, dropPercent: 50 })).toBe('recent-window-start');
  });
});
