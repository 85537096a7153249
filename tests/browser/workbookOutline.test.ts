/**
 * A workbook of many cells on Telco: the data panels fold once roles are confirmed, the outline
 * lists the cells, a click goes to one, Alt+↑/↓ and a drag reorder them, a cell far below is not
 * drawn (nor asks the engine) until it comes into view (and then works, its risk model computed
 * by the engine for it), two half-width cells share a row, and the presentation view steps
 * through the cells by keyboard.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, openSample, addCell } = appSession(chromiumForFile(), baseUrl);

const KINDS = [
  'note',
  'churn-by-attribute',
  'survival',
  'profile',
  'note',
  'value-tiers',
  'churn-by-attribute',
  'note',
  'retention-decision',
];

const cellIds = (page: Page) =>
  page.locator('#workbook [data-cell-id]').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-cell-id')));
const position = (page: Page) => page.getByTestId('presentation-position').innerText();

test('Telco, nine cells: fold, outline, jump, reorder, drawn when in view, presentation by keyboard', async () => {
  await withPage(async (page) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await openSample(page, 'telco');

    // Confirming the roles folds the data panels; the folded heading says what they hold.
    const fold = page.getByTestId('data-fold');
    expect(await fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await page.getByRole('button', { name: 'Confirm roles' }).click();
    await expect.poll(() => fold.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    const heading = await page.getByTestId('data-fold-summary').innerText();
    // README of the sample: 7,043 customers, 21 columns.
    expect(heading).toMatch(/telco-customer-churn\.csv · 7,043 rows × 21 columns/);
    expect(heading).toMatch(/Customer ID: customerID/);
    expect(heading).toMatch(/Churn flag: Churn/);
    expect(await page.getByTestId('dataset-summary').isVisible()).toBe(false);

    for (const [i, kind] of KINDS.entries()) {
      const cell = await addCell(page, kind);
      await cell.getByPlaceholder('Untitled').fill(`Cell ${i + 1}`);
    }
    // Saved, and opened again on a fresh page: nothing below the fold has been in view there.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
    const saved = join(tmpdir(), `outline-${process.pid}.churnscope.json`);
    await writeFile(saved, await readFile((await download.path())!));
    await page.goto(baseUrl);
    await page.setInputFiles('[data-testid=workbook-open]', saved);
    await expect.poll(() => page.locator('#workbook [data-cell-id]').count(), { timeout: 60_000 }).toBe(9);
    await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });

    // The outline lists every cell, in order, by kind and title.
    const items = page.getByTestId('outline-item');
    expect(await items.count()).toBe(9);
    expect(await items.nth(2).innerText()).toMatch(/Survival curves\s*Cell 3/);
    expect(await items.nth(8).innerText()).toMatch(/Retention decision[\s\S]*Cell 9/);

    // The far cell: a placeholder with its title, no result, even after a while.
    const far = page.getByTestId('cell-retention-decision');
    await page.waitForTimeout(1500);
    expect(await far.getAttribute('data-drawn')).toBe('false');
    expect(await far.getByTestId('cell-placeholder').count()).toBe(1);
    expect(await far.getByTestId('decision-lead').count()).toBe(0);
    expect(await far.locator('.cell-title input').inputValue()).toBe('Cell 9');

    // A click in the outline goes to it: in view, focused, then drawn and computed (its churn
    // risk from a risk model the engine fits for it: "computed now with its default options").
    await items.nth(8).locator('button.jump').click();
    const box = await far.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top, height: innerHeight, focused: document.activeElement === e };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.top).toBeLessThan(box.height);
    expect(box.focused).toBe(true);
    const lead = far.getByTestId('decision-lead');
    await expect.poll(() => lead.textContent(), { timeout: 120_000 }).toMatch(/customers are worth saving/);
    expect(await far.getByTestId('decision-sources').innerText()).toMatch(/computed now with its default options/);

    // Keyboard reorder: Alt+↓ twice, Alt+↑ once moves the first cell to the second place; the
    // focus stays on its outline item.
    const before = await cellIds(page);
    await items.nth(0).locator('button.jump').focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowDown');
    await page.keyboard.press('Alt+ArrowUp');
    expect(await cellIds(page)).toEqual([before[1], before[0], ...before.slice(2)]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-outline-id'))).toBe(before[0]);

    // A drag of the last item onto the first puts that cell first.
    await items.nth(8).dragTo(items.nth(0));
    expect((await cellIds(page))[0]).toBe(before[8]);
    expect(await items.nth(0).innerText()).toMatch(/Cell 9/);

    // Two neighbouring cells set to half width share a row on this 1,400 px screen, and the
    // saved workbook says so.
    const cells = page.locator('#workbook [data-cell-id]');
    await cells.nth(1).getByTestId('cell-width').click();
    await cells.nth(2).getByTestId('cell-width').click();
    const [left, right] = [await cells.nth(1).boundingBox(), await cells.nth(2).boundingBox()];
    expect(right!.y).toBe(left!.y);
    expect(right!.x).toBeGreaterThan(left!.x + left!.width);
    const [again] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workbook-save').click()]);
    const widths = JSON.parse(await readFile((await again.path())!, 'utf8')).cells.map(
      (c: { width?: string }) => c.width ?? 'full',
    );
    expect(widths).toEqual(['full', 'half', 'half', 'full', 'full', 'full', 'full', 'full', 'full']);

    // Presentation: one cell at a time, stepped by keyboard, the definition in the footer.
    await page.getByTestId('workbook-present').click();
    expect(await position(page)).toBe('1 / 9');
    // Modal: the page behind is inert while presenting.
    expect(await page.getByTestId('presentation').evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await page.getByTestId('presentation-title').innerText()).toBe('Cell 9');
    expect(await page.getByTestId('presentation-definition').innerText()).toBe(
      'Churn definition: churned = the churn flag is yes',
    );
    for (const [key, expected] of [
      ['ArrowRight', '2 / 9'],
      ['PageDown', '3 / 9'],
      ['Space', '4 / 9'],
      ['ArrowLeft', '3 / 9'],
      ['PageUp', '2 / 9'],
      ['ArrowLeft', '1 / 9'],
      ['ArrowLeft', '1 / 9'],
    ]) {
      await page.keyboard.press(key);
      expect(await position(page)).toBe(expected);
    }
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('presentation').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('workbook-present');

    // The same in Chinese.
    await page.getByTestId('locale').selectOption('zh-CN');
    await page.getByTestId('workbook-present').click();
    await page.keyboard.press('ArrowRight');
    expect(await position(page)).toBe('2 / 9');
    expect(await page.getByTestId('presentation-definition').innerText()).toMatch(/^流失定义：/);
    expect(await page.getByTestId('presentation-leave').innerText()).toMatch(/退出/);
    await page.keyboard.press('Escape');
    expect(await page.getByTestId('presentation').count()).toBe(0);
  });
});
