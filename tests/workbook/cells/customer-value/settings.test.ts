import { expect, test } from 'vitest';
import { Workbook } from '../../../../src/state/workbook.svelte.ts';
import { valueOptions, valueSettings } from '../../../../src/workbook/cells/customer-value/settings.ts';

test('valueSettings(saved) keeps usable columns once each and falls back for everything else', () => {
  const s = valueSettings({
    marginSource: 'cost',
    marginRate: 7,
    marginBreaks: [0.9, 0.4],
    features: [
      { column: 'MonthlyCharges', direction: 'lower', scaling: 'z', weight: 0.4 },
      { column: 'MonthlyCharges', direction: 'higher', scaling: 'rank', weight: 1 },
      { column: '', weight: 1 },
      { column: 'tenure_days', direction: 'sideways', scaling: 'log', weight: -2 },
      'total_value',
    ],
  });
  expect(s).toEqual({
    marginSource: 'cost',
    marginRate: 0.3,
    marginBreaks: [0.5, 0.8],
    features: [
      { column: 'MonthlyCharges', direction: 'lower', scaling: 'z', weight: 0.4 },
      { column: 'tenure_days', direction: 'higher', scaling: 'rank', weight: 1 },
    ],
  });
});

test('valueOptions(settings) sends a margin rate only when the cell states one', () => {
  const features = [{ column: 'orders', direction: 'higher', scaling: 'rank', weight: 1 }];
  expect(valueOptions(valueSettings({ marginSource: 'rate', marginRate: 0.25, features }))).toEqual({
    marginRate: 0.25,
    marginBreaks: [0.5, 0.8],
    features,
  });
  expect(valueOptions(valueSettings({ marginSource: 'cost', marginRate: 0.25 }))).toEqual({
    marginBreaks: [0.5, 0.8],
    features: [],
  });
});

test('a customer-value cell’s score builder is saved in the workbook and read back', () => {
  const workbook = new Workbook();
  const settings = {
    marginSource: 'rate',
    marginRate: 0.35,
    marginBreaks: [0.6, 0.9],
    features: [{ column: 'TotalCharges', direction: 'higher', scaling: 'minmax', weight: 0.7 }],
  };
  workbook.addCell('customer-value', settings);
  const read = Workbook.fromJSON(workbook.toText());
  if (!read.ok) throw new Error(JSON.stringify(read.error));
  const cell = read.value.cells.find((c) => c.kind === 'customer-value')!;
  expect(valueSettings(cell.settings)).toEqual(settings);
});
