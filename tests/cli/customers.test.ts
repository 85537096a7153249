import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { cli, scratchDirs } from './runCli.ts';
import { CDNOW_SAMPLE, TELCO } from '../sharedData.ts';

const scratchDir = scratchDirs();

describe('churnscope customers', () => {
  it('customers <telco> detects the churn flag and prints the published churn rate', () => {
    const r = cli('customers', TELCO);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ customers: 7043, churned: 1869, leftOut: 0, definition: { kind: 'flag' } });
    expect(out.churnRate).toBeCloseTo(0.2654, 4);
  });
  it('customers <CDNOW> --role … --as-of --unit --out table.arrow writes the BTYD summary', () => {
    const out = join(scratchDir(), 'table.arrow');
    const r = cli(
      'customers',
      CDNOW_SAMPLE,
      '--role',
      'customer_id=column_2',
      '--role',
      'ignore=column_1',
      '--as-of',
      '1997-09-30',
      '--unit',
      'weeks',
      '--definition',
      '{"kind":"inactivity","days":90}',
      '--out',
      out,
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      customers: 2357,
      asOf: '1997-09-30',
      unit: 'weeks',
      definition: { kind: 'inactivity', days: 90 },
    });
    const t = tableFromIPC(readFileSync(out));
    expect(t.numRows).toBe(2357);
    // cdnow_customers_summary.csv, ID 1: frequency 2, recency 30.43, T 38.86.
    expect(t.getChild('frequency')!.get(0)).toBe(2);
    expect(t.getChild('recency')!.get(0)).toBeCloseTo(30.43, 2);
    expect(t.getChild('T')!.get(0)).toBeCloseTo(38.86, 2);
  });
  it("customers --out table.csv writes the app's CSV (BOM, stamp after the table) with the published column names", () => {
    const out = join(scratchDir(), 'table.csv');
    expect(cli('customers', TELCO, '--out', out).code).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\r\n');
    expect(lines[0]).toMatch(
      /^\uFEFFcustomer_id,first_date,last_date,tenure_days,orders,frequency,recency,T,monetary,total_value,churned,churn_date,/,
    );
    const blank = lines.indexOf('');
    expect(blank).toBe(7044);
    expect(lines[blank + 1]).toBe('"Churn definition: churned = the churn flag is yes"');
    expect(lines.at(-2)).toBe('"Data source: WA_Fn-UseC_-Telco-Customer-Churn.csv"');
  });
  it('customers --out table.xlsx writes a workbook with the table and a sheet stating the definition', async () => {
    const out = join(scratchDir(), 'table.xlsx');
    expect(cli('customers', TELCO, '--out', out).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out).buffer as ArrayBuffer);
    const data = wb.getWorksheet(1)!;
    expect(data.rowCount).toBe(7044);
    expect(data.getCell('A1').value).toBe('customer_id');
    expect(typeof data.getCell('K2').value).toBe('number');
    expect(wb.getWorksheet(2)!.getCell('B1').value).toBe('churned = the churn flag is yes');
  });
  it('customers with a definition that lacks its column exits 2 naming the role', () => {
    const r = cli('customers', TELCO, '--definition', '{"kind":"contract-end"}');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('churn_date');
  });
  it('customers with malformed JSON or an unknown column exits 2 with one line', () => {
    expect(cli('customers', TELCO, '--definition', '{kind').stderr).toContain('not valid JSON');
    const r = cli('customers', TELCO, '--role', 'tenure=nope');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
