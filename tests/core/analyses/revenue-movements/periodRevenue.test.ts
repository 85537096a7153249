import { describe, expect, it } from 'vitest';
import { periodRevenue } from '../../../../src/core/analyses/revenue-movements/periodRevenue.ts';

const month = (y: number, m: number) => y * 12 + (m - 1);
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

describe('periodRevenue', () => {
  // Two customers, Nov 2010 … Jan 2012 (15 months); customer 1 has 1 in every month.
  const months = 15;
  const values = new Float64Array(2 * months);
  for (let m = 0; m < months; m++) values[m] = m + 1;
  for (let m = 0; m < months; m++) values[months + m] = 1;
  const monthly = { firstMonth: month(2010, 11), months, values };

  it('periodRevenue(month) reads the months as they are', () => {
    const r = periodRevenue(monthly, 2, 'month', day('2010-11-01'), month(2011, 12));
    expect(r.values).toBe(values);
    expect([r.firstPeriod, r.periods]).toEqual([month(2010, 11), 15]);
    // Covered up to the last finished month (Dec 2011); January 2012 is open.
    expect(Array.from(r.covered)).toEqual([...Array(14).fill(1), 0]);
  });

  it('periodRevenue(quarter) sums the months of each calendar quarter', () => {
    const r = periodRevenue(monthly, 2, 'quarter', day('2010-11-15'), month(2011, 12));
    // Q4 2010 = Nov + Dec (1 + 2), Q1 2011 = 3 + 4 + 5, …, Q1 2012 = Jan (15).
    expect(Array.from(r.values.subarray(0, 6))).toEqual([3, 12, 21, 30, 39, 15]);
    expect(Array.from(r.values.subarray(6))).toEqual([2, 3, 3, 3, 3, 1]);
    // Q4 2010 started before the data's first day; Q1 2012 is not over.
    expect(Array.from(r.covered)).toEqual([0, 1, 1, 1, 1, 0]);
  });

  it('periodRevenue(year) sums calendar years', () => {
    const r = periodRevenue(monthly, 2, 'year', day('2010-11-01'), month(2011, 12));
    expect(Array.from(r.values)).toEqual([3, 102, 15, 2, 12, 1]);
    expect(Array.from(r.covered)).toEqual([0, 1, 0]);
  });

  it('periodRevenue(a matrix of the wrong size) throws', () => {
    expect(() => periodRevenue({ ...monthly, months: 14 }, 2, 'month', 0, 0)).toThrow(RangeError);
  });
});
