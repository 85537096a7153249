import { expect, test } from 'vitest';
import { RFM_SCORE_MAPS, type ScoreRule } from '../../../../src/engine/api.ts';
import { rfmOptions, rfmSettings, scoreMapValid } from '../../../../src/workbook/cells/rfm/settings.ts';

test('rfmSettings({}) starts with R rfm’s quintile scores, 5 levels, total spend, the grid by value, no comparison', () => {
  const s = rfmSettings({});
  expect(s).toEqual({
    scheme: 'quintile',
    bins: 5,
    monetary: 'total',
    scoreMap: null,
    colour: 'value',
    compareAsOf: '',
    follow: '',
  });
  expect(rfmOptions(s)).toEqual({ scheme: 'quintile', monetary: 'total', bins: 5 });
});

test('rfmSettings(saved) falls back for hand-edited values: bins out of 2…9, an unknown scheme, a date that is not one', () => {
  const s = rfmSettings({ scheme: 'kmeans', bins: 12, monetary: 'median', colour: 'blue', compareAsOf: '30/06/2011' });
  expect([s.scheme, s.bins, s.monetary, s.colour, s.compareAsOf]).toEqual(['quintile', 5, 'total', 'value', '']);
});

test('rfmSettings keeps a saved segment map (names included) and sends it only with the quintile scheme', () => {
  const scoreMap = { scale: 5, rules: [{ code: 'vip', name: 'VIP', r: [4, 5], f: [4, 5], m: [4, 5] }] };
  const s = rfmSettings({ scoreMap, compareAsOf: '2011-06-30' });
  expect(s.scoreMap).toEqual(scoreMap);
  expect(rfmOptions(s)).toEqual({
    scheme: 'quintile',
    monetary: 'total',
    bins: 5,
    scoreMap,
    compareAsOf: '2011-06-30',
  });
  expect(rfmOptions({ ...s, scheme: 'median8' })).toEqual({
    scheme: 'median8',
    monetary: 'total',
    compareAsOf: '2011-06-30',
  });
  // A map not in its shape is dropped: the default map applies.
  expect(rfmSettings({ scoreMap: { scale: 5, rules: [{ code: 'x', r: [1] }] } }).scoreMap).toBeNull();
});

test('scoreMapValid accepts R rfm’s maps and refuses a reversed range, a score past the scale and a repeated code', () => {
  expect(scoreMapValid(RFM_SCORE_MAPS.readme)).toBe(true);
  expect(scoreMapValid(RFM_SCORE_MAPS.vignette)).toBe(true);
  const rule: ScoreRule = { code: 'a', r: [1, 5], f: [1, 5], m: [1, 5] };
  expect(scoreMapValid({ scale: 5, rules: [{ ...rule, r: [4, 2] }] })).toBe(false);
  expect(scoreMapValid({ scale: 5, rules: [{ ...rule, m: [1, 6] }] })).toBe(false);
  expect(
    scoreMapValid({
      scale: 5,
      rules: [
        { ...rule, r: [1, 5] },
        { ...rule, r: [1, 5] },
      ],
    }),
  ).toBe(false);
});
