/**
 * Customer value as a person uses it on the Telco sample: margin tiers under a stated gross
 * margin, a value score built from columns, a weight moved, the whole top-20 % list exported
 * with each column's part and read back, and the cell in Chinese. Nothing may leave the origin.
 */
import { readFile } from 'node:fs/promises';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('Telco: 30 % margin tiers, a score on MonthlyCharges and tenure, its top 1,406 exported with their parts', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'customer-value');
    const lead = cell.getByTestId('score-lead');
    await expect.poll(() => lead.innerText(), { timeout: 30_000 }).toContain('1,406 customers');
    // 7,043 customers, 11 without TotalCharges (../shared/data/README.md): no margin, no total value.
    expect(await cell.getByTestId('margin-definition').innerText()).toContain('total value × 30.0%');
    expect(await cell.getByTestId('tier-rule').innerText()).toContain('less than 50.0% of all positive margin');
    expect(await cell.getByTestId('margin-lead').innerText()).toMatch(/High-margin customers \(18\.2% of customers\)/);

    const columns = cell.getByTestId('score-columns');
    await cell.getByTestId('score-add').selectOption('MonthlyCharges');
    await columns.getByLabel('Scaling of MonthlyCharges').selectOption('z');
    const before = await lead.innerText();
    await columns.getByRole('spinbutton', { name: 'Weight of MonthlyCharges' }).fill('2');
    await columns.getByRole('spinbutton', { name: 'Weight of MonthlyCharges' }).press('Tab');
    await expect.poll(() => lead.innerText(), { timeout: 30_000 }).not.toBe(before);
    // Weights 0.6, 0.4 and 2: MonthlyCharges weighs 2 ÷ 3.
    expect(await columns.innerText()).toMatch(/MonthlyCharges[\s\S]*66\.7%/);

    const chart = cell.getByTestId('score-components-chart');
    const [download] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('chart-csv').click()]);
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/, '');
    const [header, ...rows] = text.split(/\r?\n\r?\n/)[0].split(/\r?\n/);
    expect(header).toBe(
      'Rank,Customer,Value score,Churned,Part: Total value,Part: Tenure (months),Part: MonthlyCharges',
    );
    expect(rows).toHaveLength(1406);
    // Read back: ranks in order, scores falling, and each row's parts add up to its score (12 digits written).
    const parsed = rows.map((r) => r.split(',').map((c, k) => (k === 1 ? c : Number(c))) as number[]);
    parsed.forEach((r, i) => {
      expect(r[0]).toBe(i + 1);
      if (i > 0) expect(r[2]).toBeLessThanOrEqual(parsed[i - 1][2]);
      expect(Math.abs(r[4] + r[5] + r[6] - r[2])).toBeLessThan(1e-9);
    });
    expect(text).toContain('The CSV and XLSX of this chart hold the whole top 20.0% list (1,406 customers)');

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => lead.innerText()).toContain('1,406 位客户');
    expect(await cell.getByTestId('margin-lead').innerText()).toContain('高毛利客户（占客户的 18.2%）');
  });
});
