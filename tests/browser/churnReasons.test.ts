/** Churn reasons map to churn types by cause; the user can change the mapping and the table follows. */
import { resolve } from 'node:path';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

test('reasons in Chinese are typed by cause, and changing a type rebuilds the customer table', async () => {
  const recorded = await chromium.newPage();
  const { page } = recorded;
  try {
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=open-file]', resolve('tests', 'fixtures', 'utf8bom-snapshot-semicolon.csv'));
    await page.locator('[data-testid=dataset-summary][data-rows="40"]').waitFor({ state: 'attached', timeout: 60_000 });
    const types = page.getByTestId('reason-types');
    await types.waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('reason-type-价格太高').inputValue()).toBe('disappointed');
    expect(await page.getByTestId('reason-type-被竞争对手吸引').inputValue()).toBe('competitor');
    expect(await page.getByTestId('reason-type-搬家').inputValue()).toBe('natural');
    await page.getByTestId('reason-type-搬家').selectOption('changed-need');
    // The rebuild is debounced (200 ms); the mapping shown afterwards is the engine's, so a
    // choice the engine did not apply would snap back to "natural" here.
    await page.waitForTimeout(800);
    await expect.poll(() => page.getByTestId('live-count').getAttribute('data-building')).toBe('false');
    await expect.poll(() => page.getByTestId('reason-type-搬家').inputValue()).toBe('changed-need');
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});
