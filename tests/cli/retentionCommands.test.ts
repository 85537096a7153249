/**
 * `decision` and `economics` on the IBM Cognos Telco file (risk = Churn Score, value = CLTV):
 * the numbers against pandas (tests/fixtures/retention-decision/make_telco_reference.py), the
 * call list written as xlsx and read back with exceljs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fixture, sharedData } from '../sharedData.ts';
import { cli } from './runCli.ts';

const REF = JSON.parse(readFileSync(fixture('retention-decision', 'telco-reference.json'), 'utf8'));
const COGNOS = sharedData('telco-customer-churn', 'Telco_customer_churn.xlsx');
const SOURCES = ['--risk', 'Churn Score', '--value', 'CLTV'];

const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('churnscope decision / economics', () => {
  it('decision <Cognos Telco> --list calls.xlsx writes every customer worth saving, ranked as pandas ranks them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'decision-'));
    const list = join(dir, 'calls.xlsx');
    const costs = Object.entries(REF.decision.offerCosts as Record<string, number>).flatMap(([p, c]) => [
      '--offer-cost',
      `${p}=${c}`,
    ]);
    const d = json('decision', COGNOS, ...SOURCES, ...costs, '--top', '3', '--list', list);
    expect([d.customers, d.worthSaving]).toEqual([REF.decision.customers, REF.decision.worthSaving]);
    expect(d.top.map((t: { customer: string }) => t.customer)).toEqual(
      REF.decision.top.slice(0, 3).map((t: { id: string }) => t.id),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(list);
    const sheet = book.worksheets[0];
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
      'customer_id',
      'churn_type_decided',
      'retention_plan',
      'churn_risk',
      'value',
      'expected_value_saved',
      'max_retention_spend',
    ]);
    const first = sheet.getRow(2).values as unknown[];
    // pandas: the highest net, to the cent as exports keep money.
    expect(first[1]).toBe(REF.decision.top[0].id);
    expect(first[7]).toBeCloseTo(REF.decision.top[0].net, 2);
    expect(sheet.getColumn(1).values.filter((v) => typeof v === 'string' && /^\d{4}-[A-Z]{5}$/.test(v))).toHaveLength(
      REF.decision.worthSaving,
    );
    rmSync(dir, { recursive: true });
  }, 120_000);

  it('economics <Cognos Telco> says how many contacts reach half the churners with and without a ranking', () => {
    const e = json(
      'economics',
      COGNOS,
      ...SOURCES,
      '--contact-cost',
      '10',
      '--offer-cost',
      '200',
      '--acceptance',
      '0.3',
    );
    expect(e.campaign.best.k).toBe(REF.campaign.bestK);
    expect(e.contactsText).toBe(
      `To reach 50 % of the 1869 churners: ${REF.campaign.withModel} contacts ranked by risk vs ${REF.campaign.withoutModel} without a model.`,
    );
  }, 120_000);

  it('economics refuses a --treatment without COLUMN=VALUE', () => {
    const r = cli('economics', COGNOS, '--treatment', 'Paperless Billing');
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('--treatment takes COLUMN=VALUE')]);
  });
});
