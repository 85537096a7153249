import { expect, test } from 'vitest';
import {
  defaultFitPeriods,
  parseTimes,
  projectionColumns,
  projectionOptions,
  projectionSettings,
  survivalOptions,
  survivalSettings,
  triangleOptions,
  triangleSettings,
} from '../../src/state/cohortSettings.ts';

test('triangleSettings(saved) keeps valid values and falls back on anything else', () => {
  const s = triangleSettings({ period: 'week', measure: 'bogus', minCohortSize: -3, breakdown: 'Country' });
  expect(s).toMatchObject({
    period: 'week',
    measure: 'active',
    minCohortSize: 30,
    breakdown: 'Country',
    show: 'rates',
  });
  expect(triangleOptions(s)).toEqual({
    period: 'week',
    measure: 'active',
    windows: 'calendar',
    minCohortSize: 30,
    breakdown: 'Country',
  });
  expect(triangleOptions(triangleSettings({}))).not.toHaveProperty('breakdown');
});

test('parseTimes(text) reads numbers separated by commas or spaces, and refuses anything else', () => {
  expect(parseTimes('24, 6 12，6')).toEqual([6, 12, 24]);
  expect(parseTimes('')).toEqual([]);
  expect(parseTimes('6, a year')).toBeNull();
  expect(parseTimes('-1')).toBeNull();
});

test('survivalOptions(settings) sends only filters with values, and the default times for the unit', () => {
  const s = survivalSettings({
    unit: 'weeks',
    filters: [
      { column: 'Contract', in: [] },
      { column: 'Internet', in: ['DSL'] },
    ],
  });
  expect(survivalOptions(s)).toEqual({
    unit: 'weeks',
    ci: 'log-log',
    times: [26, 52, 104],
    filters: [{ column: 'Internet', in: ['DSL'] }],
  });
});

test('projectionOptions(settings, last) fits 2 periods until the data is known, then about 60 %', () => {
  const s = projectionSettings({ source: 'columns', period: 'year', survivors: 'regular_pct_alive' });
  expect(projectionOptions(s, null)).toMatchObject({ fitPeriods: 2, horizon: 12 });
  expect(projectionOptions(s, 12)).toMatchObject({ fitPeriods: 7, horizon: 12 });
  expect(defaultFitPeriods(12)).toBe(7);
  expect(projectionOptions({ ...s, fitPeriods: 20 }, 12)?.fitPeriods).toBe(12);
  expect(projectionOptions({ ...s, survivors: '' }, 12)).toBeNull();
});

test('projectionColumns(columns) picks a period-like column and a column of survivors', () => {
  const columns = [
    { name: 'year', type: 'integer' },
    { name: 'regular_pct_alive', type: 'decimal' },
    { name: 'highend_pct_alive', type: 'decimal' },
  ];
  expect(projectionColumns(columns)).toEqual({ period: 'year', survivors: 'regular_pct_alive' });
});
