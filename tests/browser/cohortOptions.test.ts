/** Cohorts from a snapshot's sign-up dates, and cohorts formed by an attribute. */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

async function addTriangle(page: Page) {
  await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
  await page.getByTestId('workbook-kind').selectOption('retention-triangle');
  await page.getByTestId('workbook-add').click();
  return page.getByTestId('cell-retention-triangle').last();
}

test('a subscription snapshot with sign-up and end dates gets a retention triangle, with the counting rule stated', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', resolve('tests', 'fixtures', 'contracts-signup.csv'));
    await page.locator('[data-testid=dataset-summary][data-rows="40"]').waitFor({ state: 'attached', timeout: 60_000 });
    const cell = await addTriangle(page);
    await cell.getByTestId('triangle-snapshot-note').waitFor({ timeout: 30_000 });
    const table = cell.getByTestId('triangle-heatmap').getByTestId('chart-table');
    await expect.poll(async () => (await table.count()) > 0 || (await cell.innerText()).includes('2024-01')).toBe(true);
    expect(await cell.innerText()).toContain('2024-01');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('cohorts can be formed by an attribute instead of the first purchase', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    await page.goto(`${baseUrl}?sample=cdnow`);
    const cell = await addTriangle(page);
    await cell.getByTestId('triangle-cohort-by').selectOption('column_4');
    // The number of CDs differs between a customer's purchases: it needs a rule. Cohorts are then
    // each customer's usual number of CDs, in quantile bins, not the first-purchase months.
    await cell.getByTestId('triangle-cohort-by-rule').selectOption('most-frequent');
    await expect
      .poll(() => cell.getByTestId('triangle-heatmap').getByTestId('chart-summary').textContent(), { timeout: 30_000 })
      // Whole numbers of CDs: a bin names the numbers it holds ("1", "3–40").
      .toMatch(/cohorts from \d+(–\d+)? to \d+–\d+/);
    expect(await cell.getByTestId('triangle-binned').innerText()).toContain(
      'column_4 (most frequent value per customer)',
    );
    // Each cell counts the customers whose own period k is over, so the cells are complete, not all partial.
    const heatmap = cell.getByTestId('triangle-heatmap');
    await heatmap.getByRole('button', { name: 'Show table' }).click();
    const table = await heatmap.getByTestId('chart-table').innerText();
    expect(table).toContain('Customers whose period k is over');
    expect(table).toMatch(/\t1\t[\d,]+\t[\d.]+%.*complete/);
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
