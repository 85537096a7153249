import { describe, expect, it } from 'vitest';
import { readDate, readDayMonthYear, excelSerialToMs, utcMs } from '../../../src/core/cellText/dateText.ts';

const iso = (ms: number) => new Date(ms).toISOString();

describe('readDate', () => {
  it('readDate(text) reads ISO dates and datetimes as UTC', () => {
    expect(iso(readDate('2024-03-05', false)!.ms)).toBe('2024-03-05T00:00:00.000Z');
    expect(iso(readDate('2010-12-01 08:26:00', false)!.ms)).toBe('2010-12-01T08:26:00.000Z');
    expect(readDate('2010-12-01 08:26', false)!.hasTime).toBe(true);
  });
  it('readDate(text) applies a written time-zone offset', () => {
    expect(iso(readDate('2024-03-05T08:00:00+08:00', false)!.ms)).toBe('2024-03-05T00:00:00.000Z');
    expect(iso(readDate('2024-03-05T08:00:00Z', false)!.ms)).toBe('2024-03-05T08:00:00.000Z');
  });
  it('readDate(text) reads YYYY/M/D and Chinese dates', () => {
    expect(iso(readDate('2024/3/5', false)!.ms)).toBe('2024-03-05T00:00:00.000Z');
    expect(iso(readDate('2024年3月5日', false)!.ms)).toBe('2024-03-05T00:00:00.000Z');
    expect(iso(readDate('2024年3月5日 14:30', false)!.ms)).toBe('2024-03-05T14:30:00.000Z');
  });
  it('readDate(text, true) reads YYYYMMDD only when compact dates are allowed', () => {
    expect(iso(readDate('19970101', true)!.ms)).toBe('1997-01-01T00:00:00.000Z');
    expect(readDate('19970101', false)).toBeNull();
    expect(readDate('19971301', true)).toBeNull();
    expect(readDate('12345678', true)).toBeNull();
  });
  it('readDate(text, true) reads the 99991231 placeholder, but no other year past 2100', () => {
    expect(iso(readDate('99991231', true)!.ms)).toBe('9999-12-31T00:00:00.000Z');
    expect(readDate('30001231', true)).toBeNull();
  });
  it('readDate(text) never reads "1-10", two-digit years or impossible days', () => {
    for (const s of ['1-10', '3/5/24', '2023-02-29', '2024-13-01', '31/31/2024', 'March 5', ''])
      expect(readDate(s, true)).toBeNull();
  });
  it('readDate(text) leaves DD/MM against MM/DD to the column, with both numbers', () => {
    const r = readDate('03/04/2024', false)!;
    expect(r.pattern).toBe('day-month-year');
    expect([r.first, r.second]).toEqual([3, 4]);
  });
});

describe('readDayMonthYear', () => {
  it('readDayMonthYear(text, order) reads each order', () => {
    expect(iso(readDayMonthYear('03/04/2024', 'dmy'))).toBe('2024-04-03T00:00:00.000Z');
    expect(iso(readDayMonthYear('03/04/2024', 'mdy'))).toBe('2024-03-04T00:00:00.000Z');
    expect(iso(readDayMonthYear('12/31/2023 1:05 PM', 'mdy'))).toBe('2023-12-31T13:05:00.000Z');
    expect(readDayMonthYear('31/12/2023', 'mdy')).toBeNaN();
  });
});

describe('excelSerialToMs', () => {
  // Excel's documentation: serial 1 is 1900-01-01; 45000 is 2023-03-15; 61 is 1900-03-01.
  it('excelSerialToMs(serial) follows the 1900 date system', () => {
    expect(iso(excelSerialToMs(1))).toBe('1900-01-01T00:00:00.000Z');
    expect(iso(excelSerialToMs(61))).toBe('1900-03-01T00:00:00.000Z');
    expect(iso(excelSerialToMs(45000))).toBe('2023-03-15T00:00:00.000Z');
    expect(iso(excelSerialToMs(45000.5))).toBe('2023-03-15T12:00:00.000Z');
  });
});

describe('utcMs', () => {
  it('utcMs does not depend on the machine time zone', () => {
    expect(utcMs(2024, 3, 31, 2, 30)).toBe(Date.parse('2024-03-31T02:30:00Z'));
  });
  // Date.UTC reads years 0–99 as 1900–1999; a placeholder like 0001-01-01 must stay in year 1
  // (so the quality report can call it "before 1900"). Reference: Date.parse of the ISO form.
  it('utcMs and readDate keep years below 100 as they are, leap days included', () => {
    expect(utcMs(1, 1, 1)).toBe(Date.parse('0001-01-01T00:00:00Z'));
    expect(readDate('0001-01-01', true)?.ms).toBe(Date.parse('0001-01-01T00:00:00Z'));
    expect(readDate('0099-12-31 10:00', true)?.ms).toBe(Date.parse('0099-12-31T10:00:00Z'));
    expect(readDate('0000-02-29', true)?.ms).toBe(Date.parse('0000-02-29T00:00:00Z'));
    expect(readDate('0100-02-29', true)).toBeNull();
  });
});
