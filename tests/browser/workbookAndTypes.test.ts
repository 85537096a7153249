/**
 * Saving a workbook (no data rows in it), reopening it against the right and the wrong data
 * file, and converting a column that almost fits a type.
 */
import { copyFile, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const telco = resolve('public', 'samples', 'telco-customer-churn.csv');
const cdnow = resolve('public', 'samples', 'cdnow-transactions.txt');

const chromium = chromiumForFile();

async function waitForRows(page: Page, rows: number) {
  await page
    .locator(`[data-testid=dataset-summary][data-rows="${rows}"]`)
    .waitFor({ state: 'attached', timeout: 60_000 });
}

test('a saved workbook holds roles, cells and the fingerprint but no data rows, and reopens only on the same file', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  // A client's file (the sample's bytes under another name): the workbook asks for it.
  const client = join(tmpdir(), `client-export-${process.pid}.csv`);
  await copyFile(telco, client);
  try {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', client);
    await waitForRows(page, 7043);
    await page.getByTestId('role-gender').selectOption('ignore');
    await page.getByRole('button', { name: 'Confirm roles' }).click();
    await page.getByTestId('workbook-add').click();
    await page
      .getByPlaceholder(/untitled/i)
      .first()
      .fill('Who churns first');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
    const saved = join(tmpdir(), `churnscope-${process.pid}.churnscope.json`);
    await download.saveAs(saved);
    const text = await readFile(saved, 'utf8');
    const json = JSON.parse(text);
    expect(json.version).toBe(1);
    expect(json.source[0].sha256.slice(0, 16)).toBe('88be4b93fbe0cc83');
    expect(json.roles.gender).toBe('ignore');
    expect(json.cells.map((c: { title: string }) => c.title)).toEqual(['Who churns first']);
    // No data: not one customer id from the file.
    expect(text).not.toContain('7590-VHVEG');

    await page.reload();
    await page.setInputFiles('[data-testid=workbook-open]', saved);
    // Two files for a one-file workbook: refused before anything is read, naming the stranger.
    await page.setInputFiles('[data-testid=workbook-data]', [client, cdnow]);
    const error = page.getByTestId('error');
    await error.waitFor({ timeout: 30_000 });
    expect(await error.innerText()).toMatch(
      /made with 1 file\(s\), but 2 were chosen\. Not part of it: cdnow-transactions\.txt\. Nothing was opened/,
    );
    expect(await page.getByTestId('dataset-summary').count()).toBe(0);

    await page.setInputFiles('[data-testid=workbook-data]', cdnow);
    await expect.poll(() => error.innerText(), { timeout: 30_000 }).toMatch(/88be4b93fbe0/);

    await page.setInputFiles('[data-testid=workbook-data]', client);
    await waitForRows(page, 7043);
    await expect.poll(() => page.getByTestId('role-gender').inputValue()).toBe('ignore');
    await expect
      .poll(() =>
        page
          .getByPlaceholder(/untitled/i)
          .first()
          .inputValue(),
      )
      .toBe('Who churns first');
    await rm(saved, { force: true });
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
    await rm(client, { force: true });
  }
});

test('a workbook made on a built-in sample reopens with the sample, its cells and its currency', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    await page.goto(`${baseUrl}?sample=cdnow`);
    await waitForRows(page, 6919);
    await page.getByTestId('workbook-currency').selectOption('GBP');
    await page.getByTestId('workbook-add').click();
    await page
      .getByPlaceholder(/untitled/i)
      .first()
      .fill('For the class');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
    const saved = join(tmpdir(), `churnscope-sample-${process.pid}.churnscope.json`);
    await download.saveAs(saved);
    expect(JSON.parse(await readFile(saved, 'utf8')).currency).toBe('GBP');

    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=workbook-open]', saved);
    await waitForRows(page, 6919);
    await expect
      .poll(() =>
        page
          .getByPlaceholder(/untitled/i)
          .first()
          .inputValue(),
      )
      .toBe('For the class');
    expect(await page.getByTestId('workbook-currency').inputValue()).toBe('GBP');
    expect(await page.getByTestId('workbook-data').count()).toBe(0);
    await rm(saved, { force: true });
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('a column that almost fits a number is kept as text, and "convert" makes it a number with the bad cell named', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', resolve('tests', 'fixtures', 'almost-numeric.csv'));
    await waitForRows(page, 40);
    const quality = page.getByTestId('quality');
    await expect.poll(() => quality.innerText()).toContain('twelve');
    expect(await quality.innerText()).toMatch(/looks like decimal/i);
    await quality.getByRole('button', { name: /Convert to/ }).click();
    await expect
      .poll(() => quality.innerText())
      .toMatch(/1 cells in “amount” are not decimal values and were left empty/i);
    expect(await quality.innerText()).not.toMatch(/looks like decimal/i);
    await expect.poll(() => page.getByTestId('preview').innerText()).toContain('370.54');
    // A role chosen but not yet confirmed survives a type change: the file is read again and
    // the role panel stays as it is. The keyboard focus comes back to the type just changed.
    await page.getByTestId('role-plan').selectOption('ignore');
    const planType = page.getByLabel('Type of plan');
    await planType.focus();
    await planType.selectOption('text');
    await expect.poll(() => planType.inputValue()).toBe('text');
    await expect.poll(() => planType.isEnabled()).toBe(true);
    expect(await page.getByTestId('role-plan').inputValue()).toBe('ignore');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Type of plan');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
