/**
 * A share link made on the Telco sample opens, in a fresh browser context (no storage, no
 * clipboard), the same workbook: cells, titles, notes, as-of day, currency and language.
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { chromiumForFile } from './browser.ts';

const baseUrl = inject('baseUrl');
const chromium = chromiumForFile();

async function waitForRows(page: Page, rows: number) {
  await page
    .locator(`[data-testid=dataset-summary][data-rows="${rows}"]`)
    .waitFor({ state: 'attached', timeout: 60_000 });
}

async function addCell(page: Page, kind: string, title: string) {
  await page.getByTestId('workbook-kind').selectOption(kind);
  await page.getByTestId('workbook-add').click();
  await page
    .locator(`[data-testid=cell-${kind}]`)
    .last()
    .getByPlaceholder(/untitled|未命名/i)
    .fill(title);
}

/** Opens the Share dialog and waits for its link (it is compressed between tasks). */
async function shareLink(page: Page): Promise<string> {
  await page.getByTestId('share-open').click();
  await page.getByTestId('share-link').waitFor();
  return page.getByTestId('share-link').inputValue();
}

/** The cells as the page shows them: kind and title, in order. */
async function cellsShown(page: Page): Promise<string[]> {
  return page
    .locator('[data-cell-id]')
    .evaluateAll((cells) =>
      cells.map(
        (c) => `${c.getAttribute('data-kind')}: ${c.querySelector<HTMLInputElement>('.cell-title input')!.value}`,
      ),
    );
}

test('a link made on /?sample=telco opens the same cells and settings in a fresh context', async () => {
  const sender = await chromium.newPage();
  const receiver = await chromium.newPage();
  try {
    const a = sender.page;
    await a.goto(`${baseUrl}?sample=telco`);
    await waitForRows(a, 7043);
    await a.getByTestId('as-of').fill('2024-05-31');
    await a.getByTestId('as-of').dispatchEvent('change');
    await a.getByTestId('workbook-currency').selectOption('EUR');
    await addCell(a, 'churn-by-attribute', 'By contract');
    await addCell(a, 'survival', 'Staying power');
    await addCell(a, 'note', 'Read me');
    await a.locator('[data-testid=cell-note] textarea').fill('Look at month-to-month first.');
    await a.getByTestId('locale').selectOption('zh-CN');
    const sent = await cellsShown(a);
    expect(sent).toEqual(['churn-by-attribute: By contract', 'survival: Staying power', 'note: Read me']);

    const link = await shareLink(a);
    const inspected = await a.getByTestId('share-json').textContent();
    // The payload is after the #, and the page's ?sample=… is not in the link.
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/deploy\/churnscope\/#w=d[A-Za-z0-9_-]+$/);
    const shown = JSON.parse(inspected!);
    expect(shown).toMatchObject({
      v: 1,
      lang: 'zh-CN',
      workbook: { currency: 'EUR', analysis: { asOf: '2024-05-31' } },
    });
    expect(shown.workbook.cells).toHaveLength(3);

    const b = receiver.page;
    await b.goto(link);
    await waitForRows(b, 7043);
    await expect.poll(() => cellsShown(b), { timeout: 30_000 }).toEqual(sent);
    expect(await b.getByTestId('locale').inputValue()).toBe('zh-CN');
    expect(await b.getByTestId('workbook-currency').inputValue()).toBe('EUR');
    expect(await b.getByTestId('as-of').inputValue()).toBe('2024-05-31');
    // Cells far below the fold are drawn when they come into view: scroll to the note first.
    await b.getByTestId('cell-note').scrollIntoViewIfNeeded();
    expect(await b.locator('[data-testid=cell-note] textarea').inputValue()).toBe('Look at month-to-month first.');
    // The sample opened by itself: no file was asked for.
    expect(await b.getByTestId('workbook-data').count()).toBe(0);
    // The receiver's own share inspector shows the very same settings.
    await shareLink(b);
    expect(JSON.parse((await b.getByTestId('share-json').textContent())!)).toEqual(shown);
    expect(sender.pageErrors).toEqual([]);
    expect(receiver.pageErrors).toEqual([]);
    // CompressionStream needs nothing the Content-Security-Policy forbids: no violation was logged.
    expect([...sender.consoleErrors, ...receiver.consoleErrors]).toEqual([]);
  } finally {
    await sender.close();
    await receiver.close();
  }
}, 120_000);

test('a link made on a client file asks for that file, refuses a different one and applies on the same', async () => {
  const bytes = await readFile(resolve('public', 'samples', 'telco-customer-churn.csv'));
  const client = { name: 'client.csv', mimeType: 'text/csv', buffer: bytes };
  // One customer id changed: same name, same size, other bytes.
  const edited = Buffer.from(bytes.toString('utf8').replace('7590-VHVEG', '7590-VHVEX'));
  const sender = await chromium.newPage();
  const receiver = await chromium.newPage();
  try {
    const a = sender.page;
    await a.goto(`${baseUrl}?lang=en`);
    await a.setInputFiles('[data-testid=open-file]', client);
    await waitForRows(a, 7043);
    await addCell(a, 'churn-by-attribute', 'Client cut');
    const link = await shareLink(a);

    const b = receiver.page;
    await b.goto(link);
    await b.getByTestId('workbook-data').waitFor({ state: 'attached' });
    expect(await b.getByText('Now open the data file this workbook was made with: client.csv.').count()).toBe(1);
    await b.setInputFiles('[data-testid=workbook-data]', { ...client, buffer: edited });
    await expect.poll(() => b.getByText('“client.csv” is not the file this workbook was saved with').count()).toBe(1);
    expect(await cellsShown(b)).toEqual([]);
    await b.setInputFiles('[data-testid=workbook-data]', client);
    await expect.poll(() => cellsShown(b), { timeout: 30_000 }).toEqual(['churn-by-attribute: Client cut']);
    expect(receiver.pageErrors).toEqual([]);
  } finally {
    await sender.close();
    await receiver.close();
  }
}, 120_000);

