/**
 * Calendar periods (UTC) as consecutive integers, so that "k periods later" is p + k:
 * - week: ISO 8601 weeks, Monday to Sunday; week 0 starts Monday 1969-12-29;
 * - month: year × 12 + month index (the MonthNumber of customerActivity.ts);
 * - quarter: year × 4 + quarter index; year: the year.
 * Day arithmetic follows Hinnant's civil-from-days algorithms (chrono-Compatible Low-Level Date
 * Algorithms, 2013), so the hot loops of cohort kernels never allocate a Date.
 */
import type { DayNumber } from '../../customers/customerActivity.ts';

export type CohortPeriod = 'week' | 'month' | 'quarter' | 'year';

/** Month number (year × 12 + month index) of a day number. */
export function monthOfDay(day: DayNumber): number {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 2 : mp - 10;
  return (yoe + era * 400 + (month <= 1 ? 1 : 0)) * 12 + month;
}

/** Day number of the first day of a month number. */
export function monthStartDay(monthNumber: number): DayNumber {
  const month = ((monthNumber % 12) + 12) % 12;
  const y = (monthNumber - month) / 12 - (month <= 1 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 1 ? month - 2 : month + 10) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The period containing a day. 1970-01-01 (day 0) was a Thursday, hence the + 3. */
export function periodOfDay(period: CohortPeriod, day: DayNumber): number {
  if (period === 'week') return Math.floor((day + 3) / 7);
  const month = monthOfDay(day);
  if (period === 'month') return month;
  return period === 'quarter' ? Math.floor(month / 3) : Math.floor(month / 12);
}

/** First day of period p; period p + 1 starts the day after its last day. */
export function periodStartDay(period: CohortPeriod, p: number): DayNumber {
  if (period === 'week') return 7 * p - 3;
  return monthStartDay(period === 'month' ? p : period === 'quarter' ? 3 * p : 12 * p);
}

const two = (n: number) => String(n).padStart(2, '0');

/** '2011-W03' (ISO year and week), '2011-01', '2011-Q1' or '2011'. */
export function periodLabel(period: CohortPeriod, p: number): string {
  if (period === 'week') {
    // An ISO week belongs to the year of its Thursday, which is day 7p.
    const year = Math.floor(monthOfDay(7 * p) / 12);
    return `${year}-W${two(Math.floor((7 * p - monthStartDay(year * 12)) / 7) + 1)}`;
  }
  if (period === 'month') return `${Math.floor(p / 12)}-${two((p % 12) + 1)}`;
  return period === 'quarter' ? `${Math.floor(p / 4)}-Q${(p % 4) + 1}` : String(p);
}

/**
 * Rolling period lengths as exact fractions of days (numerator / denominator): 7; a Julian
 * month 365.25 / 12 = 30.4375 = 487 / 16; a quarter 91.3125 = 1461 / 16; a year 365.25 = 1461 / 4.
 * Integer arithmetic keeps "day d is in window k" exact at the window edges.
 */
export const ROLLING_DAYS: Record<CohortPeriod, readonly [number, number]> = {
  week: [7, 1],
  month: [487, 16],
  quarter: [1461, 16],
  year: [1461, 4],
};

/** Index k of the rolling window that holds `day` for a customer whose first day is `first`. */
export function rollingIndex(period: CohortPeriod, first: DayNumber, day: DayNumber): number {
  const [num, den] = ROLLING_DAYS[period];
  return Math.floor(((day - first) * den) / num);
}

/** Last day of rolling window k, [first + k·L, first + (k + 1)·L), of a customer first seen on `first`. */
export function rollingLastDay(period: CohortPeriod, first: DayNumber, k: number): DayNumber {
  const [num, den] = ROLLING_DAYS[period];
  return first + Math.ceil(((k + 1) * num) / den) - 1;
}
