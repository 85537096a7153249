/**
 * What the customer table knows about each customer's purchases, in typed arrays, for the
 * kernels that read behaviour over time (early warnings, inactivity, partial churn, KPIs).
 * Customers are numbered 0..customers-1 in the customer table's order.
 */

/** Day number: whole days since 1970-01-01 (UTC). */
export type DayNumber = number;

/** Month number: year * 12 + month index (0 = January); e.g. 2011-12 is 2011 * 12 + 11. */
export type MonthNumber = number;

export interface CustomerActivity {
  customers: number;
  /**
   * Purchase days per customer, compressed rows: the distinct days of customer c are
   * days[dayStart[c] .. dayStart[c + 1]), ascending. Several purchases on one day are one day
   * (the BTYD convention), with their amounts summed in dayRevenue.
   */
  dayStart: Int32Array;
  days: Int32Array;
  dayRevenue: Float64Array;
  /**
   * Dense monthly revenue: values[c * months + m] is customer c's revenue in month
   * firstMonth + m; a month without orders is 0. The last month is the as-of date's month,
   * which may be incomplete: `lastCompleteMonth` says which month is the last whole one.
   */
  monthly: { firstMonth: MonthNumber; months: number; values: Float64Array };
  lastCompleteMonth: MonthNumber;
  /**
   * The last month complete at the as-of date that the data also covers to its end (the data's
   * last date is on or after the month's last day); at most lastCompleteMonth, and the same
   * unless the as-of date is after the data's last date. Rules that read months as "no
   * purchase" (early warnings, partial churn) judge no later month: a month the data has not
   * finished would read as one without purchases.
   */
  lastFinishedMonth: MonthNumber;
  asOfDay: DayNumber;
}

export const MS_PER_DAY = 86_400_000;

export function dayNumber(ms: number): DayNumber {
  return Math.floor(ms / MS_PER_DAY);
}

/** 'YYYY-MM-DD' of a day number. */
export function isoDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function monthNumberOfDay(day: DayNumber): MonthNumber {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthLabel(month: MonthNumber): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}
