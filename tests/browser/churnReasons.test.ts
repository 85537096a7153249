/**
 * Churn reasons as a person uses them: the Cognos Telco sample gives the README's top reasons
 * and the pandas lost CLTV on screen and in the CSV export, a reason retyped in the cell moves
 * its churners in the tree, Chinese words the charts, and the teaching sample says its shares add
 * to more than 100 %.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, addCell } = appSession(chromiumForFile(), baseUrl);

async function openSample(page: Page, sample: string) {
  await page.goto(`${baseUrl}?sample=${sample}`);
  await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
}

async function tableRows(chart: Locator): Promise<string[][]> {
  const toggle = chart.locator('.chart-tools button').first();
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  const rows = chart.getByTestId('chart-table').locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim())));
}

test('the Cognos Telco sample: the published reason counts, lost CLTV, a retyped reason, Chinese words', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco-reasons');
    const cell = await addCell(page, 'churn-reasons');
    await cell.getByTestId('reasons-by').selectOption('Contract');
    const pareto = cell.getByTestId('reasons-pareto');
    await pareto.waitFor({ timeout: 60_000 });
    await cell.getByTestId('reasons-heatmap').waitFor({ timeout: 60_000 });
    // README: Attitude of support person 192, Competitor offered higher download speeds 189.
    const rows = await tableRows(pareto);
    expect(rows.slice(0, 2).map((r) => [r[0], r[2]])).toEqual([
      ['Attitude of support person', '192'],
      ['Competitor offered higher download speeds', '189'],
    ]);
    // pandas: the CLTV of the 192 churners giving it sums to 795,465.
    const [download] = await Promise.all([page.waitForEvent('download'), pareto.getByTestId('chart-csv').click()]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv).toContain('Attitude of support person');
    expect(csv).toMatch(/Attitude of support person,[^\n]*,192,[^\n]*795465/);
    // Retyping "Price too high" (98 churners, pandas) as a competitor's lure: 621 + 98 lured.
    await cell.getByTestId('reason-types').locator('summary').click();
    await cell.getByTestId('reason-type-Price too high').selectOption('competitor');
    const tree = cell.getByTestId('reasons-tree');
    await expect
      .poll(async () => (await tableRows(tree)).find((r) => r[1] === 'Lured by a competitor' && r[2] === '')?.[3], {
        timeout: 60_000,
      })
      .toBe('719');
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => cell.locator('h4', { hasText: '流失原因（帕累托图）' }).count()).toBe(1);
  });
});

test('the teaching sample: several reasons per customer, said so, and reasons by churn month', async () => {
  await withPage(async (page) => {
    await openSample(page, 'reasons-teaching');
    const cell = await addCell(page, 'churn-reasons');
    await cell.getByTestId('reasons-several').waitFor({ timeout: 60_000 });
    expect(await cell.getByTestId('reasons-several').textContent()).toContain('more than 100 %');
    await cell.getByTestId('reasons-time').waitFor({ timeout: 60_000 });
  });
});
