/**
 * Each customer's revenue per calendar period (month, quarter or year, UTC), folded from the
 * customer table's monthly revenue, and which periods the data covers from their first day to
 * their last. The monthly revenue is the table's: purchases summed, returns and cancellations
 * netted in the month they happen (or dropped, as the table was built); a month without orders is 0.
 */
import type { DayNumber, MonthNumber } from '../../customers/customerActivity.ts';
import { periodStartDay } from '../retention-triangle/calendarPeriods.ts';

export type RevenuePeriod = 'month' | 'quarter' | 'year';

const MONTHS_IN: Record<RevenuePeriod, number> = { month: 1, quarter: 3, year: 12 };

export interface PeriodRevenue {
  period: RevenuePeriod;
  customers: number;
  /** Period number of column 0 (calendarPeriods.ts numbering: month, year × 4 + quarter, year). */
  firstPeriod: number;
  periods: number;
  /** values[c * periods + p]: customer c's net revenue in period firstPeriod + p (negative when returns exceed purchases). */
  values: Float64Array;
  /** 1 where the data covers period p from its first day to its last. */
  covered: Uint8Array;
}

export interface MonthlyRevenue {
  firstMonth: MonthNumber;
  months: number;
  values: Float64Array;
}

/** The period holding a month number. */
export const periodOfMonth = (period: RevenuePeriod, month: MonthNumber): number =>
  Math.floor(month / MONTHS_IN[period]);

/** The last month number of a period. */
export const lastMonthOf = (period: RevenuePeriod, p: number): MonthNumber => (p + 1) * MONTHS_IN[period] - 1;

/**
 * `dataFirstDay`: the data's first date; `lastFinishedMonth`: the last month the data covers to
 * its end (CustomerActivity.lastFinishedMonth). Months are read, never copied, for `month`.
 */
export function periodRevenue(
  monthly: MonthlyRevenue,
  customers: number,
  period: RevenuePeriod,
  dataFirstDay: DayNumber,
  lastFinishedMonth: MonthNumber,
): PeriodRevenue {
  const { firstMonth, months } = monthly;
  if (monthly.values.length !== customers * months)
    throw new RangeError(`periodRevenue: ${monthly.values.length} values for ${customers} × ${months} months`);
  const firstPeriod = periodOfMonth(period, firstMonth);
  const periods = months === 0 ? 0 : periodOfMonth(period, firstMonth + months - 1) - firstPeriod + 1;
  let values = monthly.values;
  if (period !== 'month') {
    values = new Float64Array(customers * periods);
    const column = Int32Array.from({ length: months }, (_, m) => periodOfMonth(period, firstMonth + m) - firstPeriod);
    for (let c = 0; c < customers; c++) {
      const from = c * months;
      const to = c * periods;
      for (let m = 0; m < months; m++) values[to + column[m]] += monthly.values[from + m];
    }
  }
  const covered = new Uint8Array(periods);
  for (let p = 0; p < periods; p++) {
    const n = firstPeriod + p;
    covered[p] = periodStartDay(period, n) >= dataFirstDay && lastMonthOf(period, n) <= lastFinishedMonth ? 1 : 0;
  }
  return { period, customers, firstPeriod, periods, values, covered };
}
