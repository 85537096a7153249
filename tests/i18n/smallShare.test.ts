/**
 * A non-zero share below the display precision reads "<1%" / "<0.1%", not "0%": the churn reasons
 * tree said "Deceased 6 · 0%" of 1,869 churners (0.32 %). Zero stays zero; a share that rounds up
 * to the least step shows it; tiny negative numbers (differences) still read 0 without a sign.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';

afterEach(() => i18n.setLocale('en'));

test('a positive share that would round to zero reads "<" the least shown step, in English and Chinese', () => {
  expect(i18n.formatPercent(6 / 1869, 0)).toBe('<1%');
  expect(i18n.formatPercent(0.0004)).toBe('<0.1%');
  expect(i18n.formatPercent(0.00004, 2)).toBe('<0.01%');
  // At or above half the step it rounds to the step as before.
  expect(i18n.formatPercent(0.005, 0)).toBe('1%');
  expect(i18n.formatPercent(0.0005)).toBe('0.1%');
  expect(i18n.formatPercent(0)).toBe('0.0%');
  expect(i18n.formatPercent(0, 0)).toBe('0%');
  expect(i18n.formatPercent(-0.00004)).toBe('0.0%');
  i18n.setLocale('zh-CN');
  expect(i18n.formatPercent(6 / 1869, 0)).toBe('<1%');
  expect(i18n.formatPercent(0.0004)).toBe('<0.1%');
});
