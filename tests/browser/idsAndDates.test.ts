/**
 * One implausible date and ids spelled several ways (issue 12 §3), as a user meets them: the
 * quality report names them in both languages, the as-of date is not 9999-12-31, and merging
 * the ids changes the customer count. Expectations from tests/fixtures/ids-and-dates.csv by hand.
 */
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

test('the quality report names 9999-12-31 and the id spellings; merging them changes the customer count', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', resolve('tests', 'fixtures', 'ids-and-dates.csv'));
    await page.locator('[data-testid=dataset-summary][data-rows="12"]').waitFor({ state: 'attached', timeout: 60_000 });
    const quality = page.getByTestId('quality');
    const future = quality.locator('li[data-code=future-dates]');
    const ancient = quality.locator('li[data-code=ancient-dates]');
    const ids = quality.locator('li[data-code=id-spelling-variants]');
    // 9999-12-31 is on line 9, 1900-01-01 on line 13; later spellings c001, " C001 ", c002 on lines 3, 4, 7.
    await expect
      .poll(() => future.textContent())
      .toMatch(/Dates in “date” after today \(\d{4}-\d\d-\d\d\): 1\..*Rows: 9.*"9999-12-31"/s);
    expect(await ancient.textContent()).toMatch(
      /Dates in “date” on or before 1 January 1900: 1,.*Rows: 13.*"1900-01-01"/s,
    );
    expect(await ids.textContent()).toMatch(
      /Customer IDs in “customer_id” written in more than one way.*: 2 \(5 spellings in all\).*Rows: 3, 4, 7.*"C001", "c001", " C001 ", "C002", "c002"/s,
    );

    // The as-of date is C005's 2024-03-30, not 9999-12-31; eight spellings are eight customers.
    const customers = page.getByTestId('live-customers');
    await expect.poll(() => customers.getAttribute('data-value'), { timeout: 30_000 }).toBe('8');
    expect(await page.getByTestId('as-of').inputValue()).toBe('2024-03-30');
    // C003's 9999-12-31 row is after the as-of date; C005's 1900-01-01 row is a placeholder.
    expect(await page.getByTestId('live-count').textContent()).toContain(
      'Left out: 1 after the as-of date and 1 with a placeholder date (on or before 1 Jan 1900).',
    );
    await page.getByTestId('merge-ids').check();
    // C001 (3 spellings), C002 (2), C003, C004, C005.
    await expect.poll(() => customers.getAttribute('data-value'), { timeout: 30_000 }).toBe('5');
    await expect
      .poll(() => page.getByTestId('definition-panel').textContent())
      .toContain(
        'differ only in case, surrounding spaces or full-width characters were merged: 2 IDs from 5 spellings',
      );

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => future.textContent()).toMatch(/“date”中有 1 个日期晚于今天.*"9999-12-31"/s);
    expect(await ancient.textContent()).toMatch(/不晚于 1900 年 1 月 1 日.*"1900-01-01"/s);
    expect(await ids.textContent()).toMatch(/“customer_id”中有 2 个客户 ID 有多种写法.*共 5 种写法/s);
    expect(await page.getByTestId('definition-panel').textContent()).toContain(
      '合并仅大小写、空格或全角/半角不同的 ID',
    );
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
