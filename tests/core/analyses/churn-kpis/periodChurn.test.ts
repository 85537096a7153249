import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { periodChurn } from '../../../../src/core/analyses/churn-kpis/periodChurn.ts';
import {
  annualisedChurn,
  meanMonthlyChurn,
  monthlyChurnSeries,
} from '../../../../src/core/analyses/monthly-churn/monthlyChurnSeries.ts';
import { MS_PER_DAY, monthNumberOfDay } from '../../../../src/core/customers/customerActivity.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const month = (iso: string) => monthNumberOfDay(day(`${iso}-01`));

/** [firstDay, churnDay or null]; a customer who has not churned gets a misleading churnDay that must be ignored. */
function customers(rows: [string, string | null][]) {
  return {
    firstDay: Int32Array.from(rows, ([first]) => day(first)),
    churned: Uint8Array.from(rows, ([, churn]) => (churn === null ? 0 : 1)),
    churnDay: Int32Array.from(rows, ([first, churn]) => (churn === null ? day(first) + 1 : day(churn))),
  };
}

// Hand-computed for January 2024, [2024-01-01, 2024-02-01):
const fixture = customers([
  ['2023-06-10', null], // 0 in the base, stays
  ['2023-06-10', '2024-01-01'], // 1 in the base, lost on the first day
  ['2023-11-03', '2023-12-31'], // 2 churned in December: not in January's base
  ['2023-12-31', '2024-02-01'], // 3 in the base, lost on the end day, which is February's
  ['2024-01-01', null], // 4 new on the first day, not in the base
  ['2024-01-10', '2024-01-20'], // 5 new and lost in January
  ['2024-02-01', null], // 6 new in February
  ['2023-01-01', '2024-01-31'], // 7 in the base, lost on the last day
  ['2023-05-05', null], // 8 in the base, stays
]);

const periodOf = (c: typeof fixture, start: string, end: string) =>
  periodChurn(c.firstDay, c.churned, c.churnDay, day(start), day(end));

describe('annualisedChurn', () => {
  it('annualisedChurn(monthly) turns 4.7 % a month into 43.9 % a year', () => {
    // 1 − 0.953^12 = 0.43880…; the "43.8 %" truncates it. Checked to 3 decimals.
    expect(annualisedChurn(0.047)).toBeCloseTo(0.439, 3);
  });
  it('annualisedChurn(monthly) keeps 0 and 1', () => {
    expect(annualisedChurn(0)).toBe(0);
    expect(annualisedChurn(1)).toBe(1);
  });
});

describe('periodChurn', () => {
  it('periodChurn(firstDay, churned, churnDay, start, end) matches the hand-computed January', () => {
    expect(periodOf(fixture, '2024-01-01', '2024-02-01')).toEqual({
      atStart: 5,
      lost: 2,
      gained: 2,
      lostNew: 1,
      atEnd: 4,
      churnRate: 0.4,
      retentionRate: 0.6,
      grossChange: 5,
      netChange: -1,
    });
  });
  it('periodChurn(…) counts a churn day on the period start as lost in that period, not before', () => {
    const c = customers([['2023-06-10', '2024-01-01']]);
    const december = periodOf(c, '2023-12-01', '2024-01-01');
    const january = periodOf(c, '2024-01-01', '2024-02-01');
    expect([december.lost, december.atEnd]).toEqual([0, 1]);
    expect([january.atStart, january.lost]).toEqual([1, 1]);
  });
  it('periodChurn(…) counts a customer acquired and lost in the period as gained and lost but not in the base', () => {
    const p = periodOf(customers([['2024-01-10', '2024-01-20']]), '2024-01-01', '2024-02-01');
    expect([p.atStart, p.lost, p.gained, p.lostNew, p.atEnd]).toEqual([0, 0, 1, 1, 0]);
  });
  it('periodChurn(…) handles an empty base', () => {
    const p = periodOf(customers([['2024-01-10', null]]), '2024-01-01', '2024-02-01');
    expect(p.atStart).toBe(0);
    expect(p.churnRate).toBeNaN();
    expect(p.retentionRate).toBeNaN();
    expect(p.gained).toBe(1);
  });
  it('periodChurn(…) shows losing 100 and gaining 100 as net 0 with 10 % churn', () => {
    const rows: [string, string | null][] = [];
    for (let i = 0; i < 900; i++) rows.push(['2023-03-01', null]);
    for (let i = 0; i < 100; i++) rows.push(['2023-03-01', '2024-01-15']);
    for (let i = 0; i < 100; i++) rows.push(['2024-01-15', null]);
    const p = periodOf(customers(rows), '2024-01-01', '2024-02-01');
    expect(p.netChange).toBe(0);
    expect(p.churnRate).toBe(0.1);
    expect(p.grossChange).toBe(200);
    expect(p.atEnd).toBe(p.atStart);
  });
  it('periodChurn(…) handles an empty period and rejects an end before the start', () => {
    const p = periodOf(fixture, '2024-01-01', '2024-01-01');
    expect([p.atStart, p.lost, p.gained, p.atEnd]).toEqual([5, 0, 0, 5]);
    expect(() => periodOf(fixture, '2024-02-01', '2024-01-01')).toThrow(RangeError);
  });
  it('periodChurn(…) rejects columns of different lengths', () => {
    expect(() => periodChurn(new Int32Array(2), new Uint8Array(2), new Int32Array(1), 0, 1)).toThrow(RangeError);
  });
});

