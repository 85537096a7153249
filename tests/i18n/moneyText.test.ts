import { afterEach, expect, test } from 'vitest';
import type { WarningEvidence } from '../../src/engine/api.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';

afterEach(() => i18n.setLocale('en'));

test('formatMoney shows the workbook currency with the sign the language uses, or a plain number without one', () => {
  i18n.setLocale('en');
  expect(i18n.formatMoney(1234.5, 'USD')).toBe('$1,234.50');
  expect(i18n.formatMoney(1234.5, 'GBP', { digits: 0 })).toBe('£1,235');
  expect(i18n.formatMoney(1234.5, '')).toBe('1,234.5');
  expect(i18n.formatMoney(1_250_000, 'EUR', { compact: true })).toBe('€1.3M');
  i18n.setLocale('zh-CN');
  expect(i18n.formatMoney(1234.5, 'CNY')).toBe('¥1,234.50');
  expect(i18n.formatMoney(1_250_000, 'CNY', { compact: true })).toBe('¥125万');
});

test('warning evidence quotes amounts in the workbook currency when one is set', () => {
  i18n.setLocale('en');
  const evidence: WarningEvidence = {
    kind: 'below',
    threshold: 50,
    months: 2,
    path: [40, 0],
    from: '2011-10',
    to: '2011-11',
  };
  expect(i18n.evidenceText(evidence, 'GBP')).toBe(
    'revenue at or below £50 in the last 2 complete months: £40 → £0 (2011-10 to 2011-11)',
  );
  expect(i18n.evidenceText(evidence)).toBe(
    'revenue at or below 50 in the last 2 complete months: 40 → 0 (2011-10 to 2011-11)',
  );
});
