/**
 * What comes back from a push-down, opened as a person would: the customer table the app's SQL
 * computes in DuckDB from Online Retail (the whole log, 541,909 rows; 180 days without a purchase, the app's
 * default for a log) is recognised on opening, said so, and its churn KPIs equal those the app
 * shows for the raw log files; an analysis that needs the purchases says why, in en and zh-CN.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';
import { RETAIL_YEAR, retailYearCustomerFiles } from '../engine/customers/computedTableFiles.ts';
import { messages as en } from '../../src/i18n/en/issue.ts';
import { messages as zh } from '../../src/i18n/zh-CN/issue.ts';

const baseUrl = inject('baseUrl');
const { withPage, addCell } = appSession(chromiumForFile(), baseUrl);
let csv: string;
let remove = () => {};
beforeAll(async () => {
  ({ csv, remove } = await retailYearCustomerFiles({ kind: 'inactivity', days: 180 }));
}, 60_000);
afterAll(() => remove());

const value = async (page: Page, testid: string) => Number(await page.getByTestId(testid).getAttribute('data-value'));

async function kpis(page: Page, paths: string[]) {
  await page.goto(baseUrl);
  await page.setInputFiles('[data-testid=open-file]', paths);
  await page
    .getByTestId('churn-rate')
    .waitFor({ timeout: 60_000 })
    .catch(async (e: unknown) => {
      await page.screenshot({ path: '/work/shots/pushdown-app/test-timeout.png' });
      throw e;
    });
  return {
    customers: await value(page, 'live-customers'),
    churned: await value(page, 'live-churned'),
    churnRate: await value(page, 'churn-rate'),
  };
}

test('a customer table made by DuckDB opens as one, with the raw log’s churn KPIs; RFM says it needs the log', async () => {
  await withPage(async (page) => {
    const raw = await kpis(page, RETAIL_YEAR);
    const back = await kpis(page, [csv]);
    // Exact: the same customers and churners, so the same rate (the SQL is the app's roll-up).
    expect(back).toEqual(raw);
    expect(raw.customers).toBeGreaterThan(2000);
    expect(await page.getByTestId('dataset-summary').getAttribute('data-shape')).toBe('customers');
    const notice = page.getByTestId('computed-elsewhere');
    expect(await notice.innerText()).toContain('This is a customer table: one row per customer');
    const rfm = await addCell(page, 'rfm');
    const alert = rfm.getByRole('alert');
    await expect
      .poll(() => alert.innerText(), { timeout: 30_000 })
      .toBe(en['issue.customer-table-needs-log'].replace('{kind}', 'rfm'));
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => alert.innerText()).toBe(zh['issue.customer-table-needs-log'].replace('{kind}', 'rfm'));
    expect(await notice.innerText()).toContain('这是一张客户表');
  });
});
