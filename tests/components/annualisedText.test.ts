/**
 * Online Retail's summary showed "about 41.4 % a year" (the mean monthly churn, 4.4 %, compounded)
 * next to "Churn in the last 12 months 22.0 %": two annual churn figures that disagree, unexplained.
 * The compounded figure is now called a projection, and beside the measured year it says why they differ.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n, t } from '../../src/i18n/i18n.svelte.ts';
import { annualisedText } from '../../src/components/annualisedText.ts';

afterEach(() => i18n.setLocale('en'));

test('the compounded rate is a projection, and next to the measured 12 months it names both and why they differ', () => {
  const alone = annualisedText(0.414, null);
  expect(alone).toMatch(/^compounded over 12 months: 41\.4%/);
  expect(alone).toContain('not churn measured over a year');
  const both = annualisedText(0.414, 0.22);
  expect(both).toContain('41.4%');
  expect(both).toContain('not the 22.0% measured over the last 12 months');
  expect(both).toContain('the customers who joined during the year');
  i18n.setLocale('zh-CN');
  expect(annualisedText(0.414, null)).toContain('不是实测的一年流失率');
  const zh = annualisedText(0.414, 0.22);
  expect(zh).toContain('41.4%');
  expect(zh).toContain('不同于近 12 个月实测的 22.0%');
});

test('the monthly churn cell no longer calls the compounded rate "a year" of churn, in either language', () => {
  const words = { mean: '4.4%', annual: '41.4%' };
  expect(t('monthly-churn.lead', words)).not.toMatch(/about 41\.4% a year/);
  expect(t('monthly-churn.lead', words)).toContain('compounded over 12 months, 41.4%: a projection');
  i18n.setLocale('zh-CN');
  expect(t('monthly-churn.lead', words)).not.toContain('折合每年约');
  expect(t('monthly-churn.lead', words)).toContain('按 12 个月复合为 41.4%');
});
