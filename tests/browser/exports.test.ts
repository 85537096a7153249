/**
 * Exports a person hands on: a chart's table as CSV (BOM, the stamp after the table) and as xlsx
 * (typed cells, a sheet stating the definition), the survival curve, and a PNG of the chart with
 * its title, legend and stamp. Set EXPORT_PNG_DIR to keep the PNGs for a look.
 */
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile((await download.path())!);
}

async function keepPng(png: Buffer, name: string, page: Page, button: Locator) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const dir = process.env.EXPORT_PNG_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  await copyFile((await download.path())!, join(dir, name));
}

test('Telco churn by Contract: the CSV has a BOM and the stamp after the table; the xlsx has typed cells and a stamp sheet', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'churn-by-attribute');
    await cell.getByTestId('attribute-column').selectOption('Contract');
    const chart = cell.getByTestId('attribute-chart');
    await expect.poll(() => chart.getByTestId('chart-summary').textContent()).toMatch(/Month-to-month/);

    const csv = await downloaded(page, chart.getByTestId('chart-csv'));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).split('\r\n');
    expect(lines[0].startsWith('#')).toBe(false);
    const month = lines.find((l) => l.startsWith('Month-to-month'))!;
    // ../shared/data/README.md: 1,655 of 3,875 month-to-month customers churned (42.71 %).
    expect(month).toMatch(/^Month-to-month,3875,1655,0\.427097/);
    const blank = lines.indexOf('');
    expect(lines.slice(blank + 1, blank + 3)).toEqual([
      '"Churn definition: churned = the churn flag is yes"',
      '"As of: not dated (the data has no dates)"',
    ]);
    expect(lines).toContain('"Data source: telco-customer-churn.csv"');

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await downloaded(page, chart.getByTestId('chart-xlsx'))).buffer);
    const data = wb.worksheets[0];
    const row = data.getRows(2, data.rowCount - 1)!.find((r) => r.getCell(1).value === 'Month-to-month')!;
    expect(row.getCell(2).value).toBe(3875);
    expect(row.getCell(3).value).toBe(1655);
    expect(row.getCell(4).value).toBeCloseTo(0.427097, 6);
    expect(row.getCell(4).numFmt).toBe('0.00%');
    const about = wb.worksheets[1];
    expect(about.getCell('A1').value).toBe('Churn definition');
    expect(about.getCell('B1').value).toBe('churned = the churn flag is yes');

    const png = await downloaded(page, chart.getByTestId('chart-png'));
    await keepPng(png, 'attribute-en.png', page, chart.getByTestId('chart-png'));
  });
});

test('Telco survival by Contract: the CSV holds every step of each curve; the PNG in Chinese', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'survival');
    await cell.getByTestId('survival-group').selectOption('Contract');
    const chart = cell.getByTestId('survival-chart');
    await expect.poll(() => cell.getByTestId('survival-logrank').textContent(), { timeout: 30_000 }).toBeTruthy();
    const lines = (await downloaded(page, chart.getByTestId('chart-csv'))).toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('Group,Time (months),Share still active,95 % CI low,95 % CI high,At risk,Churned,Censored');
    const month = lines.filter((l) => l.startsWith('Month-to-month,'));
    expect(month.length).toBeGreaterThan(50);
    const first = month[0].split(',');
    // Every one of the 3,875 month-to-month customers is at risk at the first time.
    expect(Number(first[5])).toBe(3875);
    await keepPng(
      await downloaded(page, chart.getByTestId('chart-png')),
      'survival-en.png',
      page,
      chart.getByTestId('chart-png'),
    );
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => chart.getByTestId('chart-csv').isVisible()).toBe(true);
    const zh = (await downloaded(page, chart.getByTestId('chart-csv'))).toString('utf8').slice(1).split('\r\n');
    expect(zh[0]).toMatch(/^分组,/);
    expect(zh).toContain('"数据来源: telco-customer-churn.csv"');
    await keepPng(
      await downloaded(page, chart.getByTestId('chart-png')),
      'survival-zh.png',
      page,
      chart.getByTestId('chart-png'),
    );
  });
});
