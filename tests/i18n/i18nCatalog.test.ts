import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { en } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';
import { fill, localeFrom } from '../../src/i18n/i18n.svelte.ts';
import { COLUMN_TYPES, ROLES } from '../../src/engine/api.ts';

/** The IssueCode union is a type, so read its members from the contract's source. */
function issueCodes(): string[] {
  const source = readFileSync('src/engine/api.ts', 'utf8');
  const union = /export type IssueCode =([^;]+);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([a-z-]+)'/g)].map((m) => m[1]);
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('en and zh-CN catalogs have identical keys', () => {
  expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
});

test('every IssueCode in api.ts has a template in both catalogs', () => {
  const codes = issueCodes();
  expect(codes.length).toBeGreaterThan(20);
  for (const code of codes) {
    expect(en, code).toHaveProperty([`issue.${code}`]);
    expect(zhCN, code).toHaveProperty([`issue.${code}`]);
  }
});

test('every column type and role has a label in both catalogs', () => {
  for (const key of [...COLUMN_TYPES.map((c) => `type.${c}`), ...ROLES.map((r) => `role.${r}`)]) {
    expect(en).toHaveProperty([key]);
    expect(zhCN).toHaveProperty([key]);
  }
});

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
