/**
 * Revenue movements as a person uses them: the bridge on the CDNOW sample with its definitions on
 * screen and in every export (read back: start + movements = end), another period, the movement
 * column in the customer table's export, the partial-churn definition from the alerts, Chinese
 * words, and an open last month of Online Retail that is not read as churn.
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

const csvLines = (csv: Buffer) => csv.toString('utf8').slice(1).split('\r\n');

test('CDNOW: the bridge, its definitions on screen and in the exports, another period and the customer column', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'revenue-movements');
    const lead = cell.getByTestId('revenue-lead');
    await lead.waitFor({ timeout: 30_000 });
    expect(await lead.innerText()).toMatch(
      /^From 1997-02 to 1998-06 \(17 periods\), gross revenue retention was [\d.]+% and net [\d.]+% per month/,
    );
    expect(await cell.getByTestId('revenue-definitions').innerText()).toContain(
      'Start + new + expansion − contraction − churned + reactivated = end',
    );
    // CDNOW runs to 1998-06-30: every month is over, none is left open.
    expect(await cell.getByTestId('revenue-open-period').count()).toBe(0);

    const bridge = cell.getByTestId('revenue-bridge-chart');
    const lines = csvLines(await downloaded(page, bridge.getByTestId('chart-csv')));
    expect(lines[0]).toBe('Movement,Revenue,Customers');
    const amounts = lines.slice(1, 8).map((l) => Number(l.split(',')[1]));
    expect(lines.slice(1, 8).map((l) => l.split(',')[0])).toEqual([
      'Revenue at start',
      'New',
      'Expansion',
      'Reactivated',
      'Contraction',
      'Churned',
      'Revenue at end',
    ]);
    // Read back: start + the signed movements = end, to the cent the file keeps.
    const moved = amounts.slice(0, 6).reduce((a, b) => a + b, 0);
    expect(Math.abs(moved - amounts[6])).toBeLessThanOrEqual(0.01);
    expect(lines.some((l) => l.startsWith('"Ratios: GRR = (start − contraction − churned) ÷ start'))).toBe(true);

    const wb = new ExcelJS.Workbook();
    const movements = cell.getByTestId('revenue-movements-chart');
    await wb.xlsx.load(new Uint8Array(await downloaded(page, movements.getByTestId('chart-xlsx'))).buffer);
    const data = wb.worksheets[0];
    expect(data.rowCount).toBe(1 + 17);
    expect(data.getRow(2).getCell(1).value).toBe('1997-02');
    const about = wb.worksheets[1].getColumn(1).values.filter(Boolean);
    expect(about).toEqual(expect.arrayContaining(['Revenue', 'Movements', 'Ratios', 'Periods']));

    await cell.getByTestId('revenue-period').selectOption('quarter');
    await expect
      .poll(() => cell.getByTestId('revenue-bridge-period').inputValue(), { timeout: 30_000 })
      .toBe('1998-Q2');
    const quarters = await cell.getByTestId('revenue-bridge-period').locator('option').allInnerTexts();
    expect(quarters).toEqual(['1997-Q2', '1997-Q3', '1997-Q4', '1998-Q1', '1998-Q2']);
    await cell.getByTestId('revenue-bridge-period').selectOption('1997-Q3');
    await expect
      .poll(() => bridge.getByTestId('chart-summary').textContent())
      .toMatch(/^In 1997-Q3, revenue went from/);

    const customers = csvLines(await downloaded(page, page.getByTestId('export-customers')));
    const header = customers[0].split(',');
    const column = header.indexOf('Revenue movement (bridge period)');
    expect(column).toBeGreaterThan(0);
    const worded = new Set(customers.slice(1, 2358).map((l) => l.split(',')[column]));
    expect(
      [...worded].every((w) =>
        ['new', 'expansion', 'contraction', 'churned', 'reactivated', 'unchanged', 'no revenue'].includes(w),
      ),
    ).toBe(true);
    expect(worded.has('reactivated')).toBe(true);
  });
}, 120_000);

test('the alerts make the partial-churn definition in one click; the cell speaks Chinese', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'revenue-movements');
    const alerts = cell.getByTestId('revenue-alerts');
    await alerts.getByTestId('alert-months').fill('2');
    await alerts.getByTestId('alert-drop').fill('50');
    await alerts.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(() => alerts.innerText(), { timeout: 30_000 })
      .toMatch(/Revenue 1998-05 to 1998-06 against 1998-03 to 1998-04/);
    await alerts.getByTestId('alert-use-definition').click();
    await expect.poll(() => alerts.innerText(), { timeout: 60_000 }).toContain('This is the churn definition in use.');

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect
      .poll(() => cell.getByTestId('revenue-lead').innerText())
      .toMatch(/^1997-02 至 1998-06（共 17 个周期），每月总收入留存率为/);
    expect(await cell.getByTestId('revenue-definitions').innerText()).toContain(
      '期初 + 新增 + 扩增 − 缩减 − 流失 + 回流 = 期末',
    );
    const lines = csvLines(await downloaded(page, cell.getByTestId('revenue-bridge-chart').getByTestId('chart-csv')));
    expect(lines[0]).toBe('变动类型,收入,客户数');
    expect(lines[1].startsWith('期初收入,')).toBe(true);
  });
}, 120_000);

test('Online Retail October to December 2011: December is not over, so it is left open, not read as churn', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    const monthly = resolve('..', 'shared', 'data', 'online-retail', 'monthly');
    await page.setInputFiles(
      '[data-testid=open-file]',
      ['2011-10', '2011-11', '2011-12'].map((m) => resolve(monthly, `online_retail_${m}.csv`)),
    );
    await page.getByTestId('churn-rate').waitFor({ timeout: 90_000 });
    const cell = await addCell(page, 'revenue-movements');
    const open = cell.getByTestId('revenue-open-period');
    await open.waitFor({ timeout: 30_000 });
    expect(await open.innerText()).toBe(
      '2011-12 is not over in the data (it runs to Dec 9, 2011): it is not a row, so customers who have not bought in it yet do not read as churned.',
    );
    expect(await cell.getByTestId('revenue-bridge-period').locator('option').allInnerTexts()).toEqual(['2011-11']);
  });
}, 180_000);
