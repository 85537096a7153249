/**
 * The report as a person hands it in: on the Telco sample with the KPIs, a churn-by-attribute
 * cell, a survival cell and a note, the HTML file holds no script and no URL, opens with
 * JavaScript off and every request blocked and still shows its charts, and prints to a PDF with a
 * page per cell; the xlsx companion reads back in exceljs. In English and Chinese. Set
 * REPORT_DIR to keep the HTML, xlsx and PDF files for a look.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, launchChromium } from './browser.ts';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

async function downloaded(page: Page, button: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

async function keep(name: string, bytes: Buffer | string) {
  const dir = process.env.REPORT_DIR;
  if (!dir) return;
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, name), bytes);
}

/** The report opened as a reader would: no JavaScript, no network; what it asked for, its charts, its PDF. */
async function readOffline(html: string) {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const requests: string[] = [];
    await context.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const charts = await page
      .locator('figure svg')
      .evaluateAll((svgs) => svgs.map((s) => Math.round(s.getBoundingClientRect().width)));
    const marks = await page.locator('figure svg path, figure svg rect').count();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    return { requests, charts, marks, pdf };
  } finally {
    await browser.close();
  }
}

/** Pages of a Chromium PDF: its page objects (written uncompressed by Skia). */
const pageCount = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page\b/g)?.length ?? 0;

test('Telco: the report HTML stands alone and prints a page per cell; the xlsx holds every table', async () => {
  const sha = createHash('sha256')
    .update(await readFile('public/samples/telco-customer-churn.csv'))
    .digest('hex');
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const attribute = await addCell(page, 'churn-by-attribute');
    await attribute.getByTestId('attribute-column').selectOption('Contract');
    await expect
      .poll(() => attribute.getByTestId('attribute-chart').getByTestId('chart-summary').textContent())
      .toMatch(/Month-to-month/);
    const survival = await addCell(page, 'survival');
    await survival.getByTestId('survival-group').selectOption('Contract');
    await expect.poll(() => survival.getByTestId('survival-logrank').textContent(), { timeout: 30_000 }).toBeTruthy();
    const note = await addCell(page, 'note');
    await note.locator('.cell-title input').fill('What we <script>alert(1)</script> saw');
    await note.locator('textarea').fill('Month-to-month leaves <b>most</b> & soonest.');

    for (const locale of ['en', 'zh-CN'] as const) {
      if (locale === 'zh-CN') {
        await page.getByTestId('locale').selectOption('zh-CN');
        await expect.poll(() => page.getByTestId('report-html').textContent()).toMatch(/报告/);
      }
      const { name, bytes } = await downloaded(page, page.getByTestId('report-html'));
      expect(name).toMatch(/^churnscope-report-\d{4}-\d{2}-\d{2}\.html$/);
      const html = bytes.toString('utf8');
      await keep(`report-${locale}.html`, html);
      expect(html).not.toMatch(/https?:\/\//i);
      expect(html).not.toMatch(/<script/i);
      expect(html).toContain(`<html lang="${locale}">`);
      // The fingerprint is the SHA-256 of the sample file, computed here by Node.
      expect(html).toContain(`SHA-256 ${sha}`);
      // ../shared/data/README.md: 1,869 of 7,043 customers churned (26.54 %).
      expect(html).toMatch(/26\.5\s?%/);
      expect(html).toContain('What we &lt;script&gt;alert(1)&lt;/script&gt; saw');
      expect(html).toContain('Month-to-month leaves &lt;b&gt;most&lt;/b&gt; &amp; soonest.');
      const zh = locale === 'zh-CN';
      expect(html).toContain(zh ? '主要发现' : 'Key findings');
      expect(html).toContain(zh ? '流失定义' : 'Churn definition');
      expect(html.match(/<section class="cell"/g)).toHaveLength(3);

      const read = await readOffline(html);
      expect(read.requests).toEqual([]);
      // The attribute chart and the survival curve, each drawn wide with its marks.
      expect(read.charts.length).toBeGreaterThanOrEqual(2);
      for (const width of read.charts) expect(width).toBeGreaterThan(300);
      expect(read.marks).toBeGreaterThan(10);
      // A cover, then each of the three cells starting a page of its own (the survival table runs on).
      expect(read.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(pageCount(read.pdf)).toBeGreaterThanOrEqual(4);
      await keep(`report-${locale}.pdf`, read.pdf);

      const xlsx = await downloaded(page, page.getByTestId('report-xlsx'));
      expect(xlsx.name).toMatch(/^churnscope-report-\d{4}-\d{2}-\d{2}\.xlsx$/);
      await keep(`report-${locale}.xlsx`, xlsx.bytes);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(new Uint8Array(xlsx.bytes).buffer);
      const about = book.worksheets[0];
      expect(about.name).toBe(zh ? '说明' : 'About');
      const facts = new Map(
        (about.getSheetValues().filter(Boolean) as unknown[][]).map((r) => [String(r[1]), String(r[2] ?? '')]),
      );
      expect(facts.get(zh ? '流失定义' : 'Churn definition')).toBeTruthy();
      expect(facts.get(zh ? '数据来源' : 'Data source')).toContain(sha);
      const sheets = book.worksheets.slice(1);
      expect(sheets.length).toBeGreaterThanOrEqual(2);
      const contract = sheets.find((s) => s.name.startsWith('1 '))!;
      const month = contract.getRows(2, contract.rowCount - 1)!.find((r) => r.getCell(1).value === 'Month-to-month')!;
      // ../shared/data/README.md: 1,655 of 3,875 month-to-month customers churned (42.71 %).
      expect(month.getCell(2).value).toBe(3875);
      expect(month.getCell(3).value).toBe(1655);
      expect(month.getCell(4).value).toBeCloseTo(0.427097, 6);
      expect(sheets.some((s) => s.name.startsWith('2 '))).toBe(true);
    }

    // A collapsed cell keeps its page and says why it shows no chart.
    await attribute.locator('.cell-head button[aria-expanded]').click();
    const folded = (await downloaded(page, page.getByTestId('report-html'))).bytes.toString('utf8');
    expect(folded).toContain('此单元在工作簿中已折叠');
    expect(folded.match(/<section class="cell"/g)).toHaveLength(3);
    expect(folded).not.toContain('按“Contract”看流失率</h3>');
    expect(folded).toContain('生存曲线');
  });
}, 180_000);