test('a link sealed with a passphrase asks for it, refuses a wrong one and opens with the right one', async () => {
  const sender = await chromium.newPage();
  const receiver = await chromium.newPage();
  try {
    const a = sender.page;
    await a.goto(`${baseUrl}?sample=telco&lang=en`);
    await waitForRows(a, 7043);
    await addCell(a, 'profile', 'Sealed profile');
    const plain = await shareLink(a);
    await a.getByTestId('share-passphrase').fill('tea at five');
    await a.getByTestId('share-passphrase').press('Tab');
    await expect.poll(() => a.getByTestId('share-link').inputValue()).toMatch(/#w=e[A-Za-z0-9_-]+$/);
    const link = await a.getByTestId('share-link').inputValue();
    expect(link).not.toBe(plain);

    const b = receiver.page;
    await b.goto(link);
    await b.getByTestId('share-unlock-passphrase').fill('tea at six');
    await b.getByTestId('share-unlock').getByRole('button').click();
    await expect.poll(() => b.getByText('That passphrase does not open this link').count()).toBe(1);
    expect(await cellsShown(b)).toEqual([]);
    await b.getByTestId('share-unlock-passphrase').fill('tea at five');
    await b.getByTestId('share-unlock').getByRole('button').click();
    await waitForRows(b, 7043);
    await expect.poll(() => cellsShown(b), { timeout: 30_000 }).toEqual(['profile: Sealed profile']);
    expect(await b.getByTestId('share-unlock').count()).toBe(0);
    expect(receiver.pageErrors).toEqual([]);
    // The unlock form never submits (CSP form-action 'none'): nothing was logged.
    expect(receiver.consoleErrors).toEqual([]);
  } finally {
    await sender.close();
    await receiver.close();
  }
}, 120_000);

test('a damaged link says so in the page and leaves the app usable', async () => {
  const recorded = await chromium.newPage();
  try {
    const { page } = recorded;
    await page.goto(`${baseUrl}?lang=en#w=d$$$`);
    await expect.poll(() => page.getByText('This shared link cannot be opened').count()).toBe(1);
    expect(recorded.pageErrors).toEqual([]);
  } finally {
    await recorded.close();
  }
});

test('a link with aggregates opens in a fresh context with no file: cells drawn from them, marked, others ask for the file', async () => {
  const sender = await chromium.newPage();
  const receiver = await chromium.newPage();
  try {
    const a = sender.page;
    await a.goto(`${baseUrl}?sample=cdnow&lang=en`);
    await waitForRows(a, 6919);
    await addCell(a, 'survival', 'Staying power');
    await addCell(a, 'rfm', 'Segments');
    await addCell(a, 'clusters', 'Groups');
    await a.getByTestId('share-open').click();
    await a.getByTestId('share-aggregates').check();
    await a.getByTestId('share-aggregates-summary').waitFor({ timeout: 60_000 });
    expect(await a.getByTestId('share-aggregates-summary').textContent()).toMatch(
      /Aggregates: 2 of 3 cell\(s\) carried; [1-9]\d* group\(s\) under 10 customers left out\./,
    );
    expect(
      await a.locator('[data-testid=share-aggregates-cells] li').evaluateAll((l) => l.map((e) => e.dataset.state)),
    ).toEqual(['carried', 'carried', 'kind']);
    const link = await a.getByTestId('share-link').inputValue();
    // Compressed, the link stays under the 8 KB some apps cut at, and the inspector says its size.
    expect(link.length).toBeLessThan(8 * 1024);
    expect(await a.getByTestId('share-size').textContent()).toContain(`${link.length.toLocaleString('en')} characters`);
    expect(await a.getByTestId('share-too-long').count()).toBe(0);

    const b = receiver.page;
    await b.goto(link);
    await b.getByTestId('aggregate-banner').waitFor();
    expect(await b.getByTestId('aggregate-banner').innerText()).toContain(
      'Aggregates from a shared link, no data loaded; cells under 10 customers suppressed.',
    );
    // No file was asked for, and none was read: the sample was never fetched.
    expect(await b.getByTestId('workbook-data').count()).toBe(0);
    expect(receiver.requests.filter((u) => u.includes('/samples/'))).toEqual([]);
    for (const kind of ['survival', 'rfm']) {
      const cell = b.getByTestId(`cell-${kind}`);
      await cell.scrollIntoViewIfNeeded();
      await cell.getByTestId('cell-from-aggregates').waitFor();
      await expect.poll(() => cell.locator('svg').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    await b.getByTestId('cell-clusters').scrollIntoViewIfNeeded();
    await b.getByTestId('cell-clusters').getByTestId('cell-needs-file').waitFor();
    // A setting changed from the link's: its result is not shown for settings it was not made with.
    await b.getByTestId('cell-survival').getByTestId('survival-unit').selectOption('weeks');
    await b.getByTestId('cell-survival').getByTestId('cell-aggregates-changed').waitFor();
    expect(sender.pageErrors).toEqual([]);
    expect(receiver.pageErrors).toEqual([]);
    expect([...sender.consoleErrors, ...receiver.consoleErrors]).toEqual([]);
  } finally {
    await sender.close();
    await receiver.close();
  }
}, 120_000);
