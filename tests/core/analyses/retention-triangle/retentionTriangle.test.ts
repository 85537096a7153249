import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  monthOfDay,
  periodLabel,
  periodOfDay,
  periodStartDay,
  rollingIndex,
  type CohortPeriod,
} from '../../../../src/core/analyses/retention-triangle/calendarPeriods.ts';
import { MS_PER_DAY, monthNumberOfDay } from '../../../../src/core/customers/customerActivity.ts';
import {
  retentionTriangle,
  type RetentionOptions,
} from '../../../../src/core/analyses/retention-triangle/retentionTriangle.ts';
import { activityFixture, type Purchase } from '../../customers/activityFixture.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;
const iso = (d: number) => new Date(d * MS_PER_DAY).toISOString().slice(0, 10);
const buy = (customer: number, date: string, amount = 10): Purchase => ({ customer, date, amount });

function triangle(purchases: Purchase[], asOf: string, options: RetentionOptions) {
  return retentionTriangle(activityFixture(purchases, asOf), options);
}

const rows = (t: ReturnType<typeof retentionTriangle>, key: 'counts' | 'values' | 'observed') =>
  Object.fromEntries(t.cohorts.map((c) => [c.label, Array.from(c[key])]));

/** Three January customers: 0 buys again in March, 1 never, 2 in February. */
const january = [
  buy(0, '2011-01-05'),
  buy(0, '2011-03-20'),
  buy(1, '2011-01-31'),
  buy(2, '2011-01-10'),
  buy(2, '2011-02-01'),
];

describe('retentionTriangle (measures)', () => {
  it('retentionTriangle(activity, active) is 1 at k = 0 and counts buyers per period', () => {
    const t = triangle(january, '2011-04-30', { period: 'month', measure: 'active' });
    expect(rows(t, 'counts')).toEqual({ '2011-01': [3, 1, 1, 0] });
    expect(t.cohorts[0].values[0]).toBe(1);
    expect(t.cohorts[0].size).toBe(3);
    expect(t.cohorts[0].start).toBe(2011 * 12);
  });
  it('retentionTriangle(activity, retained) counts buyers in period k or later, non-increasing', () => {
    const t = triangle(january, '2011-04-30', { period: 'month', measure: 'retained' });
    expect(rows(t, 'counts')).toEqual({ '2011-01': [3, 2, 1, 0] });
  });
  it('retentionTriangle(activity, retained) counts purchases up to the as-of day, so a return raises an observed cell', () => {
    const before = triangle(january, '2011-06-30', { period: 'month', measure: 'retained' });
    const after = triangle([...january, buy(1, '2011-06-10')], '2011-06-30', { period: 'month', measure: 'retained' });
    expect(before.cohorts[0].observed[3]).toBe(1);
    expect(Array.from(before.cohorts[0].counts)).toEqual([3, 2, 1, 0, 0, 0]);
    expect(Array.from(after.cohorts[0].counts)).toEqual([3, 3, 2, 1, 1, 1]);
  });
  it('retentionTriangle(activity, revenue) nets a refund against the period it falls in', () => {
    const purchases = [
      buy(0, '2011-01-05', 100),
      buy(0, '2011-02-07', 50),
      buy(0, '2011-02-09', -20),
      buy(1, '2011-01-12', 100),
      buy(1, '2011-03-02', -10),
    ];
    const t = triangle(purchases, '2011-03-31', { period: 'month', measure: 'revenue' });
    expect(rows(t, 'counts')).toEqual({ '2011-01': [200, 30, -10] });
    expect(rows(t, 'values')).toEqual({ '2011-01': [1, 0.15, -0.05] });
    expect(Array.from(t.cohorts[0].low)).toEqual([NaN, NaN, NaN]);
    expect(Array.from(t.average.weighted)).toEqual([1, 0.15, -0.05]);
  });
  it('retentionTriangle(activity, revenue) gives no rate to a cohort whose first-period revenue is not positive', () => {
    const purchases = [buy(0, '2011-01-05', -5), buy(0, '2011-02-05', 40), buy(1, '2011-01-09', 10)];
    const t = triangle(purchases, '2011-02-28', { period: 'month', measure: 'revenue' });
    expect(rows(t, 'values')).toEqual({ '2011-01': [1, 8] });
    const refunded = triangle([buy(0, '2011-01-05', -5), buy(0, '2011-02-05', 40)], '2011-02-28', {
      period: 'month',
      measure: 'revenue',
    });
    expect(Array.from(refunded.cohorts[0].values)).toEqual([NaN, NaN]);
    expect(refunded.average.observedCohorts[0]).toBe(0);
  });
  it('retentionTriangle(activity, active) gives Wilson 95 % bounds of the rate', () => {
    const c = triangle(january, '2011-04-30', { period: 'month', measure: 'active' }).cohorts[0];
    // Wilson interval of 1/3 at z = 1.96 (Newcombe 1998, method 3), 4 decimals.
    expect(c.low[1]).toBeCloseTo(0.0615, 4);
    expect(c.high[1]).toBeCloseTo(0.7923, 4);
    expect([c.low[0], c.high[0]]).toEqual([expect.closeTo(0.4385, 4), 1]);
  });
});

