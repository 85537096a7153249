/**
 * A number that rounds to zero reads 0, whatever side of zero it came from: the churn drivers
 * cell on the Telco sample showed permutation importances "-0.000" (gender, MonthlyCharges,
 * Dependents: mean AUC drops of a few hundred-thousandths below zero), which a reader takes for a
 * real negative effect. A value that stays negative after rounding keeps its sign.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';

afterEach(() => i18n.setLocale('en'));

const three = { minimumFractionDigits: 3, maximumFractionDigits: 3 };

test('a negative value that rounds to zero has no minus sign, in English and Chinese', () => {
  expect(i18n.formatNumber(-0.00004, three)).toBe('0.000');
  expect(i18n.formatPercent(-0.00004)).toBe('0.0%');
  expect(i18n.formatNumber(-0.0006, three)).toBe('-0.001');
  expect(i18n.formatNumber(-1234.5)).toBe('-1,234.5');
  // A caller that asks for signs keeps them.
  expect(i18n.formatNumber(0.2, { signDisplay: 'always' })).toBe('+0.2');
  i18n.setLocale('zh-CN');
  expect(i18n.formatNumber(-0.00004, three)).toBe('0.000');
  expect(i18n.formatNumber(-0.25, { style: 'percent' })).toBe('-25%');
});
