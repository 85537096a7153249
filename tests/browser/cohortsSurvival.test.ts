/**
 * Cohorts, survival and retention projection as a person uses them: a monthly retention
 * triangle of CDNOW, Telco's survival by contract with the log-rank test, and the sBG fit of
 * Fader & Hardie's survivors table. Nothing may leave the origin and the page must not throw.
 */
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const SURVIVORS = '../shared/data/sbg-fader-hardie-2007/survivors.csv';

const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('CDNOW: a monthly retention triangle has cohorts 1997-01 to 1997-03, each at 100 % in period 0', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'retention-triangle');
    expect(await cell.getByTestId('triangle-period').inputValue()).toBe('month');
    expect(await cell.getByTestId('triangle-measure').inputValue()).toBe('active');
    const heatmap = cell.getByTestId('triangle-heatmap');
    await heatmap.waitFor({ timeout: 30_000 });
    expect(await heatmap.getByTestId('chart-summary').textContent()).toMatch(/3 cohorts from 1997-01 to 1997-03/);
    await heatmap.getByRole('button', { name: 'Show table' }).click();
    const table = heatmap.getByTestId('chart-table');
    for (const cohort of ['1997-01', '1997-02', '1997-03']) {
      const first = table.locator('tr', { hasText: cohort }).first();
      // Cohort, size, period 0, customers active, rate 100 %.
      expect(await first.innerText()).toMatch(new RegExp(`^${cohort}\\s+[\\d,]+\\s+0\\s+[\\d,]+\\s+100\\.0%`));
    }
    expect(await heatmap.innerText()).toContain('churned = more than 180 days without activity');
  });
});

test('Telco: a retention triangle explains that a snapshot has no dates and offers a survival cell', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'retention-triangle');
    const notice = cell.getByTestId('triangle-needs-dates');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toMatch(/snapshot/);
    await cell.getByTestId('triangle-add-survival').click();
    const survival = page.getByTestId('cell-survival');
    await survival.getByTestId('survival-chart').waitFor({ timeout: 30_000 });
    // The one curve of all customers is named in the reader's language, in the table and the chart.
    const medians = survival.getByTestId('survival-medians');
    expect(await medians.locator('tbody th').allInnerTexts()).toEqual(['All customers']);
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => medians.locator('tbody th').allInnerTexts()).toEqual(['全部客户']);
    expect(await survival.innerText()).not.toMatch(/all customers/i);
  });
});

test('Telco: survival by contract shows the log-rank test and a median for each of the three contracts', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'survival');
    await cell.getByTestId('survival-group').selectOption('Contract');
    const logrank = cell.getByTestId('survival-logrank');
    await logrank.waitFor({ timeout: 30_000 });
    expect(await logrank.innerText()).toMatch(/χ² = [\d,.]+, df = 2, p < 0\.0001/);
    const medians = cell.getByTestId('survival-median');
    expect(await medians.count()).toBe(3);
    const texts = await medians.allInnerTexts();
    // Month-to-month customers reach the median; the longer contracts do not within 72 months.
    expect(texts.filter((t) => /^\d+/.test(t))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('not reached'))).toHaveLength(2);
    expect(await cell.getByTestId('survival-summary').innerText()).toMatch(/Month-to-month: median \d+ months/);
    expect(await cell.getByTestId('survival-chart').innerText()).toContain('At risk');
  });
});

test('survivors.csv: an sBG fit on years 0–7 of the regular customers (1,000 of them) gives α 0.704 and β 1.182', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', SURVIVORS);
    await page.locator('.dataset-name', { hasText: 'survivors.csv' }).waitFor({ timeout: 30_000 });
    const cell = await addCell(page, 'retention-projection');
    await cell.getByTestId('projection-source').selectOption('columns');
    await cell.getByTestId('projection-period').selectOption('year');
    await cell.getByTestId('projection-survivors').selectOption('regular_pct_alive');
    // The paper's cohorts are 1,000 customers each; the column holds percentages.
    await cell.getByTestId('projection-cohort-size').fill('1000');
    await cell.getByTestId('projection-cohort-size').press('Enter');
    const fit = cell.getByTestId('projection-fit');
    await fit.waitFor({ timeout: 30_000 });
    await fit.fill('7');
    await expect.poll(() => cell.getByText(/Fit on periods 0 … 7/).count()).toBe(1);
    // Fader & Hardie (2007), Table 1 / Figure 3: α̂ = 0.704, β̂ = 1.182 for the regular segment.
    await expect.poll(() => cell.getByTestId('projection-alpha').innerText()).toBe('0.704');
    expect(await cell.getByTestId('projection-beta').innerText()).toBe('1.182');
    expect(await cell.getByTestId('projection-fit-status').innerText()).toBe('converged');
    await cell.getByTestId('projection-chart').waitFor();
  });
});