describe('retentionTriangle (observation and averages)', () => {
  const purchases = [
    ...january.filter((p) => p.date < '2011-03-01'),
    buy(0, '2011-03-02'),
    buy(3, '2011-02-03'),
    buy(3, '2011-03-01'),
  ];
  it('retentionTriangle(activity) flags a partial period and leaves it out of the averages', () => {
    const t = triangle(purchases, '2011-03-15', { period: 'month', measure: 'active' });
    expect(rows(t, 'observed')).toEqual({ '2011-01': [1, 1, 0], '2011-02': [1, 0] });
    expect(rows(t, 'counts')).toEqual({ '2011-01': [3, 1, 1], '2011-02': [1, 1] });
    expect(Array.from(t.average.observedCohorts)).toEqual([2, 1, 0]);
    expect(Array.from(t.average.simple)).toEqual([1, 1 / 3, NaN]);
    expect(t.maxPeriods).toBe(3);
  });
  it('retentionTriangle(activity) counts a period as observed when the as-of day is its last day', () => {
    const t = triangle(purchases, '2011-03-31', { period: 'month', measure: 'active' });
    expect(rows(t, 'observed')).toEqual({ '2011-01': [1, 1, 1], '2011-02': [1, 1] });
    expect(triangle(purchases, '2011-03-30', { period: 'month', measure: 'active' }).cohorts[1].observed[1]).toBe(0);
  });
  it('retentionTriangle(activity) weighted average pools customers, simple average pools cohorts', () => {
    const four = [0, 1, 2, 3].map((c) => buy(c, '2011-01-10'));
    const t = triangle([...four, buy(0, '2011-02-10'), buy(4, '2011-02-01'), buy(4, '2011-03-01')], '2011-03-31', {
      period: 'month',
      measure: 'active',
    });
    expect(rows(t, 'values')).toEqual({ '2011-01': [1, 0.25, 0], '2011-02': [1, 1] });
    expect(t.average.simple[1]).toBe((0.25 + 1) / 2);
    expect(t.average.weighted[1]).toBe(2 / 5);
    expect(Array.from(t.average.observedCohorts)).toEqual([2, 2, 1]);
  });
  it('retentionTriangle(activity, {minCohortSize}) flags small cohorts and leaves them out of the averages', () => {
    const four = [0, 1, 2, 3].map((c) => buy(c, '2011-01-10'));
    const t = triangle([...four, buy(0, '2011-02-10'), buy(4, '2011-02-01'), buy(4, '2011-03-01')], '2011-03-31', {
      period: 'month',
      measure: 'active',
      minCohortSize: 2,
    });
    expect(t.cohorts.map((c) => c.small)).toEqual([false, true]);
    expect(Array.from(t.average.weighted)).toEqual([1, 0.25, 0]);
    expect(Array.from(t.average.observedCohorts)).toEqual([1, 1, 1]);
    expect(t.minCohortSize).toBe(2);
  });
  it('retentionTriangle(activity) skips customers without purchases and periods without new customers', () => {
    const t = retentionTriangle(activityFixture([buy(1, '2011-01-05'), buy(1, '2011-04-05')], '2011-04-30', 3), {
      period: 'month',
      measure: 'active',
    });
    expect(rows(t, 'counts')).toEqual({ '2011-01': [1, 0, 0, 1] });
  });
  it('retentionTriangle(activity) of no customers is empty', () => {
    const t = retentionTriangle(activityFixture([], '2011-04-30', 0), { period: 'week', measure: 'retained' });
    expect(t.cohorts).toEqual([]);
    expect(t.maxPeriods).toBe(0);
    expect(t.average.simple.length).toBe(0);
  });
});

