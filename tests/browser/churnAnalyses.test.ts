/**
 * The churn analyses as a person uses them: read the KPIs of a sample, change the churn
 * definition and watch the count move, add analysis cells, export the early-warning list,
 * switch to Chinese. Nothing may leave the origin and the page must not throw.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');

const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

const value = async (page: Page, testid: string) => Number(await page.getByTestId(testid).getAttribute('data-value'));

test('Telco: churn rate 26.54 % of 7,043 customers, and month-to-month contracts churn at 42.7 %', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    // ../shared/data/README.md: 1,869 of 7,043 customers churned.
    expect(await value(page, 'churn-rate')).toBeCloseTo(0.2654, 4);
    expect(await value(page, 'customers')).toBe(7043);
    expect(await page.getByTestId('unavailable').innerText()).toMatch(/first purchase or sign-up date/);
    const cell = await addCell(page, 'churn-by-attribute');
    await cell.getByTestId('attribute-column').selectOption('Contract');
    const chart = cell.getByTestId('attribute-chart');
    await expect.poll(() => chart.getByTestId('chart-summary').textContent()).toMatch(/Month-to-month.*42\.7%/);
    await chart.getByRole('button', { name: 'Show table' }).click();
    const row = chart.getByTestId('chart-table').locator('tr', { hasText: 'Month-to-month' });
    expect(await row.innerText()).toMatch(/3,875\s+1,655\s+42\.7%/);
    expect(await chart.innerText()).toContain('churned = the churn flag is yes');
  });
});

test('CDNOW: widening the inactivity window from 180 to 365 days lowers the churn count', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    expect(await page.getByTestId('definition-kind').inputValue()).toBe('inactivity');
    expect(await page.getByTestId('definition-days').inputValue()).toBe('180');
    const at180 = await value(page, 'churned');
    expect(at180).toBeGreaterThan(0);
    await page.getByTestId('definition-days').fill('365');
    await expect.poll(() => value(page, 'churned'), { timeout: 30_000 }).not.toBe(at180);
    const at365 = await value(page, 'churned');
    expect(at365).toBeLessThan(at180);
    expect(await value(page, 'live-churned')).toBe(at365);
    expect(await page.getByTestId('definition-bounds').innerText()).toContain('more than 365 days without activity');
    expect(await page.getByTestId('kpis').innerText()).toMatch(/lost ÷ customers at the start: [\d,]+ ÷ [\d,]+/);
  });
});

test('CDNOW: period KPIs count a loss when it became known, show every term, and leave out incomplete months', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const kpis = page.getByTestId('kpis');
    await expect.poll(() => value(page, 'customers'), { timeout: 30_000 }).toBe(2357);
    // Every sample customer first bought in Q1 1997, and no loss is known before 180 days have
    // passed: all 2,357 are there at the start of the last 12 months (it said 812 before).
    const flow = kpis.getByTestId('gross-net').locator('[data-value]');
    const [atStart, lost, gained, lostNew, atEnd] = await Promise.all(
      [0, 1, 2, 3, 4].map(async (k) => Number(await flow.nth(k).getAttribute('data-value'))),
    );
    expect(atStart).toBe(2357);
    expect(atStart - lost + gained - lostNew).toBe(atEnd);
    expect(await kpis.getByTestId('gross-net').innerText()).toMatch(
      /2,357 at start\s*− [\d,]+ lost\s*\+ 0 new\s*− 0 new who also left\s*= [\d,]+ at end/,
    );
    expect(await kpis.getByTestId('loss-counted-at').innerText()).toBe(
      'A loss is counted on the day it became known: the first day with more than 180 days without activity, not the day of the last purchase.',
    );
    expect(await kpis.getByTestId('complete-months').innerText()).toBe(
      'over 12 complete months; 5 incomplete months left out',
    );
    const cell = await addCell(page, 'monthly-churn');
    await expect
      .poll(() => cell.getByTestId('monthly-incomplete').innerText(), { timeout: 30_000 })
      .toContain('Months before 1997-07 are incomplete');
    expect(await cell.getByTestId('monthly-chart').innerText()).toContain('incomplete month (left out of the mean)');
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect
      .poll(() => kpis.getByTestId('loss-counted-at').innerText())
      .toBe('流失计入其被确认的那一天：即连续超过 180 天没有活动的第一天，而不是最后一次购买的日期。');
    expect(await kpis.getByTestId('gross-net').innerText()).toMatch(/期初 2,357/);
  });
});

test('CDNOW: an overdue rule lists customers, and the CSV export starts with the definition', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'early-warnings');
    await cell.getByTestId('rule-declining').uncheck();
    await cell.getByTestId('rule-overdue').check();
    await cell.getByTestId('rule-overdue-factor').fill('3');
    const rows = cell.getByTestId('warnings').getByTestId('warning-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await rows.first().innerText()).toMatch(/overdue/);
    expect(await rows.first().innerText()).toMatch(/no purchase for \d+ days since \d{4}-\d\d-\d\d/);
    // The evidence is worded in the reader's language, not only in the engine's English.
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => rows.first().innerText()).toMatch(/自 \d{4}-\d\d-\d\d 起 \d+ 天未购买/);
    await page.getByTestId('locale').selectOption('en');
    const [download] = await Promise.all([page.waitForEvent('download'), cell.getByTestId('warnings-csv').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFCustomer,/);
    const blank = lines.indexOf('');
    expect(lines[blank + 1]).toBe('"Churn definition: churned = more than 180 days without activity"');
    expect(lines[blank + 2]).toBe('"As of: 1998-06-30"');
    expect(lines[blank + 3]).toMatch(/^"Parameters: rules: .*\(kind = overdue, /);
    expect(blank - 1).toBe(Number(await cell.getByTestId('warning-count').getAttribute('data-value')));
    // Customers already churned under the definition are left out, and said to be; listed, they are badged.
    const count = async () => Number(await cell.getByTestId('warning-count').getAttribute('data-value'));
    const listed = await count();
    const leftOut = Number(
      (await cell.getByTestId('warnings-churned-left-out').innerText()).match(/[\d,]+/)![0].replace(/,/g, ''),
    );
    expect(leftOut).toBeGreaterThan(0);
    await cell.getByTestId('warnings-include-churned').check();
    await expect.poll(count, { timeout: 30_000 }).toBe(listed + leftOut);
    expect(await cell.getByTestId('warnings').innerText()).toContain('churned');
  });
});

test('switching to Chinese shows the KPI labels and the definition in Chinese', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    await page.getByTestId('locale').selectOption('zh-CN');
    const kpis = page.getByTestId('kpis');
    await expect.poll(() => kpis.innerText()).toContain('流失率');
    const text = await kpis.innerText();
    expect(text).toContain('客户数');
    expect(text).toContain('流失定义');
    expect(text).not.toContain('Churn rate');
    expect(await page.getByTestId('definition-panel').innerText()).toContain('截止日期');
  });
});

test('CDNOW: value tiers re-split when the tier shares change', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'value-tiers');
    const chart = cell.getByTestId('tiers-chart');
    await chart.getByRole('button', { name: 'Show table' }).click();
    const table = chart.getByTestId('chart-table');
    // 2,357 sample customers: 10 % in tier A is 236; 20 % is 471.
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toMatch(/\b236\b/);
    const shares = cell.locator('.tier-shares input');
    await shares.nth(0).fill('20');
    await shares.nth(2).fill('50');
    await cell.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toMatch(/\b471\b/);
  });
});
