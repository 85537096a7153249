/**
 * Reading dates as exports write them, always into UTC epoch milliseconds. A cell either
 * matches one of these patterns exactly or is not a date: "1-10" is never a date, and
 * two-digit years are not accepted.
 */
import type { DateOrder } from '../../engine/api.ts';

export type DatePattern = 'iso' | 'ymd-slash' | 'compact' | 'chinese' | 'day-month-year';

export interface DateReading {
  pattern: DatePattern;
  ms: number;
  hasTime: boolean;
  /** For 'day-month-year': the first two numbers, to decide DD/MM against MM/DD. */
  first?: number;
  second?: number;
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE =
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?(?:\s*(\d{1,2})\s*[:时]\s*(\d{2})(?:\s*[:分]\s*(\d{2})\s*秒?)?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

const MS_PER_DAY = 86_400_000;

/** Epoch milliseconds for a calendar date and time in UTC, or NaN when it does not exist. */
/** 400 Gregorian years, exactly 146,097 days. */
const MS_PER_400_YEARS = 146_097 * 86_400_000;

/**
 * Date.UTC, but a year below 100 is that year: Date.UTC(5, …) means 1905. Computed 400 years
 * later and moved back, since the calendar repeats every 400 years.
 */
function dateUtc(year: number, monthIndex: number, day: number, h = 0, mi = 0, s = 0, ms = 0): number {
  if (year >= 0 && year < 100) return Date.UTC(year + 400, monthIndex, day, h, mi, s, ms) - MS_PER_400_YEARS;
  return Date.UTC(year, monthIndex, day, h, mi, s, ms);
}

export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millis = 0): number {
  if (month < 1 || month > 12 || day < 1 || day > 31) return NaN;
  if (hour > 23 || minute > 59 || second > 60) return NaN;
  const ms = dateUtc(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(ms);
  if (check.getUTCDate() !== day || check.getUTCMonth() !== month - 1) return NaN;
  return ms;
}

function timeParts(h?: string, m?: string, s?: string, frac?: string): [number, number, number, number] {
  const millis = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  return [h ? Number(h) : 0, m ? Number(m) : 0, s ? Number(s) : 0, millis];
}

function offsetMs(zone: string | undefined): number {
  if (!zone || zone === 'Z') return 0;
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * 60_000;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(text: string, start: number, count: number): number {
  let v = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

/**
 * ISO dates and datetimes of the fixed widths exports use most ("2011-01-04",
 * "2011-01-04 10:00", "2011-01-04 10:00:00") read by character codes; NaN when the text is
 * not exactly one of those, so the caller falls back to readDate.
 */
export function fixedIsoMs(text: string): number {
  const n = text.length;
  if ((n !== 10 && n !== 16 && n !== 19) || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return NaN;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1])) return NaN;
  let seconds = 0;
  if (n > 10) {
    const sep = text.charCodeAt(10);
    if ((sep !== 32 && sep !== 84) || text.charCodeAt(13) !== 58) return NaN;
    const hour = digitsAt(text, 11, 2);
    const minute = digitsAt(text, 14, 2);
    let second = 0;
    if (n === 19) {
      if (text.charCodeAt(16) !== 58) return NaN;
      second = digitsAt(text, 17, 2);
    }
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return NaN;
    seconds = hour * 3600 + minute * 60 + second;
  }
  return dateUtc(year, month - 1, day) + seconds * 1000;
}

/** Every pattern the text matches; 'compact' only when asked, since 8 digits may be a number. */
export function readDate(text: string, allowCompact: boolean): DateReading | null {
  const t = text.trim();
  // The common shapes (YYYY-MM-DD, with hh:mm or hh:mm:ss) without a regular expression.
  const fixed = fixedIsoMs(t);
  if (!Number.isNaN(fixed)) return { pattern: 'iso', ms: fixed, hasTime: t.length > 10 };
  let m = ISO.exec(t);
  if (m) {
    const [h, mi, s, ms] = timeParts(m[4], m[5], m[6], m[7]);
    const base = utcMs(+m[1], +m[2], +m[3], h, mi, s, ms);
    if (Number.isNaN(base)) return null;
    return { pattern: 'iso', ms: base - offsetMs(m[8]), hasTime: m[4] !== undefined };
  }
  m = YMD_SLASH.exec(t);
  if (m) {
    const [h, mi, s] = timeParts(m[4], m[5], m[6]);
    const ms = utcMs(+m[1], +m[2], +m[3], h, mi, s);
    return Number.isNaN(ms) ? null : { pattern: 'ymd-slash', ms, hasTime: m[4] !== undefined };
  }
  m = CHINESE.exec(t);
  if (m) {
    const [h, mi, s] = timeParts(m[4], m[5], m[6]);
    const ms = utcMs(+m[1], +m[2], +m[3], h, mi, s);
    return Number.isNaN(ms) ? null : { pattern: 'chinese', ms, hasTime: m[4] !== undefined };
  }
  m = DAY_MONTH_YEAR.exec(t);
  if (m) {
    const first = +m[1];
    const second = +m[2];
    if (first < 1 || second < 1 || (first > 12 && second > 12)) return null;
    // Validity against both orders is checked when the column's order is known.
    return { pattern: 'day-month-year', ms: NaN, hasTime: m[4] !== undefined, first, second };
  }
  if (allowCompact) {
    m = COMPACT.exec(t);
    if (m) {
      const year = +m[1];
      // 9999 too: 99991231 is the usual "no date" placeholder, and one must not make a date column numbers.
      if ((year < 1900 || year > 2100) && year !== 9999) return null;
      const ms = utcMs(year, +m[2], +m[3]);
      return Number.isNaN(ms) ? null : { pattern: 'compact', ms, hasTime: false };
    }
  }
  return null;
}

/** Milliseconds for a DD/MM/YYYY or MM/DD/YYYY text once the column's order is known. */
export function readDayMonthYear(text: string, order: DateOrder): number {
  const m = DAY_MONTH_YEAR.exec(text.trim());
  if (!m) return NaN;
  const day = order === 'dmy' ? +m[1] : +m[2];
  const month = order === 'dmy' ? +m[2] : +m[1];
  let hour = m[4] ? +m[4] : 0;
  const meridiem = m[7]?.toLowerCase();
  if (meridiem === 'pm' && hour < 12) hour += 12;
  if (meridiem === 'am' && hour === 12) hour = 0;
  return utcMs(+m[3], month, day, hour, m[5] ? +m[5] : 0, m[6] ? +m[6] : 0);
}

/** Milliseconds for any text in a known pattern (the column's), NaN when it does not fit. */
export function readDateAs(text: string, pattern: DatePattern, order: DateOrder | undefined): number {
  if (pattern === 'day-month-year') return order ? readDayMonthYear(text, order) : NaN;
  const r = readDate(text, pattern === 'compact');
  if (!r || r.pattern !== pattern) return NaN;
  return r.ms;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with Lotus's phantom 1900-02-29. */
export function excelSerialToMs(serial: number): number {
  const days = serial < 60 ? serial : serial - 1;
  return Math.round((days - 1) * MS_PER_DAY + Date.UTC(1900, 0, 1));
}

export const DATE_PATTERN_LABEL: Record<DatePattern, string> = {
  iso: 'YYYY-MM-DD',
  'ymd-slash': 'YYYY/M/D',
  compact: 'YYYYMMDD',
  chinese: 'YYYY年M月D日',
  'day-month-year': 'DD/MM/YYYY or MM/DD/YYYY',
};
