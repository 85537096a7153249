/**
 * The other risk models as a person picks them on Telco: a tree draws itself and lists its rules,
 * TAN draws its network, Cox draws its hazard ratios; each with the same held-out evaluation.
 * The numbers are pinned by tests/engine/analyses/risk-models.test.ts and tests/cli/risk-models.test.ts;
 * this checks the cell asks for each model and shows what it explains.
 */
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('Telco: tree, TAN and Cox each train, are judged on the test quarter and are drawn', async () => {
  await withPage(async (page) => {
    await openSample(page, 'telco');
    const cell = await addCell(page, 'risk-model');
    await cell.getByTestId('risk-headline').waitFor({ timeout: 120_000 });
    for (const [model, chart] of [
      ['tree', 'risk-tree-chart'],
      ['tan', 'risk-network-chart'],
      ['cox', 'risk-hazard-chart'],
    ]) {
      await cell.getByTestId('risk-model').selectOption(model);
      await cell.getByTestId(chart).locator('svg').first().waitFor({ timeout: 120_000 });
      expect(await cell.getByTestId('risk-headline').innerText()).toMatch(
        /^AUC 0\.[78]\d\d .* on 1,761 test customers/,
      );
    }
    await cell.getByTestId('risk-model').selectOption('tree');
    const rules = cell.getByTestId('risk-rules');
    await rules.waitFor({ timeout: 120_000 });
    expect(await rules.locator('li').first().innerText()).toMatch(
      /^if Contract = Month-to-month and .* then churn \d+% \(n = [\d,]+\)$/,
    );
  });
});
