/**
 * Accessibility (issue #18 §6): axe-core finds no violation on the start screen, on Telco loaded
 * (roles, definition, preview), in a cell of every kind the workbook has (CELL_KINDS, so kinds
 * added later are covered when they land) and in the Chinese UI; every chart in those cells has a
 * text summary and a data table; and a person with only a keyboard gets from the start screen to
 * a chart's CSV, and from opening a data file (the file button, reached by Tab) to the exported
 * report.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { messages as en } from '../../src/i18n/en/cell.ts';
import { CELL_KINDS } from '../../src/state/workbook.svelte.ts';
import { axeViolations, describeViolation, settled } from './axe.ts';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const NEEDS_TABLE = en['cell.needsTable'];
const { withPage, openSample, addCell } = appSession(chromiumForFile({ bypassCSP: true }), baseUrl);

/** Every violation once (the first screen it is seen on), as lines a person can act on. */
function collector(page: Page) {
  const seen = new Set<string>();
  const lines: string[] = [];
  return {
    lines,
    async check(where: string, within?: Locator) {
      for (const v of await axeViolations(page, within)) {
        const key = `${v.rule} ${v.target}`;
        if (seen.has(key)) continue;
        seen.add(key);
        lines.push(describeViolation(where, v));
      }
    },
  };
}

/**
 * Adds a cell of every kind, waits for its answer and runs axe on it (each cell alone while it is
 * drawn in view; the lazy drawing may fold cells far above), then on the whole page.
 */
async function addEveryKind(page: Page, axe: ReturnType<typeof collector>, sample: string) {
  for (const kind of CELL_KINDS) {
    const cell = await addCell(page, kind);
    await settled(cell, 500);
    // The cell drew an answer (a chart, a table, figures or a message saying why not).
    expect(await cell.innerText(), kind).not.toContain(NEEDS_TABLE);
    await axe.check(`${sample}, cell ${kind}`, cell);
    // Every chart has a text summary and a data table: it is drawn in a chart frame (a summary
    // and a table toggle), or it is a labelled picture of one table row (a sparkline) or of a
    // column's profile. Icons in buttons are not charts.
    const unexplained = await cell.evaluate((el) =>
      [...el.querySelectorAll('svg, canvas')]
        .filter(
          (g) =>
            !g.closest('figure.chart-frame') &&
            !g.parentElement?.closest('svg') &&
            !g.closest('button') &&
            !((g.closest('td') || g.closest('.profile-chart')) && g.getAttribute('aria-label')),
        )
        .map((g) => g.outerHTML.slice(0, 120)),
    );
    expect(unexplained, `${sample}, cell ${kind}: charts without a summary and a table`).toEqual([]);
  }
  await axe.check(`${sample}, every kind on the page`);
}

test('axe: no violations on the start screen, Telco loaded, a cell of every kind, and in Chinese', async () => {
  await withPage(async (page) => {
    const axe = collector(page);
    await page.goto(baseUrl);
    await page.getByTestId('sample-telco').waitFor();
    await axe.check('start screen');

    await openSample(page, 'telco');
    await page.getByTestId('roles-confirm').waitFor();
    await page.getByTestId('definition-panel').waitFor();
    await page.getByTestId('preview').waitFor();
    await axe.check('Telco loaded');

    await addEveryKind(page, axe, 'Telco');

    await page.getByTestId('locale').selectOption('zh-CN');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    for (const cell of await page.locator('[data-testid^="cell-"][data-kind]').all()) await settled(cell, 500);
    await axe.check('zh-CN');

    expect(axe.lines).toEqual([]);
  });
}, 300_000);

