import { expect, test } from 'vitest';
import {
  projectionColumns,
  projectionOptions,
  projectionSettings,
} from '../../../../src/workbook/cells/retention-projection/settings.ts';

test('projectionOptions(settings, last) leaves what the user did not choose to the engine', () => {
  const s = projectionSettings({ source: 'columns', period: 'year', survivors: 'regular_pct_alive' });
  expect(projectionOptions(s, null)).toEqual({
    source: { kind: 'columns', period: 'year', survivors: 'regular_pct_alive' },
    fitPeriods: undefined,
    horizon: undefined,
    discount: 0,
  });
  // A chosen fit is kept within the periods the data has, and the horizon at least the fit.
  expect(projectionOptions({ ...s, fitPeriods: 20 }, 12)?.fitPeriods).toBe(12);
  expect(projectionOptions({ ...s, fitPeriods: 7, horizon: 5 }, 12)).toMatchObject({ fitPeriods: 7, horizon: 7 });
  expect(projectionOptions({ ...s, cohortSize: 1000 }, 12)?.source).toMatchObject({ cohortSize: 1000 });
  expect(projectionOptions({ ...s, survivors: '' }, 12)).toBeNull();
  // No period length saved: the engine picks years, months or weeks from the data.
  expect(projectionOptions(projectionSettings({}), null)?.source).toEqual({ kind: 'survival' });
  expect(projectionOptions(projectionSettings({ periodDays: 7 }), null)?.source).toEqual({
    kind: 'survival',
    periodDays: 7,
  });
});

test('projectionColumns(columns) picks a period-like column and a column of survivors', () => {
  const columns = [
    { name: 'year', type: 'integer' },
    { name: 'regular_pct_alive', type: 'decimal' },
    { name: 'highend_pct_alive', type: 'decimal' },
  ];
  expect(projectionColumns(columns)).toEqual({ period: 'year', survivors: 'regular_pct_alive' });
});
