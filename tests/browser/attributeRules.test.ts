/**
 * Attributes of a transaction log as a person picks them (issue 12, section 4), on the 13
 * Online Retail files: the customer's own attributes (Country) are offered directly; columns that
 * differ between a customer's purchases (StockCode, Description, InvoiceNo) only in their own
 * group, with a rule to choose, which the chart then states in both languages.
 */
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { appSession, chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const { withPage, addCell } = appSession(chromiumForFile(), baseUrl);
const monthly = resolve('..', 'shared', 'data', 'online-retail', 'monthly');
const files = readdirSync(monthly)
  .filter((f) => f.endsWith('.csv'))
  .sort()
  .map((f) => resolve(monthly, f));

async function openRetail(page: Page) {
  await page.goto(baseUrl);
  await page.setInputFiles('[data-testid=open-file]', files);
  await page.getByTestId('churn-rate').waitFor({ timeout: 110_000 });
}

/** The picker's options: those offered directly, and those in the "varies within customers" group. */
const offered = (select: Locator) =>
  select.evaluate((s) => ({
    direct: [...s.children].filter((c) => c.tagName === 'OPTION').map((o) => (o as HTMLOptionElement).value),
    group: [...s.querySelectorAll('optgroup')].map((g) => ({
      label: g.label,
      options: [...g.querySelectorAll('option')].map((o) => o.value),
    })),
  }));

test('Online Retail: StockCode is offered only with a rule, Country directly with a note, and the chart states the rule', async () => {
  await withPage(async (page) => {
    await openRetail(page);
    const cell = await addCell(page, 'churn-by-attribute');
    const picker = cell.getByTestId('attribute-column');
    const options = await offered(picker);
    expect(options.direct).toContain('Country');
    expect(options.direct).not.toContain('StockCode');
    expect(options.group).toEqual([
      {
        label: 'varies within customers — choose a rule',
        options: ['InvoiceNo', 'StockCode', 'Description', 'source_file'],
      },
    ]);
    // Country differs for 8 of 4,339 customers (counted in DuckDB, attributeRules.duckdb.test.ts).
    await picker.selectOption('Country');
    await expect.poll(() => cell.getByTestId('attribute-column-nearly').innerText()).toMatch(/8 of 4,339 customers/);
    expect(await cell.getByTestId('attribute-column-rule').inputValue()).toBe('latest');
    const chart = cell.getByTestId('attribute-chart');
    await expect.poll(() => chart.innerText()).toContain('Attributes: Country (latest value per customer)');

    // StockCode without a rule is not analysed: the cell asks for one.
    await picker.selectOption('StockCode');
    await expect.poll(() => cell.innerText()).toMatch(/differs between the rows of 4,247 of 4,339 customers/);
    const rules = await cell
      .getByTestId('attribute-column-rule')
      .evaluate((s) => [...(s as HTMLSelectElement).options].map((o) => [o.value, o.disabled]));
    expect(rules).toEqual([
      ['', true],
      ['latest', false],
      ['most-frequent', false],
      ['count-distinct', false],
    ]);
    await cell.getByTestId('attribute-column-rule').selectOption('count-distinct');
    await expect.poll(() => chart.innerText()).toContain('Attributes: StockCode (distinct values per customer)');
    await chart.getByRole('button', { name: 'Show table' }).click();
    // The quintiles of distinct StockCodes per customer, as DuckDB's quantile_cont cuts them
    // (attributeRules.duckdb.test.ts): 855, 827, 896, 881 and 880 customers.
    const counts = await chart
      .getByTestId('chart-table')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => (r.children[1] as HTMLElement).innerText));
    expect(counts).toEqual(['855', '827', '896', '881', '880']);

    // An invoice number is only counted: its one rule comes with the column.
    await picker.selectOption('InvoiceNo');
    expect(await cell.getByTestId('attribute-column-rule').inputValue()).toBe('count-distinct');

    await page.getByTestId('locale').selectOption('zh-CN');
    expect((await offered(picker)).group[0].label).toBe('客户内取值不一 — 需选择规则');
    await expect.poll(() => chart.innerText()).toContain('属性：InvoiceNo（每位客户的不同值个数）');
  });
});

test('Online Retail: survival groups take a rule; filters offer only rules that keep the values', async () => {
  await withPage(async (page) => {
    await openRetail(page);
    const cell = await addCell(page, 'survival');
    const group = cell.getByTestId('survival-group');
    expect((await offered(group)).direct).toEqual(['', 'Country']);
    await group.selectOption('StockCode');
    await cell.getByTestId('survival-group-rule').selectOption('most-frequent');
    await expect
      .poll(() => cell.innerText(), { timeout: 30_000 })
      .toContain('Attributes: StockCode (most frequent value per customer)');
    await cell.getByText('Filters (0)').click();
    await cell.getByRole('button', { name: 'Add a filter' }).click();
    const filter = await offered(cell.getByTestId('survival-filter-column'));
    // A count of invoices has no values to tick.
    expect(filter.group[0].options).toEqual(['StockCode', 'Description', 'source_file']);
  });
});