describe('monthlyChurnSeries', () => {
  it('monthlyChurnSeries(firstDay, churned, churnDay, from, to) matches the hand-computed months', () => {
    const s = monthlyChurnSeries(
      fixture.firstDay,
      fixture.churned,
      fixture.churnDay,
      month('2023-12'),
      month('2024-02'),
    );
    expect(Array.from(s.month)).toEqual([month('2023-12'), month('2024-01'), month('2024-02')]);
    expect(Array.from(s.atStart)).toEqual([5, 5, 4]);
    expect(Array.from(s.lost)).toEqual([1, 2, 1]);
    expect(Array.from(s.gained)).toEqual([1, 2, 1]);
    expect(Array.from(s.lostNew)).toEqual([0, 1, 0]);
    expect(Array.from(s.churnRate)).toEqual([0.2, 0.4, 0.25]);
  });
  it('monthlyChurnSeries(…) gives NaN for a month that starts with no customers', () => {
    const c = customers([['2024-02-10', null]]);
    const s = monthlyChurnSeries(c.firstDay, c.churned, c.churnDay, month('2024-01'), month('2024-03'));
    expect(Array.from(s.atStart)).toEqual([0, 0, 1]);
    expect(s.churnRate[0]).toBeNaN();
    expect(s.churnRate[1]).toBeNaN();
    expect(s.churnRate[2]).toBe(0);
  });
  it('monthlyChurnSeries(…) covers a single month and rejects a reversed range', () => {
    const one = monthlyChurnSeries(
      fixture.firstDay,
      fixture.churned,
      fixture.churnDay,
      month('2024-01'),
      month('2024-01'),
    );
    expect([one.atStart[0], one.lost[0], one.gained[0]]).toEqual([5, 2, 2]);
    expect(() =>
      monthlyChurnSeries(fixture.firstDay, fixture.churned, fixture.churnDay, month('2024-02'), month('2024-01')),
    ).toThrow(RangeError);
  });
});

/** Customers around 2023–2024; churn days may even precede the first day (bad input must stay consistent). */
const customerArb = fc.tuple(
  fc.integer({ min: day('2022-10-01'), max: day('2024-12-31') }),
  fc.boolean(),
  fc.integer({ min: -20, max: 500 }),
);
const dataArb = fc.array(customerArb, { maxLength: 200 }).map((rows) => ({
  firstDay: Int32Array.from(rows, ([first]) => first),
  churned: Uint8Array.from(rows, ([, c]) => (c ? 1 : 0)),
  churnDay: Int32Array.from(rows, ([first, , after]) => first + after),
}));
const monthRangeArb = fc
  .tuple(fc.integer({ min: month('2022-08'), max: month('2025-02') }), fc.integer({ min: 0, max: 14 }))
  .map(([from, extra]) => [from, from + extra] as const);