/** Presses Tab until the focused element matches, and fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 600) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('keyboard only: open the Telco sample, confirm the roles, add a cell, download its CSV', async () => {
  await withPage(async (page) => {
    await page.goto(baseUrl);
    await page.getByTestId('sample-telco').waitFor();
    await tabTo(page, '[data-testid="sample-telco"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 60_000 })
      .toBe('dataset-summary');

    await page.getByTestId('roles-confirm').waitFor();
    await tabTo(page, '[data-testid="roles-confirm"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('roles-confirmed').textContent()).toBe('Roles saved in the workbook.');

    // A closed <select> takes the arrow keys, as it does for a person.
    await tabTo(page, '[data-testid="workbook-kind"]');
    const kind = page.getByTestId('workbook-kind');
    for (let i = 0; i < CELL_KINDS.length && (await kind.inputValue()) !== 'churn-by-attribute'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await kind.inputValue()).toBe('churn-by-attribute');
    await tabTo(page, '[data-testid="workbook-add"]');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-kind')))
      .toBe('churn-by-attribute');
    const cell = page.getByTestId('cell-churn-by-attribute');
    await expect.poll(() => cell.getByTestId('chart-summary').textContent(), { timeout: 30_000 }).toBeTruthy();

    await tabTo(page, '[data-testid="cell-churn-by-attribute"] [data-testid="chart-csv"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = (await readFile((await download.path())!)).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    // The chart's table (a header and a row per value of the attribute), then the stamp.
    expect(lines.indexOf('')).toBeGreaterThan(2);
    expect(lines).toContain('"Churn definition: churned = the churn flag is yes"');
  });
});

test('keyboard only: open a data file from the file button, confirm the roles, add a cell, export the report', async () => {
  await withPage(async (page) => {
    await page.goto(`${baseUrl}?lang=en`);
    await page.getByTestId('sample-telco').waitFor();
    // The Open files button is the (visually hidden) file input itself: Tab reaches it, Space opens the picker.
    await tabTo(page, '[data-testid="open-file"]');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
    await chooser.setFiles(resolve('public', 'samples', 'telco-customer-churn.csv'));
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')), { timeout: 60_000 })
      .toBe('dataset-summary');

    await page.getByTestId('roles-confirm').waitFor();
    await tabTo(page, '[data-testid="roles-confirm"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('roles-confirmed').textContent()).toBe('Roles saved in the workbook.');

    await tabTo(page, '[data-testid="workbook-kind"]');
    const kind = page.getByTestId('workbook-kind');
    for (let i = 0; i < CELL_KINDS.length && (await kind.inputValue()) !== 'survival'; i++) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await kind.inputValue()).toBe('survival');
    await tabTo(page, '[data-testid="workbook-add"]');
    await page.keyboard.press('Enter');
    const cell = page.getByTestId('cell-survival');
    await expect.poll(() => cell.getByTestId('chart-summary').first().textContent(), { timeout: 30_000 }).toBeTruthy();

    await tabTo(page, '[data-testid="report-html"]');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.html$/);
    const html = (await readFile((await download.path())!)).toString('utf8');
    // The file opened, its survival cell with its chart, in the report.
    expect(html).toContain('telco-customer-churn.csv');
    const sections = html.split('<section class="cell"').slice(1);
    expect(sections).toHaveLength(1);
    expect(sections[0]).toContain('<svg');
    expect(sections[0]).toContain('Survival curves');
  });
}, 120_000);

test('axe: no violations in the share dialog with aggregates, nor on the page a link with aggregates opens', async () => {
  let link = '';
  await withPage(async (page) => {
    const axe = collector(page);
    await openSample(page, 'cdnow');
    for (const kind of ['survival', 'rfm', 'clusters']) await settled(await addCell(page, kind));
    await page.getByTestId('share-open').click();
    await page.getByTestId('share-aggregates').check();
    await page.getByTestId('share-aggregates-summary').waitFor({ timeout: 60_000 });
    link = await page.getByTestId('share-link').inputValue();
    await axe.check('share dialog with aggregates');
    expect(axe.lines).toEqual([]);
  });
  await withPage(async (page) => {
    const axe = collector(page);
    await page.goto(link);
    await page.getByTestId('aggregate-banner').waitFor();
    for (const cell of await page.locator('[data-testid^="cell-"][data-kind]').all()) {
      await cell.scrollIntoViewIfNeeded();
      await settled(cell, 500);
    }
    await axe.check('opened from a link with aggregates');
    expect(axe.lines).toEqual([]);
  });
}, 120_000);

test('axe: no violations in a cell of every kind on the CDNOW log (the kinds that need dates draw charts)', async () => {
  await withPage(async (page) => {
    const axe = collector(page);
    await openSample(page, 'cdnow');
    await axe.check('CDNOW loaded');
    await addEveryKind(page, axe, 'CDNOW');
    expect(axe.lines).toEqual([]);
  });
}, 300_000);
