/**
 * A cell that shows only monthly churn (or only value tiers) says which part is unavailable: the
 * reason ("not available, because they need …") is worded to follow a label, so alone it starts
 * in lower case with a "they" that refers to nothing (the walkthrough's Telco monthly-churn cell).
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { unavailableSentence, unavailableText } from '../../src/components/unavailableText.ts';

afterEach(() => i18n.setLocale('en'));

test('the sentence starts with the part it is about, in English and Chinese', () => {
  expect(unavailableSentence('monthly', 'no-first-date')).toBe(`Monthly churn: ${unavailableText('no-first-date')}`);
  expect(unavailableSentence('tiers', 'no-value')).toMatch(/^Value tiers: not available, because they need an amount/);
  i18n.setLocale('zh-CN');
  // The Chinese label ends in a full-width colon: no space after it.
  expect(unavailableSentence('monthly', 'too-short')).toBe(
    '月度流失：无法计算，因为数据在第一位客户之后不足一个完整月。',
  );
});
