/**
 * Clusters as a person uses them on the Telco sample: add the cell (it starts on tenure and
 * charges), read the lead and the notes, pick k = 4, name a cluster, read the churn table in
 * Chinese, and export the customer table with the cluster column. Nothing may leave the origin.
 * On 100,000 customers a long fit shows its progress and stops at Cancel within a second.
 */
import { readFile } from 'node:fs/promises';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');

const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('Telco: clusters on tenure and charges, k = 4, named, in both languages, exported with the customer table', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'clusters');
    const lead = cell.getByTestId('clusters-lead');
    await expect.poll(() => lead.textContent(), { timeout: 60_000 }).toMatch(/of 7,032 customers on tenure/);
    // ../shared/data/README.md: 11 TotalCharges cells are blank.
    expect(await cell.getByTestId('clusters-left-out').innerText()).toMatch(/^11 customers are left out.*TotalCharges/);
    for (const chart of ['elbow', 'silhouette', 'heatmap', 'churn', 'scatter'])
      await cell.getByTestId(`clusters-${chart}-chart`).locator('svg').first().waitFor();
    expect(await cell.getByTestId('clusters-scatter-note').innerText()).toMatch(/5,000 of 7,032 customers.*seed 1/);
    await cell.getByTestId('clusters-k').selectOption('4');
    await expect.poll(() => lead.textContent()).toMatch(/^4 clusters/);
    const name = cell.getByTestId('clusters-names').locator('input').first();
    await name.fill('Fresh big spenders');
    await name.press('Tab');
    const churn = cell.getByTestId('clusters-churn-chart');
    // The charges are money: clustered on their log by default, and the cell says so.
    expect(
      await cell.getByTestId('clusters-log').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).checked)),
    ).toEqual([false, true, true]);
    // Every clustered customer is in one cluster; the churned among them are all 1,869 (README).
    await churn.getByRole('button', { name: 'Show table' }).click();
    const table = churn.getByTestId('chart-table');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toMatch(/Fresh big spenders/);
    const rows = await table.locator('tbody tr').allInnerTexts();
    const counts = rows.map((r) => r.split('\t').map((c) => Number(c.replace(/,/g, ''))));
    expect(counts.reduce((s, r) => s + r[1], 0)).toBe(7032);
    expect(counts.reduce((s, r) => s + r[3], 0)).toBe(1869);
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => lead.textContent()).toMatch(/将 7,032 位客户分为 4 个簇/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-customers').click()]);
    const lines = (await readFile((await download.path())!, 'utf8')).split(/\r?\n/);
    expect(lines[0]).toMatch(/^\uFEFF客户编号,簇,簇名称,第 1 主成分,第 2 主成分,/);
    const named = lines.filter((l) => l.split(',')[2] === 'Fresh big spenders').length;
    expect(named).toBe(counts[0][1]);
  });
});

/** 100,000 customers in three groups of tenure and monthly charges, as a snapshot CSV. */
function manyCustomers(): Buffer {
  const lines = ['customer_id,tenure,MonthlyCharges,Churn'];
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < 100_000; i++) {
    const g = i % 3;
    lines.push(
      `C${i},${Math.round([5, 40, 65][g] + 12 * (random() - 0.5))},${([80, 30, 95][g] + 20 * (random() - 0.5)).toFixed(2)},${random() < 0.2 ? 'Yes' : 'No'}`,
    );
  }
  return Buffer.from(`${lines.join('\n')}\n`);
}

test('100,000 customers: the fit shows its progress, and Cancel stops it within a second, the cell then offers to fit again', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', {
      name: 'many.csv',
      mimeType: 'text/csv',
      buffer: manyCustomers(),
    });
    await page.getByTestId('churn-rate').waitFor({ timeout: 120_000 });
    const cell = await addCell(page, 'clusters');
    // Many restarts over k 2–8: seconds of work, reported as it goes.
    await cell.getByLabel('Restarts').fill('40');
    const progress = cell.getByTestId('clusters-progress');
    await expect.poll(() => progress.innerText(), { timeout: 60_000 }).toMatch(/Fitting k-means: k \d of 7/);
    const cancelled = cell.getByTestId('clusters-cancelled');
    const started = Date.now();
    await cell.getByTestId('clusters-cancel').click();
    await cancelled.waitFor({ timeout: 5_000 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await cancelled.innerText()).toMatch(/cancelled/);
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => cancelled.innerText()).toMatch(/已取消本次分析/);
  });
});
