/**
 * RFM as a person uses it: R rfm's own orders file as of the README's date gives the published
 * segment sizes on screen, the segment table exports as CSV and xlsx (read back as a client
 * would, with exceljs) with the definition printed, the customer table export carries the
 * segment in words, a comparison date draws the migration, the eight classes show their
 * actions, and Chinese words the segments.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);
const ORDERS = resolve(__dirname, '../../../shared/data/rfm-r-package/rfm_data_orders.csv');

async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile((await download.path())!);
}

async function settled(cell: Locator) {
  await cell.getByTestId('rfm-result').waitFor({ timeout: 60_000 });
  await expect.poll(() => cell.locator('.stale').count(), { timeout: 60_000 }).toBe(0);
}

test("rfm_data_orders.csv as of 2006-12-31: R rfm's segment sizes, the exports, the customer table's segment, the migration", async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', ORDERS);
    await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
    const asOf = page.getByTestId('as-of');
    await asOf.fill('2006-12-31');
    await asOf.dispatchEvent('change');
    await expect.poll(() => page.getByTestId('live-customers').getAttribute('data-value')).toBe('995');
    const cell = await addCell(page, 'rfm');
    await settled(cell);
    // The table as of the data's last day (Dec 30) also has 995 customers: wait for the as-of change to reach the cell.
    await expect
      .poll(() => cell.getByTestId('rfm-lead').innerText(), { timeout: 60_000 })
      .toMatch(/^995 customers as of Dec 31, 2006\./);
    expect(await cell.getByTestId('rfm-definition').innerText()).toContain(
      'Frequency (F) = orders: purchase rows, one per order as in R rfm',
    );

    const chart = cell.getByTestId('rfm-segments-chart');
    const csv = (await downloaded(page, chart.getByTestId('chart-csv'))).toString('utf8').slice(1).split('\r\n');
    expect(csv[0]).toBe(
      'Segment,Customers,Share of customers,Share of spend,Churned,Churn rate,95 % CI low,95 % CI high,Mean days since last purchase,Mean orders,Mean monetary value',
    );
    const sizes = Object.fromEntries(
      csv.slice(1, 12).map((line) => {
        const cells = line.split(',');
        return [cells[0].replace(/"/g, ''), Number(cells[1])];
      }),
    );
    // rfm_segment_summary on R rfm 0.3.0's reference page, README intervals: exact.
    expect(sizes).toEqual({
      Champions: 35,
      'Potential loyalist': 342,
      Loyal: 170,
      Promising: 9,
      New: 104,
      "Can't lose them": 47,
      'At risk': 28,
      'Need attention': 10,
      'About to sleep': 102,
      Lost: 148,
      'Others (no rule)': 0,
    });
    expect(csv.some((line) => line.includes('RFM: Recency (R) = days from the last purchase to Dec 31, 2006'))).toBe(
      true,
    );

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await downloaded(page, chart.getByTestId('chart-xlsx'))).buffer);
    const sheet = wb.worksheets[0];
    const champions = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'Champions')!;
    expect(champions.getCell(2).value).toBe(35);
    // Champions spend 31,646 of all 464,158 (R rfm's rfm_segment_summary revenue): a typed
    // percentage cell, exported to 6 decimals.
    expect(champions.getCell(4).value).toBeCloseTo(31646 / 464158, 6);
    expect(champions.getCell(4).numFmt).toBe('0.00%');
    const about = wb.worksheets[1];
    const aboutText = about.getSheetValues().flat().join(' ');
    expect(aboutText).toContain('Scores as R rfm: breaks at the 1/5, 2/5');

    const customers = (await downloaded(page, page.getByTestId('export-customers'))).toString('utf8').slice(1);
    const [head, ...rows] = customers.split('\r\n');
    // Headers with a semicolon are quoted (Excel in some locales splits on it).
    expect(
      head
        .split(',')
        .slice(0, 8)
        .map((h) => h.replace(/^"|"$/g, '')),
    ).toEqual([
      'Customer ID',
      'Days since last purchase (RFM recency)',
      'RFM orders (not the BTYD repeat count “frequency”)',
      'RFM monetary value (total or mean spend as set; not the BTYD “monetary”)',
      'RFM R score (higher = more recent)',
      'RFM F score (higher = more orders)',
      'RFM M score (higher = more spend; 0 = no amount)',
      'RFM segment',
    ]);
    expect(rows.find((r) => r.startsWith("Abbey O'Reilly,"))).toMatch(
      /^Abbey O'Reilly,205,6,472(\.00)?,3,4,3,Potential loyalist,/,
    );

    const compare = cell.getByTestId('rfm-compare');
    await compare.fill('2005-12-31');
    await compare.dispatchEvent('change');
    await cell.getByTestId('rfm-migration-flow').waitFor({ timeout: 60_000 });
    expect(await cell.getByTestId('rfm-migration-summary').innerText()).toMatch(
      /^[\d,]+ of 995 customers stayed in their segment; [\d,]+ were not customers yet on Dec 31, 2005\.$/,
    );
    await cell.getByTestId('rfm-follow').selectOption('champions');
    await expect.poll(() => cell.getByTestId('rfm-migration-flow').locator('svg path').count()).toBeGreaterThan(5);
  });
});

test('CDNOW, the eight classes by the median: an action for each, then the same in Chinese', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'rfm');
    await settled(cell);
    await cell.getByTestId('rfm-scheme').selectOption('median8');
    await settled(cell);
    await expect.poll(() => cell.getByTestId('rfm-actions').locator('dt').count()).toBe(8);
    expect(await cell.getByTestId('rfm-definition').innerText()).toContain(
      'High = strictly above the median of all customers (a customer exactly at the cut is low)',
    );
    const chart = cell.getByTestId('rfm-segments-chart');
    const csv = (await downloaded(page, chart.getByTestId('chart-csv'))).toString('utf8').slice(1).split('\r\n');
    expect(csv[0].endsWith(',Recommended action')).toBe(true);
    const rows = csv.slice(1, 9).map((l) => l.split(','));
    expect(rows.map((r) => r[0])[0]).toBe('Important value');
    // The sample's 2,357 customers, each in one class.
    expect(rows.reduce((n, r) => n + Number(r[1]), 0)).toBe(2357);

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => cell.getByTestId('rfm-lead').innerText()).toMatch(/^截至 .* 共 2,357 位客户。/);
    const summary = await chart.getByTestId('chart-summary').textContent();
    expect(summary).toContain('重要价值客户');
    expect(await cell.getByTestId('rfm-actions').innerText()).toContain('重点维护');
  });
});

test('Telco, one row per customer: the RFM cell says it needs a transaction log (and no undated as-of day breaks it)', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'rfm');
    await cell.getByTestId('rfm-needs-log').waitFor({ timeout: 30_000 });
    expect(await cell.getByTestId('rfm-needs-log').innerText()).toMatch(/^RFM reads purchases: a transaction log/);
    // Telco has no dates: the comparison date has no bounds rather than an invalid one.
    expect(await cell.getByTestId('rfm-compare').getAttribute('max')).toBeNull();
  });
});
