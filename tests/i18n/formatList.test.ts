/** Lists in a sentence ("Left out: …", the missing roles) keep their separators in both languages. */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';

afterEach(() => i18n.setLocale('en'));

test('i18n.formatList joins with commas and "and" in English, 、 and 和 in Chinese', () => {
  // The narrow unit style it used ran items together: "1 after the as-of date 1 with a placeholder date", "1 行…1 行…".
  i18n.setLocale('en');
  expect(i18n.formatList(['1 after the as-of date', '1 with a placeholder date'])).toBe(
    '1 after the as-of date and 1 with a placeholder date',
  );
  expect(i18n.formatList(['a', 'b', 'c'])).toBe('a, b, and c');
  i18n.setLocale('zh-CN');
  expect(i18n.formatList(['甲', '乙', '丙'])).toBe('甲、乙和丙');
});