describe('retentionTriangle (periods)', () => {
  it('retentionTriangle(activity, week) labels ISO weeks across a year boundary', () => {
    // 2020-12-31 is a Thursday in ISO week 2020-W53; that week ends Sunday 2021-01-03.
    const purchases = [buy(0, '2020-12-31'), buy(0, '2021-01-03'), buy(0, '2021-01-04'), buy(1, '2021-01-04')];
    const t = triangle(purchases, '2021-01-12', { period: 'week', measure: 'active' });
    expect(rows(t, 'counts')).toEqual({ '2020-W53': [1, 1, 0], '2021-W01': [1, 0] });
    expect(rows(t, 'observed')).toEqual({ '2020-W53': [1, 1, 0], '2021-W01': [1, 0] });
  });
  it('periodLabel(week, p) follows ISO 8601 at year edges', () => {
    const label = (date: string) => periodLabel('week', periodOfDay('week', day(date)));
    expect(label('2018-12-31')).toBe('2019-W01');
    expect(label('2021-01-03')).toBe('2020-W53');
    expect(label('2021-01-04')).toBe('2021-W01');
    expect(label('2016-01-03')).toBe('2015-W53');
    expect(label('2011-01-17')).toBe('2011-W03');
    expect(iso(periodStartDay('week', periodOfDay('week', day('2011-01-20'))))).toBe('2011-01-17');
  });
  it('retentionTriangle(activity, quarter | year) labels and counts calendar quarters and years', () => {
    const purchases = [buy(0, '2010-12-31'), buy(0, '2011-01-01'), buy(1, '2011-03-31'), buy(1, '2012-07-01')];
    const q = triangle(purchases, '2012-08-15', { period: 'quarter', measure: 'active' });
    expect(rows(q, 'counts')).toEqual({ '2010-Q4': [1, 1, 0, 0, 0, 0, 0, 0], '2011-Q1': [1, 0, 0, 0, 0, 0, 1] });
    const y = triangle(purchases, '2012-08-15', { period: 'year', measure: 'active' });
    expect(rows(y, 'counts')).toEqual({ '2010': [1, 1, 0], '2011': [1, 1] });
    expect(rows(y, 'observed')).toEqual({ '2010': [1, 1, 0], '2011': [1, 0] });
  });
  it('retentionTriangle(activity, {windows: rolling}) counts periods from each customer’s own first day', () => {
    // 29 days after 2011-01-31 is still rolling month 0 but calendar month 2; 31 days is rolling month 1.
    const purchases = [buy(0, '2011-01-31'), buy(0, '2011-03-01'), buy(1, '2011-01-01'), buy(1, '2011-02-01')];
    const rolling = triangle(purchases, '2011-03-31', { period: 'month', measure: 'active', windows: 'rolling' });
    expect(rows(rolling, 'counts')).toEqual({ '2011-01': [2, 1, 0] });
    expect(rolling.windows).toBe('rolling');
    const calendar = triangle(purchases, '2011-03-31', { period: 'month', measure: 'active' });
    expect(rows(calendar, 'counts')).toEqual({ '2011-01': [2, 1, 1] });
  });
  it('retentionTriangle(activity, {windows: rolling}) observes a window once the latest-starting customer has finished it', () => {
    // Customer 1 starts on 2011-01-31: rolling month 0 is days 0…30 (30.4375 days), ending 2011-03-02.
    const purchases = [buy(0, '2011-01-01'), buy(1, '2011-01-31')];
    const at = (asOf: string) => triangle(purchases, asOf, { period: 'month', measure: 'active', windows: 'rolling' });
    expect(Array.from(at('2011-03-01').cohorts[0].observed)).toEqual([0, 0]);
    expect(Array.from(at('2011-03-02').cohorts[0].observed)).toEqual([1, 0]);
    expect(Array.from(at('2011-03-02').cohorts[0].counts)).toEqual([2, 0]);
  });
  it('rollingIndex(period, first, day) uses 7, 30.4375, 91.3125 and 365.25 days', () => {
    expect([6, 7].map((d) => rollingIndex('week', 0, d))).toEqual([0, 1]);
    expect([30, 31, 60, 61].map((d) => rollingIndex('month', 0, d))).toEqual([0, 1, 1, 2]);
    expect([91, 92, 182, 183].map((d) => rollingIndex('quarter', 0, d))).toEqual([0, 1, 1, 2]);
    expect([365, 366, 730, 731, 1460, 1461].map((d) => rollingIndex('year', 0, d))).toEqual([0, 1, 1, 2, 3, 4]);
  });
  it('retentionTriangle(activity, {cohortOf}) groups customers by another column, each on their own clock', () => {
    const purchases = [buy(0, '2011-01-05'), buy(0, '2011-02-05'), buy(1, '2011-02-10'), buy(2, '2011-02-11')];
    const t = retentionTriangle(activityFixture(purchases, '2011-03-15'), {
      period: 'month',
      measure: 'active',
      cohortOf: Int32Array.of(1, 1, -1),
      cohortLabels: ['email', 'search'],
    });
    expect(t.cohorts.map((c) => [c.label, c.start, c.size])).toEqual([['search', 1, 2]]);
    // Each cell counts the customers whose own period k is over on Mar 15: both in period 0
    // (Jan, Feb), customer 0 alone in period 1 (Feb; customer 1's March is not over), no one in 2.
    expect(Array.from(t.cohorts[0].eligible!)).toEqual([2, 1, 0]);
    expect(rows(t, 'counts')).toEqual({ search: [2, 1, 0] });
    expect(rows(t, 'observed')).toEqual({ search: [1, 1, 0] });
    expect(Array.from(t.cohorts[0].values)).toEqual([1, 1, NaN]);
    expect(Array.from(t.average.weighted)).toEqual([1, 1, NaN]);
  });
  it('retentionTriangle(activity, {cohortOf}) counts a purchase in a period not yet over for its customer nowhere', () => {
    // Customer 0 (Jan) buys again in March, customer 1 (Mar) buys on Mar 10 and 20; as of Mar 31
    // March is over for both: period 2 of customer 0, period 0 of customer 1.
    const purchases = [buy(0, '2011-01-05'), buy(0, '2011-03-02'), buy(1, '2011-03-10'), buy(1, '2011-03-20')];
    const options = { period: 'month' as const, cohortOf: Int32Array.of(0, 0), cohortLabels: ['all'] };
    const active = retentionTriangle(activityFixture(purchases, '2011-03-31'), { ...options, measure: 'active' });
    expect(Array.from(active.cohorts[0].eligible!)).toEqual([2, 1, 1]);
    expect(rows(active, 'counts')).toEqual({ all: [2, 0, 1] });
    const retained = retentionTriangle(activityFixture(purchases, '2011-03-31'), { ...options, measure: 'retained' });
    expect(rows(retained, 'counts')).toEqual({ all: [2, 1, 1] });
    // As of Mar 20, March is over for no one: period 2 of customer 0 and period 0 of customer 1 are not counted.
    const early = retentionTriangle(activityFixture(purchases, '2011-03-20'), { ...options, measure: 'active' });
    expect(Array.from(early.cohorts[0].eligible!)).toEqual([1, 1, 0]);
    expect(rows(early, 'counts')).toEqual({ all: [1, 0, 0] });
  });
  it('retentionTriangle(activity, {cohortOf}) rejects codes of the wrong length', () => {
    expect(() =>
      triangle(january, '2011-04-30', { period: 'month', measure: 'active', cohortOf: Int32Array.of(0) }),
    ).toThrow(RangeError);
  });
});

