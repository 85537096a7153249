/**
 * The churn risk model as a person uses it on Telco: the cell fits and judges the model on
 * unseen customers (the AUC scikit-learn reaches on the same quarter), moving the threshold or a
 * cost redraws in well under 100 ms, and the customer table exports each customer's churn risk
 * and decile, in CSV and xlsx, readable back.
 */
import { readFile } from 'node:fs/promises';
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

/** Milliseconds from setting the input to the frame after the cell's sentence changed. */
async function redrawMs(page: Page, testid: string, value: string): Promise<number> {
  return page.evaluate(
    ({ testid, value }) =>
      new Promise<number>((done) => {
        const input = document.querySelector<HTMLInputElement>(`[data-testid=${testid}]`)!;
        const sentence = document.querySelector('[data-testid=risk-at-threshold]')!;
        const before = sentence.textContent;
        const start = performance.now();
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const wait = () =>
          sentence.textContent !== before
            ? requestAnimationFrame(() => done(performance.now() - start))
            : requestAnimationFrame(wait);
        wait();
      }),
    { testid, value },
  );
}

test('Telco: the risk model reaches scikit-learn’s held-out AUC, redraws on a threshold in < 100 ms, and its scores export', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'risk-model');
    const headline = cell.getByTestId('risk-headline');
    await headline.waitFor({ timeout: 120_000 });
    // make_reference.py: LogisticRegression(C=1) on the same seeded quarter, AUC 0.84359.
    expect(await headline.innerText()).toMatch(/^AUC 0\.844 \(95 % CI 0\.824–0\.863\) on 1,761 test customers/);
    for (const id of ['roc', 'gains', 'lift', 'calibration', 'coefficients', 'confusion', 'cost'])
      expect(await cell.getByTestId(`risk-${id}-chart`).locator('svg').count()).toBeGreaterThan(0);

    const times: number[] = [];
    for (const [id, v] of [
      ['risk-threshold', '0.3'],
      ['risk-threshold', '0.62'],
      ['risk-cost-missed', '250'],
      ['risk-cost-offer', '35'],
      ['risk-threshold', '0.15'],
    ])
      times.push(await redrawMs(page, id, v));
    times.sort((a, b) => a - b);
    process.stderr.write(`risk-model redraw ms: ${times.map((t) => t.toFixed(1)).join(', ')}\n`);
    // Issue #15: moving the threshold or the cost redraws in under 100 ms (median of five moves).
    expect(times[2]).toBeLessThan(100);
    expect(await cell.getByTestId('risk-at-threshold').innerText()).toMatch(/^At 15\.0 ?%:/);

    const csv = (await downloaded(page, page.getByTestId('export-customers'))).toString('utf8').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.split('\r\n');
    const columns = header.split(',');
    expect(columns).toEqual(expect.arrayContaining(['Churn risk', 'Risk decile', 'Risk model split']));
    const risk = columns.indexOf('Churn risk');
    const scored = rows.filter((r) => /^\d{4}-[A-Z]{5},/.test(r)).map((r) => Number(r.split(',')[risk]));
    expect(scored).toHaveLength(7043);
    expect(scored.every((p) => p > 0 && p < 1)).toBe(true);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await downloaded(page, page.getByTestId('export-customers-xlsx'))).buffer);
    const sheet = wb.worksheets[0];
    const heads = (sheet.getRow(1).values as unknown[]).slice(1);
    const decileAt = heads.indexOf('Risk decile') + 1;
    expect(decileAt).toBeGreaterThan(0);
    const deciles = new Map<number, number>();
    for (let r = 2; r <= 7044; r++) {
      const d = Number(sheet.getRow(r).getCell(decileAt).value);
      deciles.set(d, (deciles.get(d) ?? 0) + 1);
    }
    // ⌊10i / 7,043⌋ + 1 for the i-th riskiest: 705 in the first decile, 704 in the last.
    expect([deciles.get(1), deciles.get(10)]).toEqual([705, 704]);
  });
});
