import { expect, it } from 'vitest';
import { clvOptions, clvSettings } from '../../../../src/workbook/cells/customer-lifetime-value/settings.ts';

it('clvSettings({}) is the BG/NBD with the engine’s calibration end, unit and horizon, 10 % and margin 1', () => {
  const s = clvSettings({});
  expect(s).toEqual({ model: 'bg-nbd', calibrationEnd: '', unit: '', horizon: 0, discount: 0.1, margin: 1 });
  expect(clvOptions(s)).toEqual({ model: 'bg-nbd', discount: 0.1, margin: 1 });
});

it('clvSettings keeps usable saved values and drops the rest', () => {
  const s = clvSettings({
    model: 'pareto-nbd',
    calibrationEnd: '1997-09-30',
    unit: 'days',
    horizon: 90,
    discount: 0.05,
    margin: 0.3,
  });
  expect(clvOptions(s)).toEqual({
    model: 'pareto-nbd',
    calibrationEnd: '1997-09-30',
    unit: 'days',
    horizon: 90,
    discount: 0.05,
    margin: 0.3,
  });
  const bad = clvSettings({
    model: 'gamma',
    calibrationEnd: '30/09/1997',
    unit: 'years',
    horizon: -1,
    discount: 7,
    margin: 1.5,
  });
  expect(bad).toEqual(clvSettings({}));
});
