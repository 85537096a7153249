/**
 * Teaching data as a teacher makes it: the control beside the samples generates in its worker
 * and opens the file like any other; the worker's file has exactly the rows the same kernel
 * writes in Node for the same seed (one seeded RNG, the same bytes everywhere); the planted
 * truth shows on request, in English and Chinese.
 */
import { expect, inject, test } from 'vitest';
import { generate } from '../../src/core/synthetic/generate.ts';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage } = appSession(chromiumForFile(), baseUrl);

function rowsInNode(request: Parameters<typeof generate>[0]): number {
  const outcome = generate(request, () => {});
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.counts.rows;
}

test('generates a log and a snapshot in the app, opens them, and shows the planted truth in both languages', async () => {
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?lang=en`);
    const control = page.getByTestId('teaching-data');
    await control.locator('summary').first().click();
    await page.getByTestId('teaching-customers').selectOption('20000');
    await page.getByTestId('teaching-seed').fill('7');
    await page.getByTestId('teaching-generate').click();
    const summary = page.getByTestId('dataset-summary');
    await summary.waitFor({ timeout: 60_000 });
    expect(await summary.getAttribute('data-shape')).toBe('transactions');
    // The data rows the worker wrote: exactly Node's for the same seed (the header is not a row).
    expect(Number(await summary.getAttribute('data-rows'))).toBe(
      rowsInNode({ customers: 20_000, seed: 7, shape: 'log' }),
    );
    const truth = page.getByTestId('teaching-truth');
    await truth.locator('summary').first().click();
    expect(await truth.innerText()).toContain('λ ~ Gamma(r = 0.243, α = 4.414)');

    await page.getByTestId('locale').selectOption('zh-CN');
    expect(await control.locator('summary').first().innerText()).toBe('生成教学数据');
    expect(await truth.innerText()).toContain('重复购买（BG/NBD，以周计）');

    await page.getByTestId('teaching-customers').selectOption('1000');
    await page.getByTestId('teaching-shape').selectOption('snapshot');
    await page.getByTestId('teaching-generate').click();
    await expect.poll(() => summary.getAttribute('data-shape'), { timeout: 60_000 }).toBe('customers');
    expect(await summary.getAttribute('data-rows')).toBe('1000');
    expect(await truth.innerText()).toContain('流失：logit P = −0.6 − 1.2·[一年合约]');
  });
});
