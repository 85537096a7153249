/**
 * `segments --method rfm` and `rfm` on the command line: the R rfm README's file and published
 * segment summary, the eight classes with their actions, and `--out` with the columns RFM adds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDNOW_SAMPLE, sharedData } from '../sharedData.ts';
import { R_REFERENCE } from '../core/analyses/rfm/rRfmReference.ts';
import { cli, scratchDirs } from './runCli.ts';

const ORDERS = [sharedData('rfm-r-package', 'rfm_data_orders.csv'), '--as-of', '2006-12-31'];
const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const scratch = scratchDirs();

describe('churnscope segments --method rfm', () => {
  it('prints method, customers, named segments and the definition: R rfm’s README segment sizes', () => {
    const out = json('segments', ...ORDERS, '--method', 'rfm');
    expect(Object.keys(out).slice(0, 4)).toEqual(['method', 'customers', 'segments', 'definition']);
    expect([out.method, out.customers]).toEqual(['rfm', 995]);
    expect(Object.keys(out.segments[0]).slice(0, 6)).toEqual([
      'name',
      'code',
      'customers',
      'share',
      'valueShare',
      'churnRate',
    ]);
    const sizes = Object.fromEntries(
      out.segments.map((s: { name: string; customers: number }) => [s.name, s.customers]),
    );
    // rfm_segment_summary on the reference page of R rfm 0.3.0: exact.
    expect(sizes).toMatchObject({
      Champions: 35,
      'Potential loyalist': 342,
      Loyal: 170,
      Promising: 9,
      New: 104,
      "Can't lose them": 47,
      'At risk': 28,
      'Need attention': 10,
      'About to sleep': 102,
      Lost: 148,
    });
    expect(out.definition).toMatchObject({
      scheme: 'quintile',
      bins: 5,
      monetary: 'total',
      asOf: '2006-12-31',
      orders: { counted: 'rows' },
      breaks: R_REFERENCE.schemes[0].breaks,
      churn: { kind: 'inactivity', days: 180 },
    });
    expect(out.perCustomer).toBeUndefined();
  });

  it('--scheme mean8 prints the eight classes, each with its action, and says high means strictly above', () => {
    const out = json('segments', CDNOW_SAMPLE, '--role', 'ignore=column_2', '--method', 'rfm', '--scheme', 'mean8');
    expect(out.segments).toHaveLength(8);
    expect(out.segments[0]).toMatchObject({ code: 'important-value', action: expect.stringContaining('VIP') });
    expect(out.segments.reduce((n: number, s: { customers: number }) => n + s.customers, 0)).toBe(2357);
    expect(out.definition.thresholds.statistic).toBe('mean');
  });

  it('--out table.csv writes customer_id, then recency_days … segment, then the table’s own columns', () => {
    const file = join(scratch(), 'table.csv');
    json('segments', ...ORDERS, '--method', 'rfm', '--bins', '4', '--monetary', 'mean', '--out', file);
    const lines = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    const head = lines[0].split(',');
    expect(head.slice(0, 8)).toEqual([
      'customer_id',
      'recency_days',
      'rfm_frequency',
      'rfm_monetary',
      'r_score',
      'f_score',
      'm_score',
      'segment',
    ]);
    // The table's BTYD frequency (repeat purchase days) and monetary (mean repeat spend) keep their names.
    expect(head).toContain('frequency');
    expect(head).toContain('monetary');
    // Abbey O'Reilly: 472 over 6 orders = 78.67 per order; with 4 bins her scores are R's for 4 bins.
    const abbey = lines.find((l) => l.startsWith("Abbey O'Reilly,"))!.split(',');
    const k = R_REFERENCE.customers.indexOf("Abbey O'Reilly");
    expect(abbey.slice(1, 5)).toEqual([
      '205',
      '6',
      '78.67',
      String(R_REFERENCE.schemes.find((s) => s.bins === 4)!.r[k]),
    ]);
  });

  it('an unknown --method, or bins out of range, exits 2 with one line', () => {
    const unknown = cli('segments', ...ORDERS, '--method', 'nope');
    expect([unknown.code, unknown.stderr.trim()]).toEqual([2, 'churnscope: --method takes rfm or kmeans']);
    const bins = cli('rfm', ...ORDERS, '--bins', '12');
    expect([bins.code, bins.stderr.trim()]).toEqual([2, 'churnscope: RFM scores take 2 to 9 bins, not 12.']);
  });
});
