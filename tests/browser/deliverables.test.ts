/**
 * What a consultant hands on from the Chinese UI: the customer table (CSV headed in Chinese,
 * xlsx with typed cells) and the early-warning list as xlsx, with amounts in the currency set
 * for the workbook; and the preview showing yes/no as the file writes it.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
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

async function workbookOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

/** The CDNOW sample's customers and revenue, straight from the file (id in column 1, amount in column 4). */
async function cdnowTotals(): Promise<{ customers: number; revenue: number }> {
  const text = await readFile(resolve('public', 'samples', 'cdnow-transactions.txt'), 'utf8');
  const ids = new Set<string>();
  let revenue = 0;
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 5) continue;
    ids.add(f[0]);
    revenue += Number(f[4]);
  }
  return { customers: ids.size, revenue };
}

test('CDNOW in Chinese, amounts in USD: the customer table as CSV (Chinese headers) and xlsx (typed), the warnings as xlsx', async () => {
  const expected = await cdnowTotals();
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    await page.getByTestId('locale').selectOption('zh-CN');
    await page.getByTestId('workbook-currency').selectOption('USD');

    const csv = (await downloaded(page, page.getByTestId('export-customers'))).toString('utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFF客户编号,首次活动日期,最近活动日期,/);
    const header = lines[0].slice(1).split(',');
    const total = header.indexOf('总价值 (USD)');
    expect(total).toBeGreaterThan(0);
    const rows = lines.slice(1, lines.indexOf(''));
    expect(rows.length).toBe(expected.customers);
    const sum = rows.reduce((s, l) => s + Number(l.split(',')[total]), 0);
    expect(sum).toBeCloseTo(expected.revenue, 2);
    expect(lines).toContain('"货币: USD"');
    // The status is worded in the UI language too (CDNOW at 180 days has no at-risk band).
    const status = rows.map((l) => l.split(',')[header.indexOf('状态')]);
    expect(new Set(status).size).toBeGreaterThan(1);
    expect([...new Set(status)].sort()).toEqual(['已流失', '活跃']);

    const table = await workbookOf(await downloaded(page, page.getByTestId('export-customers-xlsx')));
    const sheet = table.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('客户编号');
    expect(sheet.rowCount).toBe(expected.customers + 1);
    expect(sheet.getCell('B2').value).toBeInstanceOf(Date);
    expect(typeof sheet.getRow(2).getCell(total + 1).value).toBe('number');

    const cell = await addCell(page, 'early-warnings');
    const rowsShown = cell.getByTestId('warnings').getByTestId('warning-row');
    await expect.poll(() => rowsShown.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await rowsShown.first().innerText()).toMatch(/\$\d/);
    const warnings = await workbookOf(await downloaded(page, cell.getByTestId('warnings-xlsx')));
    const list = warnings.worksheets[0];
    const heads = (list.getRow(1).values as unknown[]).map(String);
    const stake = heads.indexOf('涉及价值 (USD)');
    expect(stake).toBeGreaterThan(0);
    expect(list.rowCount - 1).toBe(Number(await cell.getByTestId('warning-count').getAttribute('data-value')));
    expect(typeof list.getRow(2).getCell(stake).value).toBe('number');
    const about = warnings.worksheets[1];
    expect(String(about.getCell('B1').value)).toMatch(/180/);
  });
});

test('the preview shows yes/no as the file writes it, in either language', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    await page.getByTestId('locale').selectOption('zh-CN');
    const preview = page.getByTestId('preview');
    await expect.poll(() => preview.locator('tbody tr').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    // Row 1 of the file: 7590-VHVEG, Female, SeniorCitizen 0, Partner Yes, Dependents No.
    const first = await preview.locator('tbody tr').filter({ hasText: '7590-VHVEG' }).first().innerText();
    const cells = first.split('\t').map((s) => s.trim());
    const at = cells.indexOf('7590-VHVEG');
    expect(cells.slice(at + 1, at + 5)).toEqual(['Female', '0', 'Yes', 'No']);
  });
});
