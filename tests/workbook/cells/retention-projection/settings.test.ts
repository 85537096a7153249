import { expect, test } from 'vitest';
import {
  defaultFitPeriods,
  projectionColumns,
  projectionOptions,
  projectionSettings,
} from '../../../../src/workbook/cells/retention-projection/settings.ts';

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
