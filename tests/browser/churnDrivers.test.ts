/**
 * Churn drivers as a person uses them on the Telco sample: add the cell, read the ranking by
 * mutual information and the permutation importance, rate the price factor from MonthlyCharges
 * and weigh it, read the table in Chinese, and export the ranking as CSV. Numbers from
 * tests/fixtures/churn-drivers/make_reference.py (scikit-learn and pandas).
 */
import { readFile } from 'node:fs/promises';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');

const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('Telco: drivers ranked, permutation importance drawn, a factor rated from a column, in both languages, exported', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'churn-drivers');
    const information = cell.getByTestId('drivers-information');
    // mutual_info_score(churn, Contract) = 0.098453 nats = 0.142 bits, the most of any column.
    await expect
      .poll(() => information.getByTestId('chart-summary').textContent(), { timeout: 60_000 })
      .toMatch(/^Contract tells the most about churn: 0\.142 bits/);
    await cell.getByTestId('drivers-rates').locator('svg').first().waitFor();
    const importance = cell.getByTestId('drivers-importance');
    // permutation_importance on the same held-out quarter puts tenure first (0.181); the AUC is 0.844.
    await expect
      .poll(() => importance.getByTestId('chart-summary').textContent())
      .toMatch(/^Shuffling Tenure \(months\) among the 1,761 held-out customers lowers the model’s AUC of 0\.844/);
    const price = cell.getByTestId('drivers-factors').locator('tbody tr').first();
    await price.locator('select').selectOption('MonthlyCharges');
    const weights = price.locator('input[type=number]');
    await weights.nth(0).fill('0.4');
    await weights.nth(0).press('Tab');
    await weights.nth(1).fill('0.8');
    await weights.nth(1).press('Tab');
    // pandas: churners' mean MonthlyCharges 74.44 (stayers 61.27); 74.44 × 0.4 × 0.8 = 23.82.
    const top = cell.getByTestId('drivers-factor-top');
    await expect.poll(() => top.textContent(), { timeout: 60_000 }).toBe('Highest score: Price (23.82).');
    expect(await price.innerText()).toMatch(/74\.44\s+74\.44\s+61\.27\s+13\.18/);
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => top.textContent()).toBe('得分最高：价格（23.82）。');
    const [download] = await Promise.all([page.waitForEvent('download'), information.getByTestId('chart-csv').click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).split(/\r?\n/);
    expect(lines[0]).toMatch(/^\uFEFF排名,特征,类型,互信息（比特）/);
    expect(lines[1]).toMatch(/^1,Contract,类别,0\.142/);
  });
});
