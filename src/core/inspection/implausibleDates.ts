/**
 * Dates no customer record can carry. After today: a placeholder such as 9999-12-31 or
 * 2099-01-01, or a mistyped year. On or before 1 January 1900: a placeholder for "unknown"
 * (1900-01-01, Excel's day zero 1899-12-30, 0001-01-01). Neither may set the default as-of date
 * or the data's date range; placeholders are read as unknown. Days are whole days since
 * 1970-01-01 UTC.
 */
import { dayNumber, isoDate, type DayNumber } from '../customers/customerActivity.ts';

/** 1900-01-01: this day and every earlier one is a placeholder. */
export const PLACEHOLDER_LAST_DAY: DayNumber = -25_567;

/**
 * The last plausible day: today, plus one day of grace, since a record written tomorrow in
 * UTC+14 is today's somewhere (the data's dates are read as UTC days).
 */
export function lastPlausibleDay(nowMs: number): DayNumber {
  return dayNumber(nowMs) + 1;
}

export const isPlaceholderDay = (day: DayNumber): boolean => day <= PLACEHOLDER_LAST_DAY;

/**
 * The first and last plausible day of one or more day arrays (NaN = no date), and how many
 * days fell after `lastPlausible`. When no day at all is plausible (data entirely after today,
 * as generated test data can be, or a wrong clock) the range is that of every dated day, so
 * the data still has an as-of date.
 */
export function plausibleDayRange(
  arrays: readonly Float64Array[],
  lastPlausible: DayNumber,
): { from: DayNumber; to: DayNumber; after: number } {
  let from = Infinity;
  let to = -Infinity;
  let anyFrom = Infinity;
  let anyTo = -Infinity;
  let after = 0;
  for (const days of arrays)
    for (let i = 0; i < days.length; i++) {
      const d = days[i];
      if (d !== d || isPlaceholderDay(d)) continue;
      if (d < anyFrom) anyFrom = d;
      if (d > anyTo) anyTo = d;
      if (d > lastPlausible) {
        after++;
        continue;
      }
      if (d < from) from = d;
      if (d > to) to = d;
    }
  return to === -Infinity ? { from: anyFrom, to: anyTo, after } : { from, to, after };
}

/** The first `max` distinct dates (ISO, in row order) among epoch-millisecond values that pass `test`. */
export function exampleDates(values: Float64Array, test: (day: DayNumber) => boolean, max = 3): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < values.length && seen.size < max; i++) {
    const v = values[i];
    if (v === v && test(dayNumber(v))) seen.add(isoDate(dayNumber(v)));
  }
  return [...seen];
}
