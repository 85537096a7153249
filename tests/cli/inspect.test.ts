import { describe, expect, it } from 'vitest';
import { cli } from './runCli.ts';
import { CDNOW_SAMPLE, fixture, TELCO } from '../sharedData.ts';

describe('churnscope inspect', () => {
  it('inspect <telco> prints rows, shape, encoding, delimiter and typed, role-tagged columns as JSON', () => {
    const r = cli('inspect', TELCO);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ rows: 7043, shape: 'customers', encoding: 'utf-8', delimiter: ',' });
    expect(out.columns.find((c: { name: string }) => c.name === 'TotalCharges')).toMatchObject({
      type: 'decimal',
      role: 'value',
      nulls: 11,
      invalid: 0,
    });
    expect(
      out.issues.some((i: { code: string; column?: string }) => i.code === 'nulls' && i.column === 'TotalCharges'),
    ).toBe(true);
  });
  it('inspect <file> --header yes overrides detection on the headerless CDNOW log', () => {
    const out = JSON.parse(cli('inspect', CDNOW_SAMPLE, '--header', 'yes').stdout);
    expect(out.rows).toBe(6918);
    expect(out.columns[0].name).toBe('00004');
  });
  it('inspect <file> --encoding gbk --delimiter comma reads the GBK fixture', () => {
    const out = JSON.parse(
      cli('inspect', fixture('gbk-orders.csv'), '--encoding', 'gbk', '--delimiter', 'comma').stdout,
    );
    expect(out).toMatchObject({ encoding: 'gb18030', delimiter: ',', shape: 'transactions' });
  });
  it('inspect <missing file> exits 2 with one line on stderr', () => {
    const r = cli('inspect', 'no/such/file.csv');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });
  it('inspect <unknown option value> exits 2 and says what is allowed', () => {
    const r = cli('inspect', TELCO, '--header', 'maybe');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('yes or no');
  });
});
