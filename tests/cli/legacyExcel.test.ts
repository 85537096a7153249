/**
 * The command line reads legacy Excel and ERP "Excel" exports (fixtures: tests/fixtures/hostile/xls,
 * see SOURCES.md) and names a protected one; .xlsb and .ods are covered in tests/data/formats. Expected values come from the CSV
 * twins the fixtures were made from (60 orders; first order 客户011 on 2023-09-23).
 */
import { describe, expect, it } from 'vitest';
import { cli } from './runCli.ts';
import { fixture } from '../sharedData.ts';

const xls = (name: string) => fixture('hostile', 'xls', name);

function inspect(...args: string[]) {
  const r = cli('inspect', ...args);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('churnscope inspect on legacy Excel', () => {
  it('an .xls: 60 orders, dates typed as dates, the hidden sheet noted', () => {
    const out = inspect(xls('orders-zh.xls'));
    expect(out).toMatchObject({ rows: 60, format: 'xls', shape: 'transactions' });
    const col = (n: string) => out.columns.find((c: { name: string }) => c.name === n);
    expect(col('下单日期')).toMatchObject({ type: 'date', role: 'date', invalid: 0 });
    expect(col('下单时间')).toMatchObject({ type: 'datetime', invalid: 0 });
    expect(col('客户编号')).toMatchObject({ role: 'customer_id' });
    expect(out.issues.find((i: { code: string }) => i.code === 'hidden-sheets').message).toContain('(隐藏)');
  });
  it('an HTML table saved as .xls is read as a table of 60 orders', () => {
    expect(inspect(xls('orders-html.xls'))).toMatchObject({ rows: 60, format: 'html-table', shape: 'transactions' });
  });
  it('SpreadsheetML 2003 saved as .xls is read, its visible sheet of 25 rows', () => {
    expect(inspect(xls('formulas-spreadsheetml.xls'))).toMatchObject({ rows: 25, format: 'spreadsheetml' });
  });
  it('a password-protected .xls exits 2 saying so and what to do', () => {
    const r = cli('inspect', xls('encrypted.xls'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('protected with a password');
    expect(r.stderr).toContain('remove it');
  });
});
