/**
 * A page opened from a share link's aggregates (issue #18 loose ends): nothing on it offers to
 * list or export customers it does not have — no clickable bars, no "list" buttons, no pick hint,
 * no quadrant call-list buttons — and it says why; a report made there says its numbers came
 * from the link's aggregates (k, groups left out), in the HTML and in the xlsx companion.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

async function addCell(page: Page, kind: string) {
  await page.getByTestId('workbook-kind').selectOption(kind);
  await page.getByTestId('workbook-add').click();
  return page.getByTestId(`cell-${kind}`).last();
}

test('opened from aggregates: no customer lists offered, said why; the report says where its numbers came from', async () => {
  const sender = await chromium.newPage();
  const receiver = await chromium.newPage();
  try {
    const a = sender.page;
    await a.goto(`${baseUrl}?sample=cdnow&lang=en`);
    await a.locator('[data-testid=dataset-summary][data-rows="6919"]').waitFor({ state: 'attached', timeout: 20_000 });
    const rfm = await addCell(a, 'rfm');
    // On the data: the bars list their customers and the chart says so (the control for the check below).
    await rfm.locator('.chart-pick-hint').first().waitFor({ timeout: 20_000 });
    expect(await rfm.locator('[data-pick]').count()).toBeGreaterThan(0);
    const quadrant = await addCell(a, 'value-risk-quadrant');
    await quadrant.getByTestId('quadrant-csv-0').waitFor({ timeout: 20_000 });
    await a.getByTestId('share-open').click();
    await a.getByTestId('share-aggregates').check();
    await a.getByTestId('share-aggregates-summary').waitFor({ timeout: 20_000 });
    const link = await a.getByTestId('share-link').inputValue();

    const b = receiver.page;
    await b.goto(link);
    await b.getByTestId('aggregate-banner').waitFor();
    const shown = b.getByTestId('cell-rfm');
    // Cells below the fold are drawn when they come into view.
    await shown.scrollIntoViewIfNeeded();
    await shown.getByTestId('cell-from-aggregates').waitFor();
    await expect.poll(() => shown.locator('.chart-plot svg').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await shown.getByTestId('cell-no-customers').innerText()).toContain('A link holds no customer');
    expect(await shown.locator('[data-pick]').count()).toBe(0);
    expect(await shown.locator('.chart-pick-hint').count()).toBe(0);
    const q = b.getByTestId('cell-value-risk-quadrant');
    await q.scrollIntoViewIfNeeded();
    await q.getByTestId('quadrant-table').waitFor();
    expect(await q.locator('[data-testid^=quadrant-csv-], [data-testid^=quadrant-xlsx-]').count()).toBe(0);
    expect(await q.getByTestId('quadrant-no-export').innerText()).toContain('open the data file to export them');

    const [html] = await Promise.all([b.waitForEvent('download'), b.getByTestId('report-html').click()]);
    const report = await readFile((await html.path())!, 'utf8');
    expect(report).toMatch(/data-origin="aggregates"><strong>Source of the numbers<\/strong>: Made from a shared link/);
    expect(report).toContain('groups of fewer than 10 customers were left out');
    const [xlsx] = await Promise.all([b.waitForEvent('download'), b.getByTestId('report-xlsx').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const rows = book.worksheets[0].getSheetValues().filter(Boolean) as unknown[][];
    expect(String(new Map(rows.map((r) => [r[1], r[2]])).get('Source of the numbers'))).toContain(
      'groups of fewer than 10 customers were left out',
    );
    expect(receiver.pageErrors).toEqual([]);
  } finally {
    await sender.close();
    await receiver.close();
  }
}, 30_000);
