/**
 * Cohorts, survival and retention projection as a person uses them: a monthly retention
 * triangle of CDNOW, Telco's survival by contract with the log-rank test, CDNOW's survival with
 * its duration and one-time buyers stated, and the sBG fit of Fader & Hardie's survivors table.
 * Nothing may leave the origin and the page must not throw.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const SURVIVORS = '../shared/data/sbg-fader-hardie-2007/survivors.csv';
const CDNOW_SAMPLE = resolve('..', 'shared', 'data', 'cdnow', 'lifetimes', 'CDNOW_sample.txt');

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

/** Customers of the CDNOW sample (the app's cdnow sample is this file), and those with one purchase day who are lost at 180 days. */
function cdnowOneTimeBuyers() {
  const days = new Map<string, Set<string>>();
  for (const line of readFileSync(CDNOW_SAMPLE, 'utf8').trim().split(/\r?\n/)) {
    const [id, , day] = line.trim().split(/\s+/);
    if (!days.has(id)) days.set(id, new Set());
    days.get(id)!.add(day);
  }
  const dayMs = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8));
  const last = Math.max(...[...days.values()].flatMap((set) => [...set].map(dayMs)));
  const once = [...days.values()].filter((set) => set.size === 1);
  const lost = once.filter((set) => (last - dayMs([...set][0])) / 86_400_000 > 180).length;
  return { customers: days.size, once: once.length, lost };
}

test('CDNOW survival: the cell states the duration and the one-time buyers; measuring to the last activity changes the curve', async () => {
  const count = cdnowOneTimeBuyers();
  const n = (x: number) => x.toLocaleString('en-US');
  const pct = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'survival');
    const duration = cell.getByTestId('survival-duration');
    await duration.waitFor({ timeout: 30_000 });
    expect(await duration.innerText()).toMatch(
      /^Duration: first activity to the day the loss became known \(last activity \+ 181 days\); customers still active are censored at the as-of date\.$/,
    );
    const oneTime = cell.getByTestId('survival-one-time');
    expect(await oneTime.innerText()).toContain(
      `One-time buyers: ${n(count.once)} of ${n(count.customers)} customers (${pct(count.once / count.customers)}) bought on a single day only; ${n(count.lost)} of them churned`,
    );
    // Their losses are known 181 days after the purchase: 181 / (365.25 / 12) = 5.95 months.
    expect(await oneTime.innerText()).toMatch(/their losses become known at 5\.9 months/);
    const chart = cell.getByTestId('survival-chart');
    // On the chart: the axis and the caption (and so the PNG and SVG) say what the duration is.
    expect(await chart.innerText()).toContain('Time since first activity (months), to the loss known');
    expect(await chart.locator('figcaption').innerText()).toContain(
      'Duration: first activity to the day the loss became known (last activity + 181 days)',
    );
    const summary = chart.getByTestId('chart-summary');
    expect(await summary.textContent()).toMatch(/^All customers: median 5\.9 months/);

    await cell.getByTestId('survival-duration-measure').selectOption('activity');
    await expect.poll(() => duration.innerText()).toMatch(/^Duration: first to last activity, so a one-time buyer/);
    // Lost one-time buyers are events at 0: S(0) = 1 − lost / customers, from the raw file.
    expect(await oneTime.innerText()).toContain(
      `they are events at 0, 100.0% of the ${n(count.lost)} customers lost there: the curve starts at ${pct(1 - count.lost / count.customers)}`,
    );
    expect(await summary.textContent()).toMatch(/^All customers: median 0 months/);
    expect(await chart.innerText()).toContain('Time since first activity (months), to the last activity');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'SVG' }).click(),
    ]);
    const svg = await readFile((await download.path())!, 'utf8');
    expect(svg).toContain('Duration: first to last activity');
    expect(svg).toContain(`One-time buyers: ${n(count.once)} of ${n(count.customers)} customers`);
    const [csv] = await Promise.all([page.waitForEvent('download'), chart.getByTestId('chart-csv').click()]);
    const lines = (await readFile((await csv.path())!, 'utf8')).split('\r\n');
    expect(lines.some((l) => l.startsWith('"Duration: first to last activity'))).toBe(true);

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => duration.innerText()).toMatch(/^时长：首次活动至最后一次活动/);
    expect(await oneTime.innerText()).toContain(`${n(count.customers)} 位客户中有 ${n(count.once)} 位`);
  });
});