const startOf = (m: number) => Date.UTC(Math.floor(m / 12), m % 12, 1) / MS_PER_DAY;

describe('periodChurn and monthlyChurnSeries properties', () => {
  it('periodChurn(…) keeps lost ≤ atStart, rates in [0, 1], and its end is the next period’s start', () => {
    const days = fc.tuple(fc.integer({ min: day('2022-06-01'), max: day('2025-06-01') }), fc.nat(400), fc.nat(400));
    fc.assert(
      fc.property(dataArb, days, ({ firstDay, churned, churnDay }, [start, length, next]) => {
        const p = periodChurn(firstDay, churned, churnDay, start, start + length);
        const after = periodChurn(firstDay, churned, churnDay, start + length, start + length + next);
        // Two correctly rounded quotients: their sum is 1 to within an ulp or two.
        const sumsToOne = Math.abs(p.churnRate + p.retentionRate - 1) < 1e-15;
        const ratesOk = p.atStart === 0 || (p.churnRate >= 0 && p.churnRate <= 1 && sumsToOne);
        return p.lost <= p.atStart && p.lostNew <= p.gained && ratesOk && p.atEnd === after.atStart;
      }),
    );
  });

  it('monthlyChurnSeries(…) equals periodChurn(…) month by month and adds up to the whole span', () => {
    fc.assert(
      fc.property(dataArb, monthRangeArb, ({ firstDay, churned, churnDay }, [from, to]) => {
        const s = monthlyChurnSeries(firstDay, churned, churnDay, from, to);
        const span = periodChurn(firstDay, churned, churnDay, startOf(from), startOf(to + 1));
        let departures = 0;
        let gained = 0;
        let atEnd = s.atStart[0];
        for (let m = 0; m < s.month.length; m++) {
          const p = periodChurn(firstDay, churned, churnDay, startOf(from + m), startOf(from + m + 1));
          const same =
            [p.atStart, p.lost, p.gained, p.lostNew].join() ===
            [s.atStart[m], s.lost[m], s.gained[m], s.lostNew[m]].join();
          if (!same || s.month[m] !== from + m) return false;
          departures += s.lost[m] + s.lostNew[m];
          gained += s.gained[m];
          atEnd = s.atStart[m] - s.lost[m] + s.gained[m] - s.lostNew[m];
        }
        const adds = departures === span.lost + span.lostNew && gained === span.gained;
        return adds && s.atStart[0] === span.atStart && atEnd === span.atEnd;
      }),
    );
  });

  it('monthlyChurnSeries(…) sums monthly losses to periodChurn’s over the span for the customers at its start', () => {
    fc.assert(
      fc.property(dataArb, monthRangeArb, ({ firstDay, churned, churnDay }, [from, to]) => {
        const start = startOf(from);
        const base = Array.from(firstDay.keys()).filter(
          (i) => firstDay[i] < start && !(churned[i] && churnDay[i] < start),
        );
        const pick = <T extends Int32Array | Uint8Array>(a: T) => a.filter((_, i) => base.includes(i)) as T;
        const [f, c, d] = [pick(firstDay), pick(churned), pick(churnDay)];
        const s = monthlyChurnSeries(f, c, d, from, to);
        const span = periodChurn(f, c, d, start, startOf(to + 1));
        return s.lost.reduce((a, b) => a + b, 0) === span.lost && span.atStart === base.length;
      }),
    );
  });
});

describe('meanMonthlyChurn', () => {
  it('meanMonthlyChurn(rates, complete) averages only complete months with a base', () => {
    // (0.04 + 0.02) / 2: the incomplete 0 % month and the month without a base (NaN) are left out.
    expect(meanMonthlyChurn([0, 0.04, NaN, 0.02], [false, true, true, true])).toBeCloseTo(0.03, 15);
  });

  it('meanMonthlyChurn(rates, all incomplete) is NaN', () => {
    expect(meanMonthlyChurn([0.1, 0.2], [false, false])).toBeNaN();
  });
});
