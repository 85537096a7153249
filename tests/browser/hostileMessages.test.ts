/**
 * The hostile-messages corpus in the built app: columns named like inherited properties load
 * and take roles; the engine's specific reason (a JSON syntax error's line and column, an
 * .xlsx date cell no calendar has) is what the user reads, in English and in Chinese, with the
 * data already open kept.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();
const hostile = (name: string) => resolve('tests', 'fixtures', 'hostile', 'messages', name);
const summary = (page: Page) => page.locator('[data-testid=dataset-summary]');

async function withPage(run: (page: Page) => Promise<void>) {
  const recorded = await chromium.newPage();
  try {
    await run(recorded.page);
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
}

test('a file whose columns are __proto__, constructor, toString and hasOwnProperty loads with roles', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', hostile('proto-columns.csv'));
    await expect.poll(() => summary(page).getAttribute('data-rows'), { timeout: 60_000 }).toBe('4');
    expect(await page.getByTestId('role-constructor').inputValue()).toBe('date');
    await page.getByTestId('role-__proto__').selectOption('customer_id');
    await page.getByTestId('role-toString').selectOption('amount');
    expect(await page.getByTestId('role-__proto__').inputValue()).toBe('customer_id');
    expect(await page.getByTestId('preview').innerText()).toContain('hasOwnProperty');
  });
});

test('a JSON syntax error shows its line and column, not "could not be read", in both languages', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', hostile('proto-columns.csv'));
    await expect.poll(() => summary(page).getAttribute('data-rows'), { timeout: 60_000 }).toBe('4');
    await page.setInputFiles('[data-testid=open-file]', hostile('json-syntax-error.json'));
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 30_000 });
    // make.ts: the missing comma is at line 3, character 18.
    expect(await error.innerText()).toContain('line 3, column 18');
    expect(await error.innerText()).not.toContain('could not be read');
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => error.innerText()).toContain('第 3 行第 18 列');
    expect(await summary(page).getAttribute('data-rows')).toBe('4');
  });
});

test('an xlsx date cell with an impossible serial is named by sheet and cell in the quality report', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', hostile('impossible-date-serial.xlsx'));
    await expect.poll(() => summary(page).getAttribute('data-rows'), { timeout: 60_000 }).toBe('10');
    const text = await page.locator('body').innerText();
    expect(text).toContain('B3, B5');
    expect(text).toContain('“Orders”');
    expect(text).not.toMatch(/Invalid time value|Maximum call stack/);
  });
});
