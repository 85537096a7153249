/**
 * The gains and lift charts' summary (listed by the HTML report as a finding) read "1.2× × a
 * random list" on Online Retail: the chart put its own "×" after the lift and the sentence has one.
 * Online Retail's out-of-time test: the riskiest 10 % are 88 customers holding 11.6 % of the churners.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { gainsSentence } from '../../src/charts/risk-model/gainsSentence.ts';

afterEach(() => i18n.setLocale('en'));

test('one multiplication sign in English, none in Chinese', () => {
  const first = { customers: 88, cumShare: 0.116, cumLift: 1.16 };
  expect(gainsSentence(first)).toBe(
    'Contacting the riskiest 10 % (88 customers) finds 11.6% of the churners: 1.2 × a random list of the same size.',
  );
  i18n.setLocale('zh-CN');
  // Chinese says it with 倍 ("1.2 倍"), no sign at all.
  expect(gainsSentence(first)).toContain('是同样规模随机名单的 1.2 倍');
  expect(gainsSentence(first)).not.toContain('×');
});