describe('calendarPeriods', () => {
  const dayArb = fc.integer({ min: day('1900-01-01'), max: day('2200-12-31') });
  it('monthOfDay(day) agrees with Date', () => {
    fc.assert(fc.property(dayArb, (d) => monthOfDay(d) === monthNumberOfDay(d)));
  });
  it('periodStartDay(period, periodOfDay(period, day)) is the first day of the period holding day', () => {
    const periodArb = fc.constantFrom<CohortPeriod>('week', 'month', 'quarter', 'year');
    fc.assert(
      fc.property(periodArb, dayArb, (period, d) => {
        const p = periodOfDay(period, d);
        const start = periodStartDay(period, p);
        expect(start).toBeLessThanOrEqual(d);
        expect(periodStartDay(period, p + 1)).toBeGreaterThan(d);
        expect(periodOfDay(period, start - 1)).toBe(p - 1);
        const date = new Date(start * MS_PER_DAY);
        if (period === 'week') expect(date.getUTCDay()).toBe(1);
        else expect(date.getUTCDate()).toBe(1);
      }),
    );
  });
});

/** Purchases on integer amounts (exact sums in any order) between 2010 and 2012, as-of within 2012. */
const purchasesArb = fc.array(
  fc.record({
    customer: fc.integer({ min: 0, max: 9 }),
    day: fc.integer({ min: day('2010-01-01'), max: day('2012-06-30') }),
    amount: fc.integer({ min: -50, max: 300 }),
  }),
  { minLength: 1, maxLength: 80 },
);
const optionsArb = fc.record({
  period: fc.constantFrom<CohortPeriod>('week', 'month', 'quarter', 'year'),
  windows: fc.constantFrom('calendar' as const, 'rolling' as const),
  asOf: fc.integer({ min: day('2012-06-30'), max: day('2012-12-31') }),
});
const toPurchases = (ps: { customer: number; day: number; amount: number }[]) =>
  ps.map((p) => buy(p.customer, iso(p.day), p.amount));

