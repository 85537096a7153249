/**
 * An engine worker that stops by itself, in the built app. The worker is ended from inside, as
 * running out of memory or a crash ends it (`close()` evaluated in the worker: no test hook in
 * the app), while it reads a large log with Telco open: the load is answered with the specific
 * 'engine-stopped' message (what happened, that Telco is kept, what to do) in English and in
 * Chinese, a fresh worker re-opens Telco, which still answers (1,869 of 7,043 customers churned,
 * ../shared/data/README.md), and a fresh load works. An error the worker does not handle
 * ends it the same way, here with no call waiting: Telco is re-opened and nothing is lost.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';
import { writeLogCsv } from '../fixtures/hostile/cancel/generate.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample } = appSession(chromiumForFile(), baseUrl);
const dir = mkdtempSync(join(tmpdir(), 'churnscope-stopped-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let log = '';
beforeAll(() => {
  // ~14 MB: about a second of reading and scanning, long enough to end the worker during it.
  log = writeLogCsv(join(dir, 'big-log.csv'), 500_000);
});

function engineWorker(page: Page): Worker {
  const worker = page.workers().find((w) => w.url().includes('engine.worker'));
  if (!worker) throw new Error('no engine worker');
  return worker;
}

async function telcoBack(page: Page) {
  await page.getByTestId('restoring').waitFor({ state: 'detached', timeout: 60_000 });
  expect(await page.getByTestId('dataset-summary').getAttribute('data-rows')).toBe('7043');
  // ../shared/data/README.md: 1,869 of 7,043 customers churned.
  await expect
    .poll(() => page.getByTestId('churn-rate').getAttribute('data-value'), { timeout: 60_000 })
    .toMatch(/^0\.265/);
  expect(await page.getByTestId('open-file').isEnabled()).toBe(true);
}

test('a worker that ends itself while reading a file: the load says so, Telco is kept and re-opened, a fresh load works', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const telcoId = await page.getByTestId('dataset-summary').getAttribute('data-id');
    const dying = engineWorker(page);
    await page.setInputFiles('[data-testid=open-file]', log);
    await page.getByTestId('progress').waitFor({ timeout: 30_000 });
    // As out of memory ends it: the worker is gone, no answer ever comes.
    void dying.evaluate(() => (self as unknown as { close(): void }).close()).catch(() => undefined);

    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.locator('[data-issue-code]').first().getAttribute('data-issue-code')).toBe('engine-stopped');
    expect(await error.innerText()).toMatch(
      /The engine stopped while it worked on this .*The data you had open before is kept.*too large for this browser’s memory/s,
    );
    await telcoBack(page);
    // The app's id of Telco is the one it had: the fresh worker's own id is translated.
    expect(await page.getByTestId('dataset-summary').getAttribute('data-id')).toBe(telcoId);
    expect(engineWorker(page)).not.toBe(dying);

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect
      .poll(() => error.innerText())
      .toMatch(/引擎在处理时停止了.*之前打开的数据会保留.*超出了此浏览器可用的内存/s);
    await page.getByTestId('locale').selectOption('en');

    const small = resolve('tests/fixtures/contracts-signup.csv');
    await page.setInputFiles('[data-testid=open-file]', small);
    await expect
      .poll(() => page.getByTestId('dataset-summary').getAttribute('data-id'), { timeout: 30_000 })
      .not.toBe(telcoId);
    expect(await page.getByTestId('error').count()).toBe(0);
  });
});

test('a worker that fails with an error nothing catches is replaced, and Telco re-opened', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const failing = engineWorker(page);
    void failing.evaluate(() => {
      setTimeout(() => {
        throw new Error('simulated failure');
      });
    });
    await expect.poll(() => engineWorker(page) !== failing, { timeout: 30_000 }).toBe(true);
    await telcoBack(page);
    expect(await page.getByTestId('error').count()).toBe(0);
  });
});
