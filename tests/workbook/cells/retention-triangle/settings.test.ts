import { expect, test } from 'vitest';
import { triangleOptions, triangleSettings } from '../../../../src/workbook/cells/retention-triangle/settings.ts';

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
