/**
 * Newcombe's interval for a difference of proportions and Welch's interval for a difference of
 * means, against statsmodels and scipy (tests/fixtures/retention-economics/make_fixtures.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newcombeInterval } from '../../../src/core/stats/newcombeInterval.ts';
import { studentTCdf, studentTQuantile } from '../../../src/core/stats/studentT.ts';
import { welchInterval } from '../../../src/core/stats/welchInterval.ts';
import { fixture } from '../../sharedData.ts';

const ref = JSON.parse(readFileSync(fixture('retention-economics', 'intervals.json'), 'utf8')) as {
  newcombe: { count1: number; nobs1: number; count2: number; nobs2: number; low: number; high: number }[];
  welch: { a: number[]; b: number[]; diff: number; low: number; high: number; df: number; p: number }[];
  tQuantile: { p: number; df: number; t: number }[];
};

describe('newcombeInterval(count1, n1, count2, n2)', () => {
  for (const c of ref.newcombe)
    it(`matches statsmodels newcomb for ${c.count1}/${c.nobs1} − ${c.count2}/${c.nobs2}`, () => {
      const r = newcombeInterval(c.count1, c.nobs1, c.count2, c.nobs2);
      // statsmodels confint_proportions_2indep(method='newcomb'); both are closed forms: 1e-12.
      expect(r.low).toBeCloseTo(c.low, 12);
      expect(r.high).toBeCloseTo(c.high, 12);
    });

  it('reproduces Newcombe (1998) table II, example (a): 56/70 − 48/80 → 0.0524 to 0.3339', () => {
    const r = newcombeInterval(56, 70, 48, 80);
    // The paper prints four decimals.
    expect([+r.low.toFixed(4), +r.high.toFixed(4)]).toEqual([0.0524, 0.3339]);
  });

  it('gives NaN for an empty group', () => {
    expect(newcombeInterval(0, 0, 3, 10).low).toBeNaN();
  });
});

describe('studentTQuantile(p, df)', () => {
  for (const q of ref.tQuantile)
    it(`matches scipy t.ppf(${q.p}, ${q.df})`, () => {
      // scipy.stats.t.ppf: 1e-7. Its own answer at df = 30.7 is 7e-9 off (its CDF there is
      // 0.95 + 6.6e-10 by scipy.special.betainc, which our incomplete beta matches to 1e-15).
      expect(studentTQuantile(q.p, q.df)).toBeCloseTo(q.t, 7);
    });

  it('is the inverse of studentTCdf', () => {
    expect(studentTCdf(studentTQuantile(0.9, 7), 7)).toBeCloseTo(0.9, 12);
  });
});

describe('welchInterval(a, b)', () => {
  for (const [i, c] of ref.welch.entries())
    it(`matches scipy ttest_ind(equal_var=False), sample ${i + 1}`, () => {
      const r = welchInterval(c.a, c.b);
      // scipy; the quantile's 1e-9 carries to the bounds times the standard error: 1e-7.
      expect(r.difference).toBeCloseTo(c.diff, 10);
      expect(r.low).toBeCloseTo(c.low, 7);
      expect(r.high).toBeCloseTo(c.high, 7);
      expect(r.df).toBeCloseTo(c.df, 8);
      expect(r.p / c.p).toBeCloseTo(1, 6);
    });

  it('gives NaN bounds with fewer than two values in a group', () => {
    expect(welchInterval([1], [1, 2, 3]).low).toBeNaN();
  });
});
