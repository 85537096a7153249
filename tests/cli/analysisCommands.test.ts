/**
 * The commands named after analysis kinds print the engine's result as JSON: checked against the
 * published numbers of ../shared/data/README.md where there are some.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDNOW_SAMPLE, sharedData, TELCO } from '../sharedData.ts';
import { cli } from './runCli.ts';

const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const CDNOW = [CDNOW_SAMPLE, '--role', 'ignore=column_2', '--definition', '{"kind":"inactivity","days":180}'];

describe('churnscope <kind>', () => {
  it('churn-kpis <telco> prints 1,869 of 7,043 churned, and why there is no period churn', () => {
    const k = json('churn-kpis', TELCO);
    expect([k.customers, k.churned, k.churnRate.toFixed(4)]).toEqual([7043, 1869, '0.2654']);
    expect(k.unavailable).toEqual({ period: 'no-first-date', monthly: 'no-first-date' });
    expect(k.stamp).toMatchObject({ kind: 'churn-kpis', definition: { kind: 'flag' } });
  });

  it('churn-by-attribute <telco> --column Contract prints the published rates by contract', () => {
    const r = json('churn-by-attribute', TELCO, '--column', 'Contract');
    const by = Object.fromEntries(
      r.groups.map((g: { label: string; churned: number; count: number }) => [g.label, [g.churned, g.count]]),
    );
    expect(by).toEqual({ 'Month-to-month': [1655, 3875], 'One year': [166, 1473], 'Two year': [48, 1695] });
    expect(cli('churn-by-attribute', TELCO).code).toBe(2);
  });

  it('value-tiers <telco> --tiers 0.2,0.3,0.5 keeps every customer and every churned one', () => {
    const v = json('value-tiers', TELCO, '--tiers', '0.2,0.3,0.5');
    const sum = (key: 'customers' | 'churned') =>
      v.tiers.tiers.reduce((n: number, t: Record<string, number>) => n + t[key], 0);
    expect([sum('customers'), sum('churned')]).toEqual([7043, 1869]);
    expect(v.stamp.parameters).toEqual({ tierShares: [0.2, 0.3, 0.5] });
    // Per-customer tiers go to --out, not into the JSON.
    expect(v.tiers.perCustomer).toBeUndefined();
  });

  it('value-tiers <telco> --out table.csv writes the customer table with value_tier after the id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'churnscope-'));
    try {
      const out = join(dir, 'table.csv');
      json('value-tiers', TELCO, '--tiers', '0.2,0.3,0.5', '--out', out);
      const lines = readFileSync(out, 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/);
      expect(lines[0].split(',').slice(0, 2)).toEqual(['customer_id', 'value_tier']);
      // 20 % of 7,043 customers rounds to 1,409 in tier A.
      const a = lines.slice(1).filter((l) => l.split(',')[1] === 'A').length;
      expect(a).toBe(1409);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('monthly-churn and definition-lab <CDNOW sample> run from 1997-02 to 1998-06 and count disagreements', () => {
    const m = json('monthly-churn', ...CDNOW);
    expect([m.monthly.months[0], m.monthly.months.at(-1)]).toEqual(['1997-02', '1998-06']);
    const d = json(
      'definition-lab',
      ...CDNOW,
      '--definitions',
      '[{"kind":"inactivity","days":90},{"kind":"inactivity","days":365}]',
    );
    expect(d.disagreements[0].count).toBe(d.definitions[0].churned - d.definitions[1].churned);
  });

  it('retention-projection <survivors.csv> --period year --survivors regular_pct_alive reproduces Fader & Hardie (2007)', () => {
    const file = sharedData('sbg-fader-hardie-2007', 'survivors.csv');
    const p = json(
      'retention-projection',
      file,
      '--period',
      'year',
      '--survivors',
      'regular_pct_alive',
      '--cohort-size',
      '1000',
      '--fit',
      '7',
      '--horizon',
      '12',
    );
    // Published: α = 0.704, β = 1.182 (3 decimals), cohorts of 1,000.
    expect([p.alpha.toFixed(3), p.beta.toFixed(3)]).toEqual(['0.704', '1.182']);
    expect(p.source).toEqual({
      kind: 'columns',
      period: 'year',
      survivors: 'regular_pct_alive',
      values: 'percentages',
      cohortSize: 1000,
    });
    expect(p.notes[1]).toBe(
      'Maximum likelihood on "regular_pct_alive" as percentages of a cohort of 1,000 customers (the cohort size given).',
    );
  });

  it('retention-projection <survivors.csv> without a cohort size says the percentages were fitted by least squares', () => {
    const file = sharedData('sbg-fader-hardie-2007', 'survivors.csv');
    const p = json('retention-projection', file, '--period', 'year', '--survivors', 'highend_pct_alive', '--fit', '7');
    expect([p.method, p.cohortSize, p.logLikelihood]).toEqual(['least-squares', null, null]);
    // scipy.optimize.least_squares on years 1–7 of the high-end shares: α = 0.699123, β = 3.918948.
    expect([p.alpha.toFixed(3), p.beta.toFixed(3)]).toEqual(['0.699', '3.919']);
    expect(p.notes[1]).toMatch(
      /^"highend_pct_alive" holds percentages and no cohort size was given, so the curve was fitted to the proportions by least squares.*no number of customers is assumed/,
    );
  });

  it('retention-projection <an exactly geometric cohort> says the fit is degenerate: one constant churn rate', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sbg-'));
    const file = join(dir, 'geometric.csv');
    writeFileSync(file, `year,alive\n${Array.from({ length: 8 }, (_, t) => `${t},${1000 * 0.8 ** t}`).join('\n')}\n`);
    const p = json('retention-projection', file, '--period', 'year', '--survivors', 'alive', '--fit', '7');
    expect([p.fit, p.alpha, p.beta]).toEqual(['degenerate-constant-churn', null, null]);
    // 1000 · 0.8^t: one churn probability, 0.2.
    expect(p.churnRate).toBeCloseTo(0.2, 12);
    expect(p.notes[0]).toMatch(
      /^Degenerate fit, not converged to an sBG: .* one constant churn rate of 20\.0 % per period for every customer\..*S\(t\) = \(1 − 0\.2000\)\^t/,
    );
    rmSync(dir, { recursive: true });
  });

  it('retention-projection <CDNOW sample> with no options fits months and says it chose them', () => {
    const p = json('retention-projection', ...CDNOW);
    expect(p.source).toMatchObject({ kind: 'survival', periodDays: 30.4375, customers: 2357 });
    expect(p.defaults).toEqual(['period', 'fit-periods', 'horizon']);
    expect(p.notes).toContain(
      'Period length chosen from the data: months, the longest of years, months and weeks that gives at least 6 whole periods in which losses can be seen (here 11).',
    );
  });
});
