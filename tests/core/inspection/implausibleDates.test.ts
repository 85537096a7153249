/** Dates after today and placeholders (on or before 1900-01-01): hand-worked day numbers. */
import { expect, it } from 'vitest';
import {
  exampleDates,
  isPlaceholderDay,
  lastPlausibleDay,
  plausibleDayRange,
  PLACEHOLDER_LAST_DAY,
} from '../../../src/core/inspection/implausibleDates.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

it('PLACEHOLDER_LAST_DAY is 1900-01-01; 1899-12-30 (Excel day zero) and 0001-01-01 are placeholders, 1900-01-02 is not', () => {
  expect(PLACEHOLDER_LAST_DAY).toBe(day('1900-01-01'));
  expect(['1900-01-01', '1899-12-30', '0001-01-01', '1900-01-02'].map((d) => isPlaceholderDay(day(d)))).toEqual([
    true,
    true,
    true,
    false,
  ]);
});

it('lastPlausibleDay(now) is today plus one day of grace, whatever the time of day', () => {
  expect(lastPlausibleDay(Date.parse('2024-06-15T00:00:00Z'))).toBe(day('2024-06-16'));
  expect(lastPlausibleDay(Date.parse('2024-06-15T23:59:59Z'))).toBe(day('2024-06-16'));
});

it('plausibleDayRange leaves out NaN, placeholders and days after the last plausible one, and counts the latter', () => {
  const days = Float64Array.from(['2024-01-10', '9999-12-31', '1900-01-01', '2024-05-31', '2099-01-01'], day);
  const withGap = Float64Array.of(NaN, day('2023-12-31'));
  const r = plausibleDayRange([days, withGap], day('2024-06-16'));
  expect(r).toEqual({ from: day('2023-12-31'), to: day('2024-05-31'), after: 2 });
});

it('plausibleDayRange of data entirely after today falls back to every dated day', () => {
  const days = Float64Array.from(['2030-01-01', '2030-03-01'], day);
  expect(plausibleDayRange([days], day('2024-06-16'))).toEqual({
    from: day('2030-01-01'),
    to: day('2030-03-01'),
    after: 2,
  });
});

it('exampleDates gives the first distinct matching dates in row order', () => {
  const ms = Float64Array.from(['9999-12-31', '2024-01-01', '9999-12-31', '2099-01-01', '3000-01-01'], (d) =>
    Date.parse(`${d}T12:00:00Z`),
  );
  expect(exampleDates(ms, (d) => d > day('2024-06-16'), 2)).toEqual(['9999-12-31', '2099-01-01']);
});
