/**
 * Issue #17's "Done when", as a consultant new to the app does it: from the loaded file to an
 * exported call list of the high-value customers at high risk ("Retain now") with the spend each
 * is worth, in English and in Chinese — on Telco with reasons (risk from the model, value from
 * CLTV) and on Online Retail (risk from a model split in time, value from CLV). The files are
 * read back as a client would (exceljs, and the CSV) and checked against a recomputation by hand
 * (consultantFlowCheck.ts): the rows are exactly the quadrant's customers not yet churned whose
 * spend is above 0, and each spend is value × risk × P(save | type) − the plan's offer cost.
 * Screenshots of each step go to $CONSULTANT_SHOTS when it is set.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import type { MessageKey } from '../../src/i18n/en/index.ts';
import { appSession, chromiumForFile } from './browser.ts';
import { handList, parseCsv, word, type Locale } from './consultantFlowCheck.ts';

const baseUrl = inject('baseUrl');
const { withPage, addCell } = appSession(chromiumForFile(), baseUrl);
const shotsDir = process.env.CONSULTANT_SHOTS;
if (shotsDir) mkdirSync(shotsDir, { recursive: true });

async function shot(page: Page, name: string, target?: Locator) {
  if (!shotsDir) return;
  if (target) await target.screenshot({ path: join(shotsDir, `${name}.png`) });
  else await page.screenshot({ path: join(shotsDir, `${name}.png`) });
}

async function downloaded(page: Page, button: Locator): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return readFile((await download.path())!);
}

/** The call list as the client opens it: the xlsx's first sheet (header, rows), its other sheets as text, and the CSV's rows. */
async function callList(page: Page, cell: Locator) {
  const csv = parseCsv((await downloaded(page, cell.getByTestId('decision-list-csv'))).toString('utf8'));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(new Uint8Array(await downloaded(page, cell.getByTestId('decision-list-xlsx'))).buffer);
  const sheet = book.worksheets[0];
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: unknown[][] = [];
  for (let r = 2; r <= sheet.rowCount; r++) rows.push((sheet.getRow(r).values as unknown[]).slice(1));
  const about = book.worksheets
    .slice(1)
    .flatMap((s) => s.getSheetValues().map((row) => (row as unknown[] | undefined)?.slice(1).join(' | ') ?? ''))
    .join('\n');
  return { csv, header, rows, about };
}

interface Flow {
  /** Open the file (and wait for the KPIs). */
  open: (page: Page) => Promise<void>;
  /** The quadrant's value source (and its column). */
  quadrantValue: { source: string; column?: string };
  /** The decision's value source ('' = its default). */
  decisionValue: string;
  /** A customer's value for the hand check: from elsewhere, or a column of the customer table export. */
  value: { of: (id: string) => number } | { column: MessageKey };
  wait: number;
  /** Add a lifetime-value cell (and wait for its fit) before the quadrant. */
  clvCell?: boolean;
  /**
   * The risk model starts split in time (a transaction log): 'time' judged out of time, 'fraction'
   * one cutoff a label window (the definition's days) before the as-of date, tested on a held-out share.
   */
  temporal?: 'time' | 'fraction';
}

export interface Figures {
  inQuadrant: number;
  decided: number;
  worth: number;
  spend: number;
}

/**
 * Open, confirm the roles, add the risk model, the quadrant and the decision for "Retain now",
 * export the call list and the customer table, and check the list against the hand recomputation.
 */
