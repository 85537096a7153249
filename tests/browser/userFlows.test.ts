/**
 * What a person does with the built app: open a sample or a file, read what was detected,
 * answer the questions the app asks, map columns, switch language, and recover from a bad file.
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { chromiumForFile, type RecordedPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const fixturesUrl = inject('fixturesUrl');
const shared = (...p: string[]) => resolve('..', 'shared', 'data', ...p);
const fixture = (...p: string[]) => resolve('tests', 'fixtures', ...p);

const chromium = chromiumForFile();

async function withPage(run: (page: Page, recorded: RecordedPage) => Promise<void>) {
  const recorded = await chromium.newPage();
  try {
    await run(recorded.page, recorded);
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
}

const summary = (page: Page) => page.locator('[data-testid=dataset-summary]');

async function waitForRows(page: Page, rows: number) {
  await page
    .locator(`[data-testid=dataset-summary][data-rows="${rows}"]`)
    .waitFor({ state: 'attached', timeout: 60_000 });
}

test('the Telco sample opens as a customer snapshot with suggested roles', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.getByTestId('sample-telco').click();
    await waitForRows(page, 7043);
    await expect.poll(() => summary(page).getAttribute('data-shape')).toBe('customers');
    expect(await summary(page).getAttribute('data-columns')).toBe('21');
    expect(await page.getByTestId('role-customerID').inputValue()).toBe('customer_id');
    expect(await page.getByTestId('role-Churn').inputValue()).toBe('churn_flag');
    expect(await page.getByTestId('role-tenure').inputValue()).toBe('tenure');
    await page.getByTestId('role-gender').selectOption('ignore');
    expect(await page.getByTestId('role-gender').inputValue()).toBe('ignore');
    await expect.poll(() => page.getByTestId('preview').innerText()).toContain('7590-VHVEG');
    await expect.poll(() => page.getByTestId('quality').innerText()).toContain('TotalCharges');
  });
});

test('?sample=cdnow opens the headerless, whitespace-separated CDNOW log as transactions', async () => {
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?sample=cdnow`);
    await waitForRows(page, 6919);
    expect(await summary(page).getAttribute('data-shape')).toBe('transactions');
    expect(await page.getByTestId('role-column_1').inputValue()).toBe('customer_id');
    expect(await page.getByTestId('role-column_3').inputValue()).toBe('date');
    await expect.poll(() => page.getByTestId('preview').innerText()).toContain('00004');
  });
});

test('a GBK export is read as GB18030 and the interface switches to Chinese at once', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', fixture('gbk-orders.csv'));
    await waitForRows(page, 60);
    expect(await summary(page).innerText()).toMatch(/GB18030/i);
    expect(await page.getByTestId('role-客户编号').inputValue()).toBe('customer_id');
    expect(await page.getByTestId('role-交易日期').inputValue()).toBe('date');
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await expect.poll(() => page.locator('main').innerText()).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(await page.locator('main').innerText()).not.toContain('Open files');
  });
});

test('ambiguous DD/MM dates are asked about, and the answer turns the column into dates', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', fixture('ambiguous-dates.csv'));
    await waitForRows(page, 4);
    const quality = page.getByTestId('quality');
    await expect.poll(() => quality.innerText()).toContain('03/04/2024');
    await quality.getByRole('button', { name: /DD\/MM\/YYYY/ }).click();
    await expect.poll(() => page.getByTestId('role-order_date').inputValue()).toBe('date');
    await expect.poll(() => page.getByTestId('preview').innerText()).toMatch(/2024/);
  });
});

test('a bad file shows a clear error naming it, and the data already open stays loaded', async () => {
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?sample=telco`);
    await waitForRows(page, 7043);
    await page.setInputFiles('[data-testid=open-file]', fixture('bad', 'image-renamed.csv'));
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toContain('image-renamed.csv');
    expect(await summary(page).getAttribute('data-rows')).toBe('7043');
  });
});

test('two monthly exports opened together are appended', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', [
      shared('online-retail', 'monthly', 'online_retail_2010-12.csv'),
      shared('online-retail', 'monthly', 'online_retail_2011-01.csv'),
    ]);
    // 42,481 + 35,147 invoice lines (the two files' own row counts).
    await waitForRows(page, 42481 + 35147);
    expect(await summary(page).getAttribute('data-shape')).toBe('transactions');
    // The dataset's name counts the other files in the reader's language.
    expect(await page.locator('.dataset-name').innerText()).toBe('online_retail_2010-12.csv + 1 more');
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect
      .poll(() => page.locator('.dataset-name').innerText())
      .toBe('online_retail_2010-12.csv 及另外 1 个文件');
  });
});

test('a file on the same origin opens from its URL; another origin is refused before any request', async () => {
  await withPage(async (page, recorded) => {
    await page.goto(baseUrl);
    const url = page.getByRole('textbox', { name: /URL/i });
    await url.fill(`${fixturesUrl}utf8bom-snapshot-semicolon.csv`);
    await url.press('Enter');
    await waitForRows(page, 40);
    expect(await summary(page).getAttribute('data-shape')).toBe('customers');
    await url.fill('https://example.com/data.csv');
    // Enter submits only while the form's button is enabled (not while a file is loading).
    const openUrl = page.getByRole('button', { name: 'Open URL' });
    await expect.poll(() => openUrl.isEnabled(), { timeout: 30_000 }).toBe(true);
    await url.press('Enter');
    await page.getByTestId('error').waitFor({ timeout: 10_000 });
    expect(recorded.offOrigin(new URL(baseUrl).origin)).toEqual([]);
  });
});

test('keyboard: a skip link leads to the workbook, a loaded sample takes the focus to the dataset, a new cell takes it', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.keyboard.press('Tab');
    const skip = page.getByTestId('skip-to-workbook');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('workbook');
    await page.getByTestId('sample-cdnow').click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 30_000 })
      .toBe('dataset-summary');
    await page.getByTestId('workbook-kind').selectOption('survival');
    await page.getByTestId('workbook-add').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind'))).toBe('survival');
  });
});
