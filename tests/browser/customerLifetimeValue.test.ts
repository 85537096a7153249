/**
 * Customer lifetime value as a person uses it on the CDNOW sample: the cell fits the paper's
 * BG/NBD on the calibration period it chose (the middle of the data, 1997-09-30), draws the
 * holdout check, P(alive) and CLV, words it all in Chinese, and the customer table's export
 * carries the new columns.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('CDNOW: the BG/NBD of the paper, seven charts, in English and Chinese, and p_alive … clv in the export', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'customer-lifetime-value');
    const lead = cell.getByTestId('clv-lead');
    await lead.waitFor({ timeout: 60_000 });
    expect(await cell.getByTestId('clv-calibration-end').inputValue()).toBe('1997-09-30');
    // README (Fader, Hardie & Lee 2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426, log L −9582.43; shown to 4 digits.
    const params = await cell.getByTestId('clv-params').innerText();
    for (const v of ['0.2426', '4.414', '0.7929', '2.426']) expect(params).toContain(v);
    expect(await cell.getByTestId('clv-loglik').innerText()).toBe('-9,582.43');
    // lifetimes Quickstart: frequency–spend correlation 0.114 (0.113884 on cents-rounded zbar).
    expect(await cell.getByTestId('clv-correlation').innerText()).toBe('0.114');
    for (const chart of ['frequency', 'weekly', 'cumulative', 'alive', 'recency', 'value', 'top'])
      await cell.getByTestId(`clv-${chart}-chart`).locator('svg').first().waitFor();
    expect(await lead.innerText()).toMatch(
      /^2,357 customers are expected to make [\d,]+ purchases in the next 52 weeks/,
    );

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => lead.innerText()).toMatch(/^预计 2,357 位客户在未来 52 周内共购买/);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-customers').click()]);
    const header = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(header.split(',').slice(0, 5)).toEqual([
      '客户编号',
      'P(存活)',
      '预计购买次数',
      '每次购买的预计金额',
      '客户终身价值',
    ]);
  });
});

test('CDNOW: a new margin redraws CLV from the kept fit, a tenth of it at 10 %', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'customer-lifetime-value');
    const total = cell.getByTestId('clv-total');
    await total.waitFor({ timeout: 60_000 });
    const full = Number((await total.innerText()).replace(/[^\d.]/g, ''));
    await cell.getByTestId('clv-margin').fill('10');
    await cell.getByTestId('clv-margin').dispatchEvent('change');
    // CLV is proportional to the margin (to the cent of the total).
    await expect.poll(async () => Number((await total.innerText()).replace(/[^\d.]/g, ''))).toBeCloseTo(full / 10, 1);
  });
});

test('Online Retail: the calibration half has no drop-out, the cell says so in both languages and checks the holdout', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    const monthly = resolve('..', 'shared', 'data', 'online-retail', 'monthly');
    const months = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
    await page.setInputFiles(
      '[data-testid=open-file]',
      months.map((m) => resolve(monthly, `online_retail_${m}.csv`)),
    );
    // Thirteen files and two fits: generous waits for a loaded machine (6 s alone).
    await page.getByTestId('churn-rate').waitFor({ timeout: 200_000 });
    const cell = await addCell(page, 'customer-lifetime-value');
    await cell.getByTestId('clv-lead').waitFor({ timeout: 200_000 });
    expect(await cell.getByTestId('clv-calibration-end').inputValue()).toBe('2011-06-05');
    const note = cell.getByTestId('clv-note').first();
    expect(await note.innerText()).toMatch(
      /^No drop-out in the calibration period \(to 2011-06-05\): the BG\/NBD likelihood/,
    );
    // make_online_retail_holdout.py: the NBD's r = 0.7322, α = 8.818 (4 digits); b not identified.
    const params = await cell.getByTestId('clv-params').innerText();
    for (const v of ['0.7322', '8.818', 'not identified']) expect(params).toContain(v);
    // The same script's holdout: aggregate error −12.59 %, shown to a tenth of a percent.
    expect(await cell.getByTestId('clv-aggregate-error').innerText()).toBe('-12.6%');
    for (const chart of ['frequency', 'weekly', 'cumulative'])
      await cell.getByTestId(`clv-${chart}-chart`).locator('svg').first().waitFor();
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => note.innerText()).toMatch(/^校准期（截至 2011-06-05）的数据中看不到流失/);
    expect(await cell.getByTestId('clv-params').innerText()).toContain('不可识别');
  });
}, 480_000);
