/**
 * Month and day names on chart time axes in the UI language. Observable Plot formats time
 * ticks with d3-time-format's default locale (`%b` gives "Jan" whatever the page's language),
 * so the default is replaced with one whose names come from Intl: "1月" in Chinese.
 */
import { timeFormatDefaultLocale } from 'd3-time-format';

function names(locale: string, option: Intl.DateTimeFormatOptions, count: number, day: (i: number) => Date) {
  const format = new Intl.DateTimeFormat(locale, { ...option, timeZone: 'UTC' });
  return Array.from({ length: count }, (_, i) => format.format(day(i)));
}

export function useChartTimeLocale(locale: string): void {
  const month = (i: number) => new Date(Date.UTC(2000, i, 15));
  // 2000-01-02 was a Sunday; d3 lists days from Sunday.
  const weekday = (i: number) => new Date(Date.UTC(2000, 0, 2 + i));
  timeFormatDefaultLocale({
    dateTime: '%x %X',
    date: '%Y-%m-%d',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: names(locale, { weekday: 'long' }, 7, weekday),
    shortDays: names(locale, { weekday: 'short' }, 7, weekday),
    months: names(locale, { month: 'long' }, 12, month),
    shortMonths: names(locale, { month: 'short' }, 12, month),
  });
}
