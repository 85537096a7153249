/**
 * The retention projection says what it did: a fit that degenerates to one constant churn rate
 * is not called converged, a column of percentages is fitted by least squares until the cohort
 * size is given, and on a transaction log the period length and fitted periods it chose from the
 * data are stated, in English and Chinese.
 */
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const SURVIVORS = '../shared/data/sbg-fader-hardie-2007/survivors.csv';
/** Exactly geometric: 1000 · 0.8^t customers alive in years 0–12 (a churn probability of 0.2 for everybody). */
const GEOMETRIC = {
  name: 'geometric.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`year,alive\n${Array.from({ length: 13 }, (_, t) => `${t},${1000 * 0.8 ** t}`).join('\n')}\n`),
};

const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('an exactly geometric cohort is a degenerate fit: one constant churn rate of 20 %, worded in both languages', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', GEOMETRIC);
    await page.locator('.dataset-name', { hasText: 'geometric.csv' }).waitFor({ timeout: 30_000 });
    const cell = await addCell(page, 'retention-projection');
    const status = cell.getByTestId('projection-fit-status');
    await status.waitFor({ timeout: 30_000 });
    expect(await status.innerText()).toBe('degenerate: one constant churn rate');
    expect(await cell.getByTestId('projection-alpha').innerText()).toBe('→ ∞ (not estimated)');
    // θ = Σ lost / Σ at risk = 0.2 over the fitted years: 20.0 %.
    expect(await cell.getByTestId('projection-churn-rate').innerText()).toBe('20.0%');
    const note = await cell.getByTestId('projection-fit-note').innerText();
    expect(note).toContain('one constant churn rate of 20.0% per period for every customer');
    expect(note).toContain('S(t) = (1 − 0.2)^t');
    expect(await cell.getByTestId('projection-method').innerText()).toBe('maximum likelihood');
    expect(await cell.getByTestId('projection-method-note').innerText()).toContain('a cohort of 1,000 customers');
    // The line drawn is the geometric curve, and its label says so.
    expect(await cell.getByTestId('projection-chart').innerText()).toContain('constant-churn projection');
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => status.innerText()).toBe('退化：单一恒定流失率');
    const zh = await cell.getByTestId('projection-fit-note').innerText();
    expect(zh).toContain('所有客户相同的恒定流失率');
    expect(zh).toContain('α 和 β 无法估计');
  });
});

test('survivors.csv: percentages are fitted by least squares until the cohort size is given', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', SURVIVORS);
    await page.locator('.dataset-name', { hasText: 'survivors.csv' }).waitFor({ timeout: 30_000 });
    const cell = await addCell(page, 'retention-projection');
    await cell.getByTestId('projection-source').selectOption('columns');
    await cell.getByTestId('projection-survivors').selectOption('regular_pct_alive');
    const method = cell.getByTestId('projection-method');
    await method.waitFor({ timeout: 30_000 });
    expect(await method.innerText()).toBe('least squares on the proportions');
    // scipy.optimize.least_squares on years 1–7 of the shares: α = 0.713391, β = 1.190647.
    expect(await cell.getByTestId('projection-alpha').innerText()).toBe('0.713');
    expect(await cell.getByTestId('projection-cohort').innerText()).toBe('not known');
    expect(await cell.getByTestId('projection-method-note').innerText()).toMatch(
      /“regular_pct_alive” holds percentages and no cohort size was given.*no number of customers is assumed/,
    );
    await cell.getByTestId('projection-cohort-size').fill('1000');
    await cell.getByTestId('projection-cohort-size').press('Enter');
    await expect.poll(() => method.innerText()).toBe('maximum likelihood');
    // Fader & Hardie (2007): α = 0.704, β = 1.182 for 1,000 regular customers.
    expect(await cell.getByTestId('projection-alpha').innerText()).toBe('0.704');
    await page.getByTestId('locale').selectOption('zh-CN');
    await cell.getByTestId('projection-cohort-size').fill('');
    await cell.getByTestId('projection-cohort-size').press('Enter');
    await expect.poll(() => method.innerText()).toBe('对比例做最小二乘');
    expect(await cell.getByTestId('projection-method-note').innerText()).toContain('不假定任何客户人数');
  });
});

test('CDNOW: by default the projection fits months, and says it chose them from the data', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'retention-projection');
    const defaults = cell.getByTestId('projection-defaults');
    await defaults.waitFor({ timeout: 30_000 });
    // Jan 1997 – Jun 1998 less 180 days: fewer than 6 whole years, 11 whole months with losses in sight.
    expect(await defaults.innerText()).toMatch(
      /Period length chosen from the data: months.*\(here 11\)\. Fitted on periods 0–7 of 0–11/,
    );
    expect(await cell.getByTestId('projection-fit-status').innerText()).toBe('converged');
    expect(await cell.getByTestId('projection-method-note').innerText()).toContain(
      'a one-time buyer is lost in period 1',
    );
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => defaults.innerText()).toMatch(/周期长度按数据选择：月/);
  });
});
