/** Legacy Excel in the built app: an .xls opens like an .xlsx; a password-protected one is named as such. */
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

test('an Excel 97–2003 .xls with a hidden first sheet opens its first visible sheet, dates as dates', async () => {
  const recorded = await chromium.newPage();
  try {
    await recorded.page.goto(baseUrl);
    await recorded.page.setInputFiles('[data-testid=open-file]', resolve('tests/fixtures/hostile/xls/orders-zh.xls'));
    const summary = recorded.page.locator('[data-testid=dataset-summary]');
    await summary.waitFor({ state: 'attached', timeout: 60_000 });
    expect(await summary.getAttribute('data-rows')).toBe('60');
    expect(await summary.getAttribute('data-shape')).toBe('transactions');
    expect(await recorded.page.getByTestId('role-下单日期').inputValue()).toBe('date');
    expect(await recorded.page.getByTestId('role-客户编号').inputValue()).toBe('customer_id');
    const text = await summary.innerText();
    expect(text).toContain('订单');
    expect(text).toContain('Excel 97–2003');
    // The hidden sheet is named in the notes, not opened.
    expect(await recorded.page.locator('body').innerText()).toContain('hidden sheet');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('a password-protected .xls is refused with what to do, not "could not be read"', async () => {
  const recorded = await chromium.newPage();
  try {
    await recorded.page.goto(baseUrl);
    await recorded.page.setInputFiles('[data-testid=open-file]', resolve('tests/fixtures/hostile/xls/encrypted.xls'));
    await expect
      .poll(() => recorded.page.locator('body').innerText(), { timeout: 30_000 })
      .toContain('protected with a password');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
