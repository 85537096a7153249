/** Sentences shown one after another: a space between them in English, none in Chinese. */
import { afterEach, expect, test } from 'vitest';
import { i18n, t } from '../../src/i18n/i18n.svelte.ts';
import { sentenceGap, sentences } from '../../src/i18n/sentences.ts';

afterEach(() => i18n.setLocale('en'));

test('sentences joins with a space in English and nothing in Chinese, leaving out what is not there', () => {
  i18n.setLocale('en');
  expect(sentenceGap()).toBe(' ');
  expect(sentences('One.', false, 'Two.', null, '', undefined, 'Three.')).toBe('One. Two. Three.');
  expect(sentences()).toBe('');
  i18n.setLocale('zh-CN');
  expect(sentenceGap()).toBe('');
  // The quadrant headline, where "。 " was first seen.
  const joined = sentences(
    t('value-risk-quadrant.headline', { customers: '28', share: '5.3%' }),
    t('value-risk-quadrant.headlineAtRisk', { amount: '1,314.35', atRiskShare: '10.0%' }),
  );
  expect(joined).toContain('应立即挽留。他们的风险收入');
  expect(joined).not.toMatch(/[。，] /);
});
