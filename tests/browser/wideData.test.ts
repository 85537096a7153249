/**
 * Wide data and big workbooks keep the tab responsive (issue #13, point 3): a 6,000-column CSV
 * and a workbook of 20,000 cells, each generated here, are opened in the built app while a
 * PerformanceObserver records the main thread's long tasks; none may pass 200 ms. On a busy
 * machine every task stretches (opening the 4-column CDNOW sample alone measured 260–360 ms at
 * a load average of 8 on 2 cores), so the bound is 200 ms or 1.5 × the longest task of a narrow
 * peer opened the same way in the same run, whichever is larger — as the benchmarks compare
 * against a peer measured in the same run.
 */
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();
const app = appSession(chromium, baseUrl);

const LONG_TASK_LIMIT_MS = 200;
const PEER_FACTOR = 1.5;

/** The bound for the input's longest task, given the narrow peer's longest task. */
const boundFor = (peer: number) => Math.max(LONG_TASK_LIMIT_MS, Math.round(PEER_FACTOR * peer));

/** Starts recording long tasks (before the page's own scripts run). */
async function recordLongTasks(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
}

const longTasks = (page: Page) => page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice());
const clearLongTasks = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { longTasks: number[] }).longTasks = [];
  });

/** A snapshot of 30 customers: an id and 5,999 small integer columns f1…f5999. */
function wideCsv(columns: number, rows: number): string {
  const lines = [['customer_id', ...Array.from({ length: columns - 1 }, (_, i) => `f${i + 1}`)].join(',')];
  for (let r = 0; r < rows; r++)
    lines.push([`C${r + 1}`, ...Array.from({ length: columns - 1 }, (_, i) => (r * 7 + i) % 10)].join(','));
  return lines.join('\n') + '\n';
}

test('a 6,000-column CSV opens with no main-thread task over 200 ms; roles, report and preview stay small', async () => {
  const path = join(tmpdir(), `wide-6000-${process.pid}.csv`);
  const narrow = join(tmpdir(), `narrow-30-${process.pid}.csv`);
  await writeFile(path, wideCsv(6000, 30));
  await writeFile(narrow, wideCsv(30, 30));
  try {
    let peer = 0;
    await app.withPage(async (page) => {
      await recordLongTasks(page);
      await page.goto(baseUrl);
      await page.getByTestId('open-file').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      await clearLongTasks(page);
      await page.setInputFiles('[data-testid=open-file]', narrow);
      await page
        .locator('[data-testid=dataset-summary][data-columns="30"]')
        .waitFor({ state: 'attached', timeout: 90_000 });
      await page.waitForTimeout(2000);
      peer = Math.max(0, ...(await longTasks(page)));
    });
    await app.withPage(async (page) => {
      await recordLongTasks(page);
      await page.goto(baseUrl);
      await page.getByTestId('open-file').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      await clearLongTasks(page);
      await page.setInputFiles('[data-testid=open-file]', path);
      await page
        .locator('[data-testid=dataset-summary][data-columns="6000"]')
        .waitFor({ state: 'attached', timeout: 90_000 });
      await page.getByTestId('role-filter').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(2000);
      const tasks = await longTasks(page);
      console.log(`6,000 columns: long tasks ${tasks.join(', ')} ms; 30-column peer ${peer} ms`);
      expect(Math.max(0, ...tasks), `long tasks: ${tasks.join(', ')} ms (peer ${peer})`).toBeLessThanOrEqual(
        boundFor(peer),
      );

      // The role panel draws the rows in view, not 6,000 pairs of selects; the filter finds any column.
      const drawn = await page
        .locator('[data-testid^=role-]')
        .filter({ has: page.locator('option') })
        .count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(60);
      expect(await page.getByTestId('role-filter-count').innerText()).toBe('6,000 of 6,000 columns');
      await page.getByTestId('role-filter').fill('f5999');
      await expect.poll(() => page.getByTestId('role-filter-count').innerText()).toBe('1 of 6,000 columns');
      await page.getByTestId('role-f5999').selectOption('attribute');
      // The preview draws only the columns in view of its first 200.
      expect(await page.getByTestId('preview').innerText()).toMatch(/Showing the first 200 of 6,000 columns/);
      expect(await page.locator('.preview-table thead th[scope=col]').count()).toBeLessThan(30);
      expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(5000);
    });
  } finally {
    await rm(path, { force: true });
    await rm(narrow, { force: true });
  }
});

