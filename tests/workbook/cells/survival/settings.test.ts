import { expect, test } from 'vitest';
import { parseTimes, survivalOptions, survivalSettings } from '../../../../src/workbook/cells/survival/settings.ts';

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
    duration: 'known',
    times: [26, 52, 104],
    filters: [{ column: 'Internet', in: ['DSL'] }],
  });
});

test('survivalSettings(saved) measures to the day the loss became known unless the cell chose the last activity', () => {
  expect(survivalSettings({}).duration).toBe('known');
  expect(survivalSettings({ duration: 'activity' }).duration).toBe('activity');
  expect(survivalSettings({ duration: 'last purchase' }).duration).toBe('known');
});
