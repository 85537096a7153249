/**
 * Models compared as a person asks for it on Telco: ticking "Compare models" shows the four
 * models side by side (a table, the paired tests, ROC and gains overlaid), worded in Chinese
 * too. The numbers are pinned by tests/engine/analyses/risk-model-compare.test.ts.
 */
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('Telco: Compare models lists four models with AUCs, fold AUCs and DeLong tests, in both languages', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'risk-model');
    await cell.getByTestId('risk-headline').waitFor({ timeout: 120_000 });
    await cell.getByTestId('risk-compare').check();
    const table = cell.getByTestId('risk-comparison-table');
    await table.waitFor({ timeout: 180_000 });
    const rows = await table.locator('tbody tr').allInnerTexts();
    expect(rows.map((r) => r.split('\t')[0].trim())).toEqual([
      'logistic regression',
      'decision tree',
      'naive Bayes',
      'tree-augmented naive Bayes (TAN)',
    ]);
    expect(rows[0]).toMatch(/^logistic regression\t0\.844\t0\.824–0\.863\t0\.844 ± 0\.003 \(0\.845 · /);
    expect(await cell.getByTestId('risk-comparison').locator('li').count()).toBe(3);
    await cell.getByTestId('risk-comparison-roc').locator('svg').first().waitFor();
    await cell.getByTestId('risk-comparison-gains').locator('svg').first().waitFor();
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toMatch(/^逻辑回归\t0\.844/);
    expect(await cell.getByTestId('risk-comparison').locator('li').first().innerText()).toMatch(
      /^逻辑回归对比决策树：AUC 高出 0\.015（z = 2\.61，p = 0\.0091）：在 5 % 水平上差异显著。$/,
    );
  });
});