test('a workbook of 20,000 cells opens with no main-thread task over 200 ms, 50 cells drawn and "Show more"', async () => {
  const saved = join(tmpdir(), `churnscope-20000-${process.pid}.churnscope.json`);
  try {
    await app.withPage(async (page) => {
      await recordLongTasks(page);
      await app.openSample(page, 'cdnow');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
      await download.saveAs(saved);
      const json = JSON.parse(await readFile(saved, 'utf8'));
      // The peer: the same workbook with one note, opened the same way.
      json.cells = [{ id: 'cell-1', kind: 'note', title: 'One', note: '', settings: {}, collapsed: false }];
      await writeFile(saved, JSON.stringify(json));
      await page.goto(baseUrl);
      await page.getByTestId('workbook-open').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      await clearLongTasks(page);
      await page.setInputFiles('[data-testid=workbook-open]', saved);
      await page.getByTestId('cell-note').waitFor({ timeout: 90_000 });
      await page.waitForTimeout(2000);
      const peer = Math.max(0, ...(await longTasks(page)));

      json.cells = Array.from({ length: 20_000 }, (_, i) => ({
        id: `cell-${i + 1}`,
        kind: 'note',
        title: `Note ${i + 1}`,
        note: 'Churn rose after the price change.',
        settings: {},
        collapsed: false,
      }));
      await writeFile(saved, JSON.stringify(json));

      await page.goto(baseUrl);
      await page.getByTestId('workbook-open').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      await clearLongTasks(page);
      await page.setInputFiles('[data-testid=workbook-open]', saved);
      // Made on the sample: the sample opens by itself, then the cells are applied.
      await page.getByTestId('workbook-more').waitFor({ timeout: 90_000 });
      await page.waitForTimeout(2000);
      const tasks = await longTasks(page);
      console.log(`20,000 cells: long tasks ${tasks.join(', ')} ms; one-cell peer ${peer} ms`);
      expect(Math.max(0, ...tasks), `long tasks: ${tasks.join(', ')} ms (peer ${peer})`).toBeLessThanOrEqual(
        boundFor(peer),
      );
      expect(await page.getByTestId('cell-note').count()).toBe(50);
      expect(await page.getByTestId('workbook-more').innerText()).toMatch(
        /Showing 50 of 20,000 cells\.\s*Show 50 more/,
      );
      await page.getByTestId('workbook-more').getByRole('button').click();
      await expect.poll(() => page.getByTestId('cell-note').count()).toBe(100);
    });
  } finally {
    await rm(saved, { force: true });
  }
});

test('a damaged workbook is refused naming the field, in English and in Chinese', async () => {
  const path = join(tmpdir(), `churnscope-bad-${process.pid}.churnscope.json`);
  const sha = 'ab'.repeat(32);
  const workbook = {
    version: 1,
    source: [{ name: 'orders.csv', size: 10, sha256: sha, options: { encoding: 'latin-9' } }],
    roles: {},
    cells: [],
  };
  await writeFile(path, JSON.stringify(workbook));
  try {
    for (const [lang, words] of [
      [
        'en',
        /the field source\[1\]\.options\.encoding is "latin-9"; it must be one of: utf-8, gb18030, big5, shift_jis, windows-1252, utf-16le, utf-16be\./,
      ],
      [
        'zh-CN',
        /字段 source\[1\]\.options\.encoding 的值为 "latin-9"，必须是以下之一：utf-8, gb18030, big5, shift_jis, windows-1252, utf-16le, utf-16be。/,
      ],
    ] as const) {
      await app.withPage(async (page) => {
        await page.goto(`${baseUrl}?lang=${lang}`);
        await page.setInputFiles('[data-testid=workbook-open]', path);
        const error = page.getByTestId('error');
        await error.waitFor({ timeout: 30_000 });
        expect(await error.innerText()).toMatch(words);
      });
    }
  } finally {
    await rm(path, { force: true });
  }
});
