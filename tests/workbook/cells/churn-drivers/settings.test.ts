import { expect, test } from 'vitest';
import {
  driverOptions,
  driverSettings,
  initialSettings,
} from '../../../../src/workbook/cells/churn-drivers/settings.ts';

test('a new cell lists the course’s six factors, unrated, and asks with the engine’s defaults', () => {
  const s = driverSettings(initialSettings());
  expect(s.factors.map((f) => f.key)).toEqual(['price', 'quality', 'coverage', 'service', 'image', 'technology']);
  expect([s.bins, s.repeats, s.seed, s.testFraction, s.topFeatures, s.features]).toEqual([5, 10, 1, 0.25, 4, null]);
  // Nothing typed yet: the factors go out named only, so the engine leaves them unscored.
  expect(driverOptions(s).factors![0]).toEqual({ key: 'price' });
});

test('driverSettings falls back for hand-edited values and drops factors without a name', () => {
  const s = driverSettings({
    bins: 1,
    repeats: 'ten',
    testFraction: 2,
    seed: 1.5,
    features: [],
    factors: [{ key: 'nonsense' }, 'price', { name: 'Network', rating: 'high', importance: 0.5 }],
  });
  expect([s.bins, s.repeats, s.testFraction, s.seed, s.features]).toEqual([5, 10, 0.25, 1, null]);
  expect(s.factors).toEqual([{ name: 'Network', column: '', rating: null, importance: 0.5, availability: null }]);
});

test('a factor rated from a column sends the column, not a typed rating', () => {
  const s = driverSettings({
    factors: [
      { key: 'price', column: 'MonthlyCharges', rating: 3, importance: 0.4, availability: 0.8 },
      { key: 'service', column: '', rating: 4, importance: 0.5, availability: 0.6 },
    ],
  });
  expect(driverOptions(s).factors).toEqual([
    { key: 'price', column: 'MonthlyCharges', importance: 0.4, availability: 0.8 },
    { key: 'service', rating: 4, importance: 0.5, availability: 0.6 },
  ]);
});
