/**
 * Two warnings about risk, as a user meets them on the CDNOW sample (180-day definition, both
 * languages). The quadrant's: a new quadrant starts on the risk model (no warning); with
 * 1 − P(alive) the high-risk side churns far less than the low-risk side, the cell says so and
 * offers the risk model, whose button switches back. The risk model's: a label window shorter than
 * the definition says how many active customers score 0 because they cannot churn within it.
 */
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

test('CDNOW: 1 − P(alive) is flagged in both languages, the risk model is not', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const cell = await addCell(page, 'value-risk-quadrant');
    expect(await cell.getByTestId('quadrant-risk').inputValue()).toBe('model');
    await cell.getByTestId('quadrant-headline').waitFor({ timeout: 20_000 });
    expect(await cell.getByTestId('quadrant-risk-contradicts').count()).toBe(0);
    await cell.getByTestId('quadrant-risk').selectOption('p-alive');
    const warning = cell.getByTestId('quadrant-risk-contradicts');
    await warning.waitFor({ timeout: 20_000 });
    expect(await warning.innerText()).toMatch(
      /contradicts the churn observed here: .* \([\d,]+ of [\d,]+\) — than those at low risk — 100\.0% /,
    );
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => warning.innerText()).toMatch(/相矛盾.*反而低于低风险客户的 100\.0%/s);
    await cell.getByTestId('quadrant-use-model').click();
    await expect.poll(() => cell.getByTestId('quadrant-risk').inputValue()).toBe('model');
    await expect.poll(() => warning.count(), { timeout: 20_000 }).toBe(0);
  });
}, 30_000);

test('CDNOW: a risk-model window shorter than the 180-day definition says how many customers score 0 and why', async () => {
  await withPage(async (page) => {
    await openSample(page, 'cdnow');
    const model = await addCell(page, 'risk-model');
    await model.getByTestId('risk-headline').waitFor({ timeout: 20_000 });
    // The definition's window by default: no note.
    expect(await model.getByTestId('risk-window-short').count()).toBe(0);
    await model.getByTestId('risk-window').fill('90');
    await model.getByTestId('risk-window').dispatchEvent('change');
    const note = model.getByTestId('risk-window-short');
    await note.waitFor({ timeout: 20_000 });
    expect(await note.innerText()).toMatch(
      /The label window \(90 days\) is shorter than the churn definition’s 180 days without activity: [\d,]+ of the [\d,]+ active customers .* not “safe”/,
    );
    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => note.innerText()).toMatch(/标签窗口（90 天）短于流失定义的 180 天无活动/);
  });
}, 30_000);
