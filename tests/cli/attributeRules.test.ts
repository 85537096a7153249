/**
 * Naming a rule for a column that varies within customers on the command line (`Column:rule`),
 * on the hand-made log of tests/engine/customers/attributeLog.ts, whose values per customer are
 * worked out by hand there: as of 2024-03-31, 35 days without a purchase is churned (b, d, e).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOG } from '../engine/customers/attributeLog.ts';
import { cli, scratchDirs } from './runCli.ts';

const scratchDir = scratchDirs();
const TABLE = ['--definition', '{"kind":"inactivity","days":35}', '--as-of', '2024-03-31'];

function logFile(): string {
  const path = join(scratchDir(), 'log.csv');
  writeFileSync(path, LOG);
  return path;
}

const groups = (out: {
  groups: { label?: string; name?: string; count?: number; n?: number; churned?: number; events?: number }[];
}) => Object.fromEntries(out.groups.map((g) => [g.label ?? g.name, [g.churned ?? g.events, g.count ?? g.n]]));

describe('churnscope and attribute rules', () => {
  it('customers <log> lists which attributes vary within customers', () => {
    const r = cli('customers', logFile(), ...TABLE);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.attributeVariation).toContainEqual({ column: 'StockCode', level: 'varies', varyingCustomers: 3 });
    expect(out.attributeVariation).toContainEqual({ column: 'Segment', level: 'customer', varyingCustomers: 0 });
  });

  it('churn-by-attribute <log> --column StockCode exits 2 and asks for a rule', () => {
    const r = cli('churn-by-attribute', logFile(), '--column', 'StockCode', ...TABLE);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/StockCode.*3 of 5 customers.*StockCode:most-frequent/);
  });

  it('churn-by-attribute <log> --column StockCode:count-distinct groups by the number of distinct codes', () => {
    const r = cli('churn-by-attribute', logFile(), '--column', 'StockCode:count-distinct', ...TABLE);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    // Distinct codes: a 2, b 2, c 1, d 1, e 2 — "1": d churned of c, d; "2": b, e churned of a, b, e.
    expect(groups(out)).toEqual({ '1': [1, 2], '2': [2, 3] });
    expect(out.stamp.parameters.attributeRules).toEqual({ StockCode: 'count-distinct' });
  });

  it('survival <log> --group StockCode:most-frequent --where Country:most-frequent=UK takes a rule per column', () => {
    const r = cli(
      'survival',
      logFile(),
      '--group',
      'StockCode:most-frequent',
      '--where',
      'Country:most-frequent=UK',
      '--time-unit',
      'days',
      ...TABLE,
    );
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    // Country mode UK: a, c, d, e; their StockCode modes Y (active), W (active), X (churned), B (churned).
    expect(groups(out)).toEqual({ Y: [0, 1], W: [0, 1], X: [1, 1], B: [1, 1] });
    expect(out.attributeRules).toEqual({ StockCode: 'most-frequent', Country: 'most-frequent' });
    const twice = cli(
      'survival',
      logFile(),
      '--group',
      'Country:latest',
      '--where',
      'Country:most-frequent=UK',
      ...TABLE,
    );
    expect(twice.code).toBe(2);
    expect(twice.stderr).toMatch(/two rules/);
  });
});
