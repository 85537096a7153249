import { expect, test } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';
import { fill, localeFrom } from '../../src/i18n/i18n.svelte.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('each zh-CN message uses the same placeholders as its English original', () => {
  for (const [key, text] of Object.entries(en)) {
    expect(placeholders(zhCN[key as keyof typeof en]), key).toEqual(placeholders(text));
  }
});

test('fill(template, params) returns null when a placeholder has no value', () => {
  expect(fill('{count} rows', { count: 3 })).toBe('3 rows');
  expect(fill('{count} rows in {file}', { count: 3 })).toBeNull();
});

test('localeFrom(search, languages) prefers ?lang, then a Chinese browser language', () => {
  expect(localeFrom('?lang=zh-CN', ['en-US'])).toBe('zh-CN');
  expect(localeFrom('?lang=en', ['zh-TW'])).toBe('en');
  expect(localeFrom('', ['zh-Hans-CN', 'en'])).toBe('zh-CN');
  expect(localeFrom('?lang=fr', ['de-DE'])).toBe('en');
});
