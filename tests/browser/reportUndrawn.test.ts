/**
 * The report draws the cells that were never in view (issue #18 §4 with §2): a Telco workbook of
 * eight chart cells is saved and opened again on a fresh page, where the cells below the fold
 * are placeholders (drawn only when they come into view); Report (HTML) draws them first, so the
 * file holds a section per cell and each has its chart as inline SVG.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

const KINDS = ['churn-by-attribute', 'survival', 'churn-by-attribute', 'survival'];
const CELLS = [...KINDS, ...KINDS];

test('Report (HTML) draws the cells below the fold first: an <svg> in every cell of the file', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openSample(page, 'telco');
    for (const [i, kind] of CELLS.entries()) {
      const cell = await addCell(page, kind);
      await cell.getByPlaceholder('Untitled').fill(`Cell ${i + 1}`);
    }
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
    const saved = join(tmpdir(), `report-undrawn-${process.pid}.churnscope.json`);
    await writeFile(saved, await readFile((await download.path())!));

    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=workbook-open]', saved);
    await expect.poll(() => page.locator('#workbook [data-cell-id]').count(), { timeout: 60_000 }).toBe(CELLS.length);
    await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    // Most cells have never been in view: placeholders, no chart.
    const undrawn = await page.locator('article[data-drawn="false"]').count();
    expect(undrawn).toBeGreaterThanOrEqual(4);
    expect(await page.locator('article[data-drawn="false"] svg').count()).toBe(0);

    const [report] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.getByTestId('report-html').click(),
    ]);
    const html = (await readFile((await report.path())!)).toString('utf8');
    const sections = html.split('<section class="cell"').slice(1);
    expect(sections).toHaveLength(CELLS.length);
    const withChart = sections.map((s, i) => `Cell ${i + 1}: ${s.includes('<svg') ? 'svg' : 'none'}`);
    expect(withChart).toEqual(CELLS.map((_, i) => `Cell ${i + 1}: svg`));
    // And every cell on the page is drawn now.
    expect(await page.locator('article[data-drawn="false"]').count()).toBe(0);
  });
}, 150_000);
