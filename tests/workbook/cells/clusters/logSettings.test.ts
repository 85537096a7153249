/** The log choice of the clusters and value-score cells: on by default for money, the user's word kept. */
import { expect, test } from 'vitest';
import {
  clusterOptions,
  clusterSettings,
  loggedFeatures,
  namesKey,
} from '../../../../src/workbook/cells/clusters/settings.ts';
import { valueOptions, valueSettings } from '../../../../src/workbook/cells/customer-value/settings.ts';
import type { Role } from '../../../../src/engine/api.ts';

const roles: Record<string, Role> = { tenure: 'tenure', MonthlyCharges: 'value', Contract: 'attribute' };
const choices = [
  { name: 'tenure', kind: 'number' as const },
  { name: 'MonthlyCharges', kind: 'number' as const },
  { name: 'Contract', kind: 'category' as const },
];

test('loggedFeatures logs money features by default (role value), never tenure or a category', () => {
  const s = clusterSettings({ features: ['tenure', 'MonthlyCharges', 'Contract'] });
  expect(loggedFeatures(s, choices, roles)).toEqual(['MonthlyCharges']);
  expect(clusterOptions(s, undefined, loggedFeatures(s, choices, roles))?.log).toEqual(['MonthlyCharges']);
});

test('the user’s log choice is saved per feature and wins over the default; junk is dropped', () => {
  const s = clusterSettings({
    features: ['tenure', 'MonthlyCharges'],
    log: { MonthlyCharges: false, tenure: true, Contract: 'yes' },
  });
  expect(s.log).toEqual({ MonthlyCharges: false, tenure: true });
  expect(loggedFeatures(s, choices, roles)).toEqual(['tenure']);
});

test('namesKey without logged features is the key saved before the log existed', () => {
  const s = clusterSettings({ features: ['tenure'] });
  expect(namesKey(s, 3)).toBe(JSON.stringify([['tenure'], 'z', 1, 4, 3]));
  expect(namesKey(s, 3, ['tenure'])).not.toBe(namesKey(s, 3));
});

test('valueOptions logs a min–max or z money column by default, never a rank, and keeps the user’s choice', () => {
  const s = valueSettings({
    features: [
      { column: 'MonthlyCharges', direction: 'higher', scaling: 'z', weight: 1 },
      { column: 'total_value', direction: 'higher', scaling: 'rank', weight: 1 },
      { column: 'tenure_days', direction: 'higher', scaling: 'minmax', weight: 1 },
      { column: 'margin', direction: 'higher', scaling: 'minmax', weight: 1, log: false },
    ],
  });
  expect(valueOptions(s, roles).features!.map((f) => f.log ?? false)).toEqual([true, false, false, false]);
});
