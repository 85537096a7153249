/**
 * A lesson's cell titles follow the language: opened in Chinese, its cells are titled in Chinese;
 * after a switch to English the titles never edited are English, and a title the user typed stays.
 */
import { afterEach, expect, test } from 'vitest';
import { generate } from '../../src/core/synthetic/generate.ts';
import type { GenerateRequest, TeachingData } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { en } from '../../src/i18n/en/index.ts';
import { zhCN } from '../../src/i18n/zh-CN/index.ts';
import { i18n } from '../../src/i18n/i18n.svelte.ts';
import { lessonById } from '../../src/lessons/registry.ts';
import { followLanguage } from '../../src/state/cellTitles.ts';
import type { DatasetEngine } from '../../src/state/datasetEngine.ts';
import { LessonState } from '../../src/state/lesson.svelte.ts';
import { Session } from '../../src/state/session.svelte.ts';
import { Workbook } from '../../src/state/workbook.svelte.ts';

afterEach(() => i18n.setLocale('en'));

async function generateHere(request: GenerateRequest): Promise<TeachingData> {
  const parts: string[] = [];
  const outcome = generate(request, (c) => parts.push(c));
  if (!outcome.ok) return outcome;
  const file = new File(parts, 'lesson.csv', { type: 'text/csv' });
  return { ok: true, file, truth: outcome.truth, customers: request.customers, rows: outcome.counts.rows };
}

test('a lesson opened in Chinese: unedited titles follow a switch to English, an edited one stays', async () => {
  i18n.setLocale('zh-CN');
  const workbook = new Workbook();
  const session = new Session(createEngine() as unknown as DatasetEngine);
  expect(await new LessonState().open(lessonById('tiers')!, { session, workbook, generate: generateHere })).toEqual({
    ok: true,
  });
  const keys = ['lesson-tiers.cell1.title', 'lesson-tiers.cell2.title'] as const;
  expect(workbook.cells.map((c) => c.titleKey)).toEqual(keys);
  expect(workbook.cells.map((c) => c.title)).toEqual(keys.map((k) => zhCN[k]));
  // The catalogs word them differently, or following could not be seen.
  expect(keys.every((k) => zhCN[k] !== en[k])).toBe(true);

  // Saved and read again, the key goes along.
  const read = Workbook.fromJSON(workbook.toText());
  expect(read.ok && read.value.cells.map((c) => c.titleKey)).toEqual(keys);

  i18n.setLocale('en');
  expect(followLanguage(workbook.cells, 'en', i18n.wordsIn)).toBe(2);
  expect(workbook.cells.map((c) => c.title)).toEqual(keys.map((k) => en[k]));

  workbook.cells[1].title = 'Churn by plan, our wording';
  i18n.setLocale('zh-CN');
  expect(followLanguage(workbook.cells, 'zh-CN', i18n.wordsIn)).toBe(1);
  expect(workbook.cells.map((c) => c.title)).toEqual([zhCN[keys[0]], 'Churn by plan, our wording']);
});

test('titles without a key, or with a key that is not the app’s, are left alone', () => {
  const workbook = new Workbook();
  const a = workbook.addCell('note', {});
  a.title = 'Mine';
  const b = workbook.addCell('note', {});
  b.title = 'x';
  b.titleKey = 'not.a.key';
  expect(followLanguage(workbook.cells, 'zh-CN', i18n.wordsIn)).toBe(0);
  expect(workbook.cells.map((c) => c.title)).toEqual(['Mine', 'x']);
});