async function consultant(page: Page, locale: Locale, tag: string, flow: Flow): Promise<Figures> {
  const w = (key: MessageKey) => word(locale, key);
  await page.setViewportSize({ width: 1280, height: 900 });
  await flow.open(page);
  if (locale !== 'en') await page.getByTestId('locale').selectOption(locale);
  await shot(page, `${tag}-1-loaded`);
  await page.getByRole('button', { name: w('roles.confirm') }).click();
  await shot(page, `${tag}-2-roles`);

  const model = await addCell(page, 'risk-model');
  await model.getByTestId('risk-headline').waitFor({ timeout: flow.wait });
  for (const id of ['roc', 'gains'])
    expect(await model.getByTestId(`risk-${id}-chart`).locator('svg').count()).toBeGreaterThan(0);
  if (flow.temporal) {
    expect(await model.getByTestId('risk-test-by').inputValue()).toBe(flow.temporal);
    const split = flow.temporal === 'time' ? 'risk-out-of-time' : 'risk-temporal';
    expect(await model.getByTestId(split).count()).toBe(1);
  }
  await shot(page, `${tag}-3-risk-model`, model);
  if (flow.clvCell) {
    const clv = await addCell(page, 'customer-lifetime-value');
    await clv.getByTestId('clv-lead').waitFor({ timeout: flow.wait });
    await clv.getByTestId('clv-cumulative-chart').locator('svg').first().waitFor();
    await shot(page, `${tag}-3b-clv`, clv);
  }

  const quadrant = await addCell(page, 'value-risk-quadrant');
  await quadrant.getByTestId('quadrant-value').selectOption(flow.quadrantValue.source);
  if (flow.quadrantValue.column)
    await quadrant.getByTestId('quadrant-value-column').selectOption(flow.quadrantValue.column);
  // The risk model the workbook ran is the quadrant's default risk, for a log too.
  expect(await quadrant.getByTestId('quadrant-risk').inputValue()).toBe('model');
  await quadrant.getByTestId('quadrant-headline').waitFor({ timeout: flow.wait });
  expect(await quadrant.getByTestId('quadrant-sources').innerText()).toContain('churn_risk');
  // The risk is the model's the workbook ran, not one fitted anew.
  await expect
    .poll(() => quadrant.getByTestId('quadrant-sources').innerText(), { timeout: flow.wait })
    .toContain(flow.quadrantValue.column ?? 'clv');
  expect(await quadrant.getByTestId('quadrant-canvas').getAttribute('data-draw-ms')).not.toBeNull();
  await shot(page, `${tag}-4-quadrant`, quadrant);
  const inQuadrant = Number((await quadrant.getByTestId('quadrant-customers-0').innerText()).replace(/\D/g, ''));

  const decision = await addCell(page, 'retention-decision');
  if (flow.decisionValue) await decision.getByTestId('decision-value').selectOption(flow.decisionValue);
  await decision.getByTestId('decision-quadrant').selectOption('retain-now');
  const quadrantName = w('value-risk-quadrant.quadrant.retain-now');
  await expect
    .poll(() => decision.getByTestId('decision-sources').innerText(), { timeout: flow.wait })
    .toContain(quadrantName);
  await decision.locator('svg').first().waitFor();
  await shot(page, `${tag}-5-decision`, decision);

  const list = await callList(page, decision);
  const customers = (await downloaded(page, page.getByTestId('export-customers'))).toString('utf8');
  const hand = handList(customers, locale, quadrantName, flow.value);
  // The quadrant's count is the customer table's: exact.
  expect(hand.inQuadrant).toBe(inQuadrant);

  const col = (key: MessageKey) => list.header.indexOf(w(key));
  for (const key of ['customer_id', 'risk', 'value', 'expected_value_saved', 'max_retention_spend'] as const)
    expect(col(`retention-decision.col.${key}`)).toBeGreaterThanOrEqual(0);
  const id = col('retention-decision.col.customer_id');
  const spendAt = col('retention-decision.col.max_retention_spend');
  // Exactly the customers worth saving by hand, in the xlsx and in the CSV, highest spend first.
  const ids = list.rows.map((r) => String(r[id]));
  expect(new Set(ids)).toEqual(new Set(hand.spend.keys()));
  expect(ids).toHaveLength(hand.spend.size);
  expect(
    list.csv
      .slice(1)
      .filter((r) => r.length > 1)
      .map((r) => r[id]),
  ).toEqual(ids);
  expect(list.csv[0]).toEqual(list.header);
  const spends = list.rows.map((r) => Number(r[spendAt]));
  expect(spends).toEqual([...spends].sort((a, b) => b - a));
  // Each spend as recomputed by hand. Tolerance 0.01: the file's spend is to the cent (±0.005); a
  // value read from the customer table's CSV (CLV) is to the cent too (±0.005 × risk × P(save) ≤ 0.0035).
  for (const [k, s] of spends.entries()) expect(Math.abs(s - hand.spend.get(ids[k])!)).toBeLessThan(0.01);
  // The file says which quadrant it lists.
  expect(list.about).toContain(`${w('retention-decision.quadrant')} | ${quadrantName}`);

  const lead = await decision.getByTestId('decision-lead').innerText();
  const numbers = lead.match(/\d[\d,]*(\.\d+)?/g)!.map((n) => Number(n.replace(/,/g, '')));
  const spend = [...hand.spend.values()].reduce((a, b) => a + b, 0);
  // The sentence: "{worth} of {customers} … {saved} … {net}" ("{customers} 位客户中有 {worth} 位…" in
  // Chinese): counts exact, the total to the cent.
  const counts = numbers.slice(0, 2);
  expect(locale === 'en' ? counts : counts.reverse()).toEqual([hand.spend.size, hand.decided]);
  // Total shown to the cent (±0.005), plus ±0.0035 a customer when the values are the CSV's CLV to the cent.
  const perCustomer = 'column' in flow.value ? 0.0035 : 0;
  expect(Math.abs(numbers[3] - spend)).toBeLessThan(0.005 + perCustomer * hand.spend.size);
  process.stderr.write(
    `${tag}: ${inQuadrant} in the quadrant, ${hand.decided} not churned, ${hand.spend.size} worth saving, spend ${spend.toFixed(2)} (median value ${hand.medianValue})\n`,
  );
  return { inQuadrant, decided: hand.decided, worth: hand.spend.size, spend };
}