describe('retentionTriangle (properties)', () => {
  it('retentionTriangle(activity, active) is 1 at k = 0 for every cohort', () => {
    fc.assert(
      fc.property(purchasesArb, optionsArb, (ps, o) => {
        const t = triangle(toPurchases(ps), iso(o.asOf), { ...o, measure: 'active' });
        for (const c of t.cohorts) expect(c.values[0]).toBe(1);
      }),
    );
  });
  it('retentionTriangle(activity, retained) is non-increasing along a row and matches active at k = 0', () => {
    fc.assert(
      fc.property(purchasesArb, optionsArb, (ps, o) => {
        const t = triangle(toPurchases(ps), iso(o.asOf), { ...o, measure: 'retained' });
        for (const c of t.cohorts) {
          expect(c.counts[0]).toBe(c.size);
          for (let k = 1; k < c.counts.length; k++) expect(c.counts[k]).toBeLessThanOrEqual(c.counts[k - 1]);
        }
      }),
    );
  });
  it('retentionTriangle(activity, active | retained) rates lie in [0, 1] inside their Wilson bounds', () => {
    fc.assert(
      fc.property(purchasesArb, optionsArb, fc.constantFrom('active' as const, 'retained' as const), (ps, o, m) => {
        const t = triangle(toPurchases(ps), iso(o.asOf), { ...o, measure: m });
        for (const c of t.cohorts)
          c.values.forEach((v, k) => {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(1);
            expect(c.low[k]).toBeLessThanOrEqual(v + 1e-12);
            expect(c.high[k]).toBeGreaterThanOrEqual(v - 1e-12);
          });
        for (let k = 0; k < t.maxPeriods; k++)
          if (t.average.observedCohorts[k] > 0) expect(t.average.weighted[k]).toBeLessThanOrEqual(1);
      }),
    );
  });
  it('retentionTriangle(activity) does not depend on the order of the purchases', () => {
    const measureArb = fc.constantFrom('active' as const, 'retained' as const, 'revenue' as const);
    fc.assert(
      fc.property(purchasesArb, optionsArb, measureArb, fc.infiniteStream(fc.nat()), (ps, o, measure, keys) => {
        const sorted = toPurchases(ps);
        const shuffled = sorted.map((p) => [keys.next().value as number, p] as const);
        shuffled.sort((a, b) => a[0] - b[0]);
        const options = { ...o, measure };
        expect(
          triangle(
            shuffled.map(([, p]) => p),
            iso(o.asOf),
            options,
          ),
        ).toEqual(triangle(sorted, iso(o.asOf), options));
      }),
    );
  });
  it('retentionTriangle(activity, month, calendar) matches a plain count over Date months', () => {
    fc.assert(
      fc.property(purchasesArb, fc.integer({ min: day('2012-06-30'), max: day('2012-12-31') }), (ps, asOf) => {
        const t = triangle(toPurchases(ps), iso(asOf), { period: 'month', measure: 'active' });
        const first = new Map<number, number>();
        for (const p of ps) first.set(p.customer, Math.min(first.get(p.customer) ?? Infinity, p.day));
        const cells = new Map<string, Set<number>>();
        for (const p of ps) {
          const cohort = monthNumberOfDay(first.get(p.customer)!);
          const key = `${cohort} ${monthNumberOfDay(p.day) - cohort}`;
          cells.set(key, (cells.get(key) ?? new Set()).add(p.customer));
        }
        const actual = t.cohorts.flatMap((c) =>
          Array.from(c.counts, (n, k) => [`${c.start} ${k}`, n] as const).filter(([, n]) => n > 0),
        );
        expect(new Map(actual)).toEqual(new Map([...cells].map(([key, set]) => [key, set.size])));
      }),
    );
  });
});
