/**
 * The value-versus-risk quadrant as a person uses it: on Telco the cell runs the logistic model
 * itself, places the 7,032 customers with a TotalCharges, words it in English and Chinese, and a
 * quadrant's call list downloads as xlsx that exceljs reads back; on 100,000 generated customers
 * dragging the risk line recounts and redraws, and brushing lists the customers, within the
 * issue's 50 ms.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);
const dir = mkdtempSync(join(tmpdir(), 'quadrant-browser-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The x of the risk line on the canvas: where the cursor turns to a column resize. */
async function riskLineX(page: Page, canvas: Locator): Promise<{ x: number; y: number }> {
  const box = (await canvas.boundingBox())!;
  for (let k = 0; k < box.width; k += 2) {
    await page.mouse.move(box.x + k, box.y + 100);
    if ((await canvas.evaluate((c) => (c as HTMLCanvasElement).style.cursor)) === 'ew-resize')
      return { x: box.x + k, y: box.y + 100 };
  }
  throw new Error('no risk line on the canvas');
}

test('Telco: the model run here, 7,032 customers over the quadrants, both languages, a call list read back', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'value-risk-quadrant');
    const headline = cell.getByTestId('quadrant-headline');
    await headline.waitFor({ timeout: 90_000 });
    expect(await headline.innerText()).toMatch(/^[\d,]+ core customers \([\d.]+% of value\) are at high risk/);
    expect(await cell.getByTestId('quadrant-sources').innerText()).toMatch(
      /churn_risk of the risk model analysis, run here with its default options \(Model: logistic regression; Cross-validation folds: 5; Seed: 1; Share held out: 25%/,
    );
    const counts = await Promise.all(
      [0, 1, 2, 3].map(async (q) =>
        Number((await cell.getByTestId(`quadrant-customers-${q}`).innerText()).replace(/,/g, '')),
      ),
    );
    // README: 7,043 customers, 11 without TotalCharges (not placed).
    expect(counts.reduce((a, b) => a + b, 0)).toBe(7032);

    const [download] = await Promise.all([page.waitForEvent('download'), cell.getByTestId('quadrant-xlsx-0').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.worksheets[0];
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    for (const name of ['Customer ID', 'Quadrant', 'Quadrant risk', 'Quadrant value', 'Expected loss'])
      expect(header).toContain(name);
    // One row per customer of the quadrant, each marked with it, highest expected loss first.
    expect(sheet.rowCount).toBe(counts[0] + 1);
    const column = (name: string) => header.indexOf(name) + 1;
    const losses: number[] = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      expect(sheet.getRow(r).getCell(column('Quadrant')).value).toBe('Retain now');
      losses.push(Number(sheet.getRow(r).getCell(column('Expected loss')).value));
    }
    expect(losses).toEqual([...losses].sort((a, b) => b - a));
    const about = book.worksheets[1].getSheetValues().map((row) => (row as unknown[])?.slice(1).join(' | '));
    expect(about.join('\n')).toMatch(/20\/80 rule: customers sorted by value/);

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => headline.innerText()).toMatch(/^[\d,]+ 位核心客户（占价值的 [\d.]+%）处于高风险/);
    expect(await cell.getByTestId('quadrant-name-0').inputValue()).toBe('立即挽留');
  });
}, 180_000);

test('100,000 customers: a dragged line recounts and redraws, and a brush lists its customers, within 50 ms', async () => {
  // Seeded (mulberry32 17): risk ((u1 + u2) / 2)², value e^(6 + z), churned with probability risk.
  let a = 17;
  const random = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const lines = ['customerID,score,TotalCharges,Churn'];
  for (let i = 0; i < 100_000; i++) {
    const r = ((random() + random()) / 2) ** 2;
    const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    lines.push(`C${i},${r.toFixed(6)},${Math.exp(6 + z).toFixed(2)},${random() < r ? 'Yes' : 'No'}`);
  }
  const file = join(dir, 'customers_100k.csv');
  writeFileSync(file, lines.join('\n') + '\n');
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', file);
    await page.getByTestId('churn-rate').waitFor({ timeout: 90_000 });
    const cell = await addCell(page, 'value-risk-quadrant');
    await cell.getByTestId('quadrant-risk').selectOption('column');
    await cell.getByTestId('quadrant-risk-column').selectOption('score');
    await cell.getByTestId('quadrant-headline').waitFor({ timeout: 90_000 });
    await cell.scrollIntoViewIfNeeded();
    const canvas = cell.getByTestId('quadrant-canvas');
    expect(await canvas.getAttribute('data-density')).toBe('yes');
    const line = await riskLineX(page, canvas);
    await page.mouse.move(line.x, line.y);
    await page.mouse.down();
    const responses: number[] = [];
    for (let s = 1; s <= 9; s++) {
      await page.mouse.move(line.x + 10 * s, line.y);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const recount = Number(await cell.getByTestId('quadrant-recount').getAttribute('data-ms'));
      const draw = Number(await canvas.getAttribute('data-draw-ms'));
      responses.push(recount + draw);
    }
    await page.mouse.up();
    const median = [...responses].sort((x, y) => x - y)[responses.length >> 1];
    // Issue 17: under 50 ms at 100k customers (the median move: recount on the page plus the redraw).
    expect(median).toBeLessThan(50);

    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.95, box.y + box.height * 0.7, { steps: 4 });
    await page.mouse.up();
    const count = cell.getByTestId('brushed-count');
    await expect.poll(() => count.getAttribute('data-shown-ms')).not.toBeNull();
    // The selection is counted within 50 ms (issue 17); the list of 200 is on screen soon after.
    expect(Number(await count.getAttribute('data-ms'))).toBeLessThan(50);
    expect(Number(await count.getAttribute('data-shown-ms'))).toBeLessThan(200);
    expect(await cell.getByTestId('brushed-list').locator('tbody tr').count()).toBe(200);
  });
}, 240_000);
