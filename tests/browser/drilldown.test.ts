/**
 * Customers behind every number, as a person uses them on Telco: click a KPI, a bar, a row of a
 * chart's table; sort, page and export the customers; filter the whole workbook to them and see
 * every number follow. Counts are the published ones (../shared/data/README.md).
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

const value = async (page: Page, testid: string) => Number(await page.getByTestId(testid).getAttribute('data-value'));

async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile((await download.path())!);
}

test('Telco: the churned KPI lists its 1,869 customers, sorted and paged, and the export holds them with the stamp', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    await page.getByTestId('churned').click();
    const panel = page.getByTestId('drilldown');
    await expect.poll(() => value(page, 'drilldown-count')).toBe(1869);
    expect(await panel.locator('h2').innerText()).toBe('Customers: Churned customers');
    expect(await page.getByTestId('drilldown-rows').innerText()).toBe('Rows 1–100 of 1,869');
    await panel.getByRole('button', { name: 'MonthlyCharges' }).click();
    await panel.getByRole('button', { name: 'MonthlyCharges ▲' }).click();
    await expect.poll(() => panel.getByRole('button', { name: 'MonthlyCharges ▼' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Next' }).click();
    await expect.poll(() => page.getByTestId('drilldown-rows').innerText()).toBe('Rows 101–200 of 1,869');
    const csv = (await downloaded(page, page.getByTestId('drilldown-csv'))).toString('utf8');
    const lines = csv.slice(1).split('\r\n');
    const rows = lines.filter((l) => /^\d{4}-[A-Z]{5},/.test(l));
    expect(rows).toHaveLength(1869);
    const charges = lines[0].split(',').indexOf('MonthlyCharges');
    const column = rows.map((r) => Number(r.split(',')[charges]));
    // Sorted as shown: the highest monthly charge first (118.35, the largest among Telco's churners: pandas max).
    expect(column[0]).toBe(118.35);
    for (let i = 1; i < column.length; i++) expect(column[i]).toBeLessThanOrEqual(column[i - 1]);
    expect(csv).toContain('"Customers: Churned customers"');
    expect(csv).toContain('churned = the churn flag is yes');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(new Uint8Array(await downloaded(page, page.getByTestId('drilldown-xlsx'))).buffer);
    expect(book.worksheets[0].rowCount).toBe(1870);
  });
});

test('Telco: a Contract bar lists its 3,875 customers; filtering to them moves every number and says so, in both languages', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'churn-by-attribute');
    await cell.getByTestId('attribute-column').selectOption('Contract');
    const chart = cell.getByTestId('attribute-chart');
    await chart.locator('[data-pick]').first().waitFor();
    // Highest churn first: the first bar is Month-to-month (README: 3,875 customers, 1,655 churned).
    await chart.locator('[data-pick]').first().click();
    await expect.poll(() => value(page, 'drilldown-count')).toBe(3875);
    expect(await page.getByTestId('drilldown').locator('h2').innerText()).toBe('Customers: Contract: Month-to-month');
    await page.getByTestId('drilldown-filter').click();
    await expect.poll(() => value(page, 'customers')).toBe(3875);
    expect(await value(page, 'churned')).toBe(1655);
    expect(await value(page, 'filter-kept')).toBe(3875);
    expect(await page.getByTestId('kpis-filtered').innerText()).toBe('Filtered: Contract: Month-to-month');
    await expect.poll(() => chart.getByTestId('chart-filtered').innerText()).toBe('Filtered: Contract: Month-to-month');
    const csv = (await downloaded(page, chart.getByTestId('chart-csv'))).toString('utf8');
    expect(csv).toContain('"Filter: Contract: Month-to-month"');
    // The keyboard's way in: the chart's table lists the customers of a row.
    await chart.getByRole('button', { name: 'Show table' }).click();
    await chart.getByTestId('chart-table').getByRole('button', { name: 'List customers' }).first().click();
    await expect.poll(() => value(page, 'drilldown-count')).toBe(3875);
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect
      .poll(() => page.getByTestId('drilldown').locator('h2').innerText())
      .toBe('客户：Contract：Month-to-month');
    expect(await page.getByTestId('drilldown').innerText()).toContain('已筛选：Contract：Month-to-month');
    await page.getByTestId('drilldown-close').click();
    await page.getByTestId('filter-clear').click();
    await expect.poll(() => value(page, 'customers')).toBe(7043);
    await expect.poll(() => chart.getByTestId('chart-filtered').count()).toBe(0);
  });
});
