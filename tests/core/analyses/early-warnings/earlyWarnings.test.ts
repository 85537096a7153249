import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  earlyWarnings,
  evidenceSentence,
  validateRules,
  type WarningRule,
} from '../../../../src/core/analyses/early-warnings/earlyWarnings.ts';
import { medianInPlace } from '../../../../src/core/stats/medianInPlace.ts';
import { activityFixture, type Purchase } from '../../customers/activityFixture.ts';

const AS_OF = '2011-12-09';
const NOV_2011 = 2011 * 12 + 10;

/** One purchase on the 15th of each month given as 'YYYY-MM'. */
function monthly(customer: number, amounts: Record<string, number>): Purchase[] {
  return Object.entries(amounts).map(([month, amount]) => ({ customer, date: `${month}-15`, amount }));
}

function flag(purchases: Purchase[], rules: WarningRule[], asOf = AS_OF, customers?: number) {
  return earlyWarnings(activityFixture(purchases, asOf, customers), rules).flagged;
}

const declining3: WarningRule[] = [{ kind: 'declining', months: 3 }];
const falling = { '2011-08': 420, '2011-09': 310, '2011-10': 120, '2011-11': 40 };

describe('earlyWarnings (declining)', () => {
  it('earlyWarnings(declining 3) fires on exactly 3 falling months', () => {
    const [w, ...rest] = flag(monthly(0, falling), declining3);
    expect(rest).toEqual([]);
    expect(w.customer).toBe(0);
    expect(w.rules).toEqual(['declining']);
    expect(w.evidence.map(evidenceSentence)).toEqual([
      'revenue fell 3 months in a row: 420 → 310 → 120 → 40 (2011-08 to 2011-11)',
    ]);
  });
  it('earlyWarnings(declining 3) does not fire on a streak of 2', () => {
    const purchases = monthly(0, { '2011-08': 100, '2011-09': 420, '2011-10': 310, '2011-11': 120 });
    expect(flag(purchases, declining3)).toEqual([]);
    expect(flag(purchases, [{ kind: 'declining', months: 2 }]).map((w) => w.customer)).toEqual([0]);
  });
  it('earlyWarnings(declining 3) a flat month breaks the streak', () => {
    expect(flag(monthly(0, { ...falling, '2011-10': 310 }), declining3)).toEqual([]);
  });
  it('earlyWarnings(declining 3) a month with no orders counts as 0', () => {
    const [w] = flag(monthly(0, { '2011-08': 420, '2011-09': 310, '2011-10': 120 }), declining3);
    expect(w.evidence.map(evidenceSentence)).toEqual([
      'revenue fell 3 months in a row: 420 → 310 → 120 → 0 (2011-08 to 2011-11)',
    ]);
  });
  it('earlyWarnings(declining 3) does not fire for a customer too new to have 4 months', () => {
    const purchases = monthly(0, { '2011-09': 310, '2011-10': 120, '2011-11': 40 });
    expect(flag(purchases, declining3)).toEqual([]);
    expect(flag(purchases, [{ kind: 'declining', months: 2 }]).length).toBe(1);
  });
  it('earlyWarnings(declining 3) ignores the incomplete as-of month', () => {
    const purchases = [...monthly(0, falling), { customer: 0, date: '2011-12-02', amount: 900 }];
    expect(flag(purchases, declining3).length).toBe(1);
  });
  it('earlyWarnings(declining 3) counts November when the as-of date is its last day', () => {
    expect(flag(monthly(0, falling), declining3, '2011-11-30').length).toBe(1);
    expect(flag(monthly(0, falling), declining3, '2011-11-29')).toEqual([]);
  });
  it('earlyWarnings(declining 3) values the 12 months ending at the month before the fall', () => {
    const purchases = monthly(0, { '2010-08': 1000, '2010-09': 100, ...falling });
    expect(flag(purchases, declining3)[0].valueAtStake).toBe(100 + 420);
  });
});