const cltv = (() => {
  const [header, ...rows] = parseCsv(readFileSync(resolve('public', 'samples', 'telco-churn-reasons.csv'), 'utf8'));
  const [id, v] = [header.indexOf('CustomerID'), header.indexOf('CLTV')];
  return new Map(rows.map((r) => [r[id], Number(r[v])]));
})();

const telco: Flow = {
  open: async (page) => {
    await page.goto(`${baseUrl}?sample=telco-reasons`);
    await page.getByTestId('churn-rate').waitFor({ timeout: 60_000 });
  },
  quadrantValue: { source: 'column', column: 'CLTV' },
  decisionValue: 'CLTV',
  // The value read from the file itself, not from the app.
  value: { of: (id) => cltv.get(id)! },
  wait: 120_000,
};

const telcoFigures: Partial<Record<Locale, Figures>> = {};
for (const locale of ['en', 'zh-CN'] as const)
  test(`Telco with reasons (${locale}): a call list of the customers to retain now with the spend each is worth`, async () => {
    await withPage(async (page) => {
      telcoFigures[locale] = await consultant(page, locale, `telco-${locale}`, telco);
    });
    // The same figures whatever the language.
    if (locale === 'zh-CN' && telcoFigures.en) expect(telcoFigures['zh-CN']).toEqual(telcoFigures.en);
  }, 180_000);

const monthly = resolve('..', 'shared', 'data', 'online-retail', 'monthly');
// The whole log (13 monthly files, README: 541,909 lines): about 7 s here. RETAIL_MONTHS=2011-03,… tries a shorter one.
const retailMonths = process.env.RETAIL_MONTHS?.split(',') ?? [
  '2010-12',
  ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`),
];
const retail: Flow = {
  open: async (page) => {
    await page.goto(baseUrl);
    await page.setInputFiles(
      '[data-testid=open-file]',
      retailMonths.map((m) => resolve(monthly, `online_retail_${m}.csv`)),
    );
    await page
      .getByTestId('churn-rate')
      .waitFor({ timeout: 120_000 })
      .catch(async (error: unknown) => {
        await shot(page, 'retail-open-timeout');
        throw error;
      });
  },
  quadrantValue: { source: 'clv' },
  decisionValue: 'clv',
  value: { column: 'customer-lifetime-value.col.clv' },
  wait: 200_000,
  clvCell: true,
  // 13 months hold one 180-day window (the definition's) and a month of history, not two.
  temporal: 'fraction',
};

const retailFigures: Partial<Record<Locale, Figures>> = {};
for (const locale of ['en', 'zh-CN'] as const)
  test(`Online Retail, 13 months (${locale}): risk from a model split in time, value from CLV, the call list of the customers to retain now`, async () => {
    await withPage(async (page) => {
      retailFigures[locale] = await consultant(page, locale, `retail-${locale}`, retail);
    });
    if (locale === 'zh-CN' && retailFigures.en) expect(retailFigures['zh-CN']).toEqual(retailFigures.en);
  }, 400_000);
