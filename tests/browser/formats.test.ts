/** Excel and Parquet exports open in the built app like CSV does: read in the worker, typed, with roles. */
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

async function open(file: string) {
  const recorded = await chromium.newPage();
  await recorded.page.goto(baseUrl);
  await recorded.page.setInputFiles('[data-testid=open-file]', resolve('tests', 'fixtures', file));
  const summary = recorded.page.locator('[data-testid=dataset-summary]');
  await summary.waitFor({ state: 'attached', timeout: 60_000 });
  return { recorded, summary };
}

test('a zstd Parquet file written by DuckDB opens as a customer snapshot', async () => {
  const { recorded, summary } = await open('telco-300.parquet');
  try {
    expect(await summary.getAttribute('data-rows')).toBe('300');
    expect(await summary.getAttribute('data-shape')).toBe('customers');
    expect(await recorded.page.getByTestId('role-Churn').inputValue()).toBe('churn_flag');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('an Excel workbook with Chinese headers opens its first sheet, with date cells as dates', async () => {
  const { recorded, summary } = await open('orders-zh.xlsx');
  try {
    expect(await summary.getAttribute('data-rows')).toBe('50');
    expect(await summary.getAttribute('data-shape')).toBe('transactions');
    expect(await recorded.page.getByTestId('role-下单时间').inputValue()).toBe('date');
    expect(await recorded.page.getByTestId('role-客户编号').inputValue()).toBe('customer_id');
    expect(await summary.innerText()).toContain('订单');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
