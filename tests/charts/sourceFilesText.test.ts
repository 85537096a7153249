/**
 * Online Retail as the UCI donor's thirteen monthly files: every chart listed all thirteen names
 * under itself on screen (three lines each). On screen the list is cut as the data header cuts it;
 * in exported files every name stays.
 */
import { afterEach, expect, test } from 'vitest';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { sourceFilesText } from '../../src/charts/sourceFilesText.ts';

afterEach(() => i18n.setLocale('en'));

const months = ['2010-12', ...Array.from({ length: 12 }, (_, k) => `2011-${String(k + 1).padStart(2, '0')}`)];
const files = months.map((m) => `online_retail_${m}.csv`);

test('thirteen files: the first and a count on screen, all of them in a file', () => {
  expect(sourceFilesText(files, false)).toBe('online_retail_2010-12.csv + 12 more');
  expect(sourceFilesText(files, true).split(', ')).toEqual(files);
  expect(sourceFilesText(files.slice(0, 3), false)).toBe(files.slice(0, 3).join(', '));
  i18n.setLocale('zh-CN');
  expect(sourceFilesText(files, false)).toMatch(/^online_retail_2010-12\.csv.*12/);
});