describe('earlyWarnings (below)', () => {
  const history = { '2010-11': 60, '2011-06': 200, '2011-07': 150, '2011-09': 80 };
  it('earlyWarnings(below 0, 2) fires when the last two months are empty', () => {
    const [w] = flag(monthly(0, history), [{ kind: 'below', threshold: 0, months: 2 }]);
    expect(w.rules).toEqual(['below']);
    expect(w.evidence.map(evidenceSentence)).toEqual([
      'no revenue in the last 2 complete months: 0 → 0 (2011-10 to 2011-11)',
    ]);
    expect(w.valueAtStake).toBe(60 + 200 + 150 + 80);
    expect(w.lastDay).toBe(Date.UTC(2011, 8, 15) / 86_400_000);
  });
  it('earlyWarnings(below 0, 2) does not fire for a customer who started inside the window', () => {
    const purchases = [
      { customer: 0, date: '2011-12-03', amount: 90 },
      { customer: 1, date: '2011-10-20', amount: 0 },
    ];
    expect(flag(purchases, [{ kind: 'below', threshold: 0, months: 2 }], AS_OF, 3)).toEqual([]);
  });
  it('earlyWarnings(below 50, 3) fires on token orders, at or below 50', () => {
    const purchases = [
      ...monthly(0, { '2011-07': 500, '2011-09': 20, '2011-11': 50 }),
      ...monthly(1, { '2011-07': 500, '2011-09': 20, '2011-11': 51 }),
    ];
    const flagged = flag(purchases, [{ kind: 'below', threshold: 50, months: 3 }]);
    expect(flagged.map((w) => w.customer)).toEqual([0]);
    expect(flagged[0].evidence.map(evidenceSentence)).toEqual([
      'revenue at or below 50 in the last 3 complete months: 20 → 0 → 50 (2011-09 to 2011-11)',
    ]);
    expect(flagged[0].valueAtStake).toBe(500);
  });
  it('earlyWarnings(below 50, 3) does not fire for a new customer with token orders', () => {
    expect(flag(monthly(0, { '2011-10': 20, '2011-11': 30 }), [{ kind: 'below', threshold: 50, months: 3 }])).toEqual(
      [],
    );
  });
  it('earlyWarnings(below X, N) never fires because of an extra purchase in the last complete month', () => {
    const purchase = fc.record({
      customer: fc.integer({ min: 0, max: 3 }),
      month: fc.integer({ min: 0, max: 22 }),
      day: fc.integer({ min: 1, max: 28 }),
      amount: fc.integer({ min: 1, max: 200 }),
    });
    const date = (month: number, day: number) =>
      `${2010 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    fc.assert(
      fc.property(
        fc.array(purchase, { maxLength: 30 }),
        purchase,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 1, max: 6 }),
        (list, extra, threshold, months) => {
          const rules: WarningRule[] = [{ kind: 'below', threshold, months }];
          const before = list.map((p) => ({ customer: p.customer, date: date(p.month, p.day), amount: p.amount }));
          const after = [...before, { customer: extra.customer, date: date(22, extra.day), amount: extra.amount }];
          const firedBefore = flag(before, rules, AS_OF, 4).some((w) => w.customer === extra.customer);
          const firedAfter = flag(after, rules, AS_OF, 4).some((w) => w.customer === extra.customer);
          expect(firedAfter && !firedBefore).toBe(false);
        },
      ),
    );
  });
});

describe('earlyWarnings (seasonal)', () => {
  const seasonal2: WarningRule[] = [{ kind: 'seasonal', years: 2 }];
  it('earlyWarnings(seasonal 2) does not fire for a month the data has not finished', () => {
    // December bought in 2009 and 2010; the data ends on 2011-12-09 and the as-of date is
    // 2011-12-31. December 2011 is over at the as-of date, but the data holds only its first 9
    // days: the last month judged is November 2011, and no month in Dec 2010 – Nov 2011 was
    // bought in both earlier years, so nothing fires.
    const purchases = monthly(0, { '2009-12': 80, '2010-12': 90 });
    const unfinished = earlyWarnings(activityFixture(purchases, '2011-12-31', undefined, '2011-12-09'), seasonal2);
    expect(unfinished.flagged).toEqual([]);
    expect(unfinished.window.lastMonth).toBe(NOV_2011);
    // With data to 2011-12-31, December 2011 is finished and was skipped: the rule fires for it.
    const [w] = earlyWarnings(activityFixture(purchases, '2011-12-31'), seasonal2).flagged;
    expect(w.evidence).toEqual([
      { kind: 'seasonal', skipped: [{ month: 11, year: 2011, earlier: [2009, 2010], lastYear: 90 }] },
    ]);
  });
  it('earlyWarnings(seasonal 2) fires when November was bought in 2 previous years but not this year', () => {
    const purchases = [
      ...monthly(0, { '2009-11': 300, '2010-11': 250 }),
      ...monthly(1, { '2010-11': 250 }),
      ...monthly(2, { '2009-11': 300, '2010-11': 250, '2011-11': 10 }),
    ];
    const flagged = flag(purchases, seasonal2);
    expect(flagged.map((w) => w.customer)).toEqual([0]);
    expect(flagged[0].evidence.map(evidenceSentence)).toEqual([
      'bought in November 2009 and 2010 but not in November 2011 (250 last year)',
    ]);
  });
  it("earlyWarnings(seasonal 2) value at stake is last year's November", () => {
    const purchases = monthly(0, { '2009-11': 300, '2010-11': 250, '2011-03': 1000 });
    expect(flag(purchases, seasonal2)[0].valueAtStake).toBe(250);
  });
  it('earlyWarnings(seasonal 1) sums last year over every skipped month of the last 12', () => {
    const [w] = flag(monthly(0, { '2010-10': 20, '2010-11': 30, '2010-12': 70 }), [{ kind: 'seasonal', years: 1 }]);
    expect(w.valueAtStake).toBe(20 + 30);
    expect(w.evidence.map(evidenceSentence)).toEqual([
      'bought in October 2010 but not in October 2011 (20 last year); bought in November 2010 but not in November 2011 (30 last year)',
    ]);
  });
});

describe('earlyWarnings (overdue)', () => {
  const rhythm = ['2011-01-01', '2011-01-31', '2011-03-02', '2011-04-11'].map((date) => ({
    customer: 0,
    date,
    amount: 10,
  }));
  const overdue2: WarningRule[] = [{ kind: 'overdue', factor: 2 }];
  it('earlyWarnings(overdue 2) fires past twice the median gap, not at exactly twice', () => {
    expect(flag(rhythm, overdue2, '2011-06-10')).toEqual([]);
    const [w] = flag(rhythm, overdue2, '2011-06-11');
    expect(w.evidence.map(evidenceSentence)).toEqual([
      'no purchase for 61 days since 2011-04-11, more than 2 × the usual gap of 30 days',
    ]);
    expect(w.valueAtStake).toBe(40);
  });
  it('earlyWarnings(overdue 2) uses the median gap, not the mean', () => {
    const days = ['2011-01-01', '2011-01-11', '2011-04-21', '2011-05-01'];
    const purchases = days.map((date) => ({ customer: 0, date, amount: 1 }));
    expect(flag(purchases, overdue2, '2011-05-22').length).toBe(1);
  });
  it('earlyWarnings(overdue 2) a single purchase day never fires', () => {
    const purchases = [
      { customer: 0, date: '2009-01-05', amount: 10 },
      { customer: 0, date: '2009-01-05', amount: 20 },
    ];
    expect(flag(purchases, [{ kind: 'overdue', factor: 0.001 }])).toEqual([]);
  });
});

describe('earlyWarnings (overdue), against the sorted median', () => {
  it('earlyWarnings(overdue k) fires exactly when days since the last purchase exceed k × the median gap', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom(0.5, 1, 1.5, 2, 3),
        fc.integer({ min: 0, max: 200 }),
        (offsets, factor, wait) => {
          const days = [...offsets].sort((a, b) => a - b);
          const date = (d: number) => new Date(Date.UTC(2010, 0, 1 + d)).toISOString().slice(0, 10);
          const purchases = days.map((d) => ({ customer: 0, date: date(d), amount: 1 }));
          const gaps = days
            .slice(1)
            .map((d, j) => d - days[j])
            .sort((a, b) => a - b);
          const h = gaps.length >> 1;
          const median = gaps.length % 2 ? gaps[h] : (gaps[h - 1] + gaps[h]) / 2;
          const fires = gaps.length > 0 && wait > factor * median;
          expect(flag(purchases, [{ kind: 'overdue', factor }], date(days.at(-1)! + wait)).length).toBe(fires ? 1 : 0);
        },
      ),
    );
  });
});

describe('earlyWarnings (rules together)', () => {
  it('earlyWarnings(rules) flags a customer when any rule fires and keeps the largest value', () => {
    const purchases = [...monthly(0, { '2010-12': 900, ...falling }), ...monthly(1, { '2011-05': 70 })];
    const rules: WarningRule[] = [
      { kind: 'overdue', factor: 3 },
      { kind: 'declining', months: 3 },
      { kind: 'below', threshold: 0, months: 2 },
    ];
    const [first, second] = flag(purchases, rules);
    expect(first.customer).toBe(0);
    expect(first.rules).toEqual(['declining']);
    expect(first.valueAtStake).toBe(900 + 420);
    expect(second.customer).toBe(1);
    expect(second.rules).toEqual(['below']);
    const both = flag(
      monthly(0, { '2011-01': 400, '2011-02': 300, '2011-03': 200 }),
      [
        { kind: 'declining', months: 2 },
        { kind: 'below', threshold: 0, months: 2 },
      ],
      '2011-06-30',
    );
    expect(both[0].rules).toEqual(['below']);
    const twice = flag(
      monthly(0, { '2011-01': 400, '2011-02': 300, '2011-03': 0.5 }),
      [
        { kind: 'declining', months: 2 },
        { kind: 'below', threshold: 1, months: 1 },
      ],
      '2011-03-31',
    );
    expect(twice[0].rules).toEqual(['declining', 'below']);
    expect(twice[0].evidence.length).toBe(2);
    expect(twice[0].valueAtStake).toBe(400 + 300);
  });
  it('earlyWarnings(rules) sorts by value at stake, ties by customer', () => {
    const purchases = [0, 1, 2, 3].flatMap((c) => monthly(c, { '2011-05': c === 2 ? 500 : 100 }));
    expect(flag(purchases, [{ kind: 'below', threshold: 0, months: 3 }]).map((w) => w.customer)).toEqual([2, 0, 1, 3]);
  });
  it('earlyWarnings(rules) reports its window and rules', () => {
    const rules: WarningRule[] = [
      { kind: 'declining', months: 3 },
      { kind: 'seasonal', years: 2 },
    ];
    const result = earlyWarnings(activityFixture([], AS_OF, 0), rules);
    expect(result.window).toEqual({
      firstMonth: NOV_2011 - 11 - 24,
      lastMonth: NOV_2011,
      asOfDay: Date.UTC(2011, 11, 9) / 86_400_000,
    });
    expect(result.rules).toEqual(rules);
    expect(result.flagged).toEqual([]);
  });
});

describe('validateRules', () => {
  const message = (rules: unknown) => {
    const result = validateRules(rules);
    return result.ok ? 'ok' : result.message;
  };
  it('validateRules(rules) returns clean copies of valid rules', () => {
    const rules = [
      { kind: 'declining', months: 3 },
      { kind: 'below', threshold: 0, months: 2 },
      { kind: 'seasonal', years: 1 },
      { kind: 'overdue', factor: 1.5 },
    ];
    expect(validateRules(rules)).toEqual({ ok: true, rules });
  });
  it('validateRules(rules) explains a list that is not one, or is empty', () => {
    expect(message({ kind: 'declining', months: 3 })).toMatch(/^Warning rules must be a list/);
    expect(message([])).toBe('No warning rules were given; use at least one of declining, below, seasonal or overdue.');
  });
  it('validateRules(rules) names an unknown or missing kind', () => {
    expect(message([{ kind: 'drop' }])).toBe(
      'Rule 1 has an unknown kind "drop"; use declining, below, seasonal or overdue.',
    );
    expect(message([{ kind: 'overdue', factor: 2 }, { months: 3 }])).toBe(
      'Rule 2 has no kind; use declining, below, seasonal or overdue.',
    );
    expect(message([null])).toMatch(/^Rule 1 is not a rule/);
  });
  it('validateRules(rules) rejects declining with fewer than 2 months or a fraction', () => {
    expect(message([{ kind: 'declining', months: 1 }])).toBe(
      'Rule 1 (declining) needs months to be a whole number of at least 2 (one lower month is not a trend), not 1.',
    );
    expect(message([{ kind: 'declining', months: 2.5 }])).toMatch(/not 2\.5\.$/);
    expect(message([{ kind: 'declining', months: '3' }])).toMatch(/not "3"\.$/);
  });
  it('validateRules(rules) rejects a negative threshold and a missing field', () => {
    expect(message([{ kind: 'below', threshold: -5, months: 2 }])).toBe(
      'Rule 1 (below) needs a threshold of 0 or more (0 means no revenue at all), not -5.',
    );
    expect(message([{ kind: 'below', threshold: 0 }])).toBe(
      'Rule 1 (below) needs months to be a whole number of at least 1, not nothing.',
    );
  });
  it('validateRules(rules) rejects seasonal 0 years and a factor that is not positive', () => {
    expect(message([{ kind: 'seasonal', years: 0 }])).toBe(
      'Rule 1 (seasonal) needs years to be a whole number of at least 1, not 0.',
    );
    expect(message([{ kind: 'overdue', factor: 0 }])).toMatch(/^Rule 1 \(overdue\) needs a factor greater than 0/);
    expect(message([{ kind: 'overdue', factor: Infinity }])).toMatch(/not Infinity\.$/);
  });
  it('validateRules(rules) catches a misspelled field', () => {
    expect(message([{ kind: 'declining', month: 3 }])).toBe(
      'Rule 1 (declining) has an unknown field "month"; it takes months.',
    );
  });
});

describe('medianInPlace', () => {
  it('medianInPlace(values, n) matches the median of the sorted prefix', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }), (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        const h = list.length >> 1;
        const expected = list.length % 2 ? sorted[h] : (sorted[h - 1] + sorted[h]) / 2;
        const buffer = new Float64Array(list.length + 3).fill(-1);
        buffer.set(list);
        expect(medianInPlace(buffer, list.length)).toBe(expected);
      }),
    );
  });
});

describe('activityFixture', () => {
  it('activityFixture(purchases, asOf) merges same-day purchases and ends complete months correctly', () => {
    const purchases = [
      { customer: 1, date: '2011-02-03', amount: 5 },
      { customer: 1, date: '2011-02-03', amount: 7 },
      { customer: 1, date: '2011-01-31', amount: 1 },
    ];
    const a = activityFixture(purchases, '2011-02-28');
    expect(a.customers).toBe(2);
    expect([...a.dayStart]).toEqual([0, 0, 2]);
    expect([...a.days]).toEqual([Date.UTC(2011, 0, 31) / 86_400_000, Date.UTC(2011, 1, 3) / 86_400_000]);
    expect([...a.dayRevenue]).toEqual([1, 12]);
    expect(a.monthly).toEqual({ firstMonth: 2011 * 12, months: 2, values: Float64Array.from([0, 0, 1, 12]) });
    expect(a.lastCompleteMonth).toBe(2011 * 12 + 1);
    expect(activityFixture(purchases, '2011-02-27').lastCompleteMonth).toBe(2011 * 12);
    expect(activityFixture([], '2012-02-29').lastCompleteMonth).toBe(2012 * 12 + 1);
  });
});
