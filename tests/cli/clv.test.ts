/**
 * `clv` (kind customer-lifetime-value) on the CDNOW log, as a user runs it: the published BG/NBD,
 * Gamma-Gamma and holdout numbers (../shared/data/README.md), the Pareto/NBD option, `--out` read
 * back, and the refusals.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CDNOW_SAMPLE, RETAIL_MONTH, TELCO } from '../sharedData.ts';
import { cli, scratchDirs } from './runCli.ts';
import { reference } from '../core/analyses/customer-lifetime-value/cdnowSummary.ts';

const scratch = scratchDirs();
const CDNOW = [CDNOW_SAMPLE, '--role', 'ignore=column_2', '--calibration-end', '1997-09-30'];
const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('churnscope clv', () => {
  it('clv <CDNOW sample> --calibration-end 1997-09-30 prints the paper’s parameters, log-likelihood and spend model', () => {
    const r = json('clv', ...CDNOW, '--margin', '0.3', '--discount', '0.1', '--horizon', '52');
    expect([r.model, r.unit, r.converged, r.customers, r.repeatBuyers]).toEqual(['bg-nbd', 'weeks', true, 2357, 946]);
    // README (Fader, Hardie & Lee 2005): r = 0.243, α = 4.414, a = 0.793, b = 2.426; log-likelihood −9582.43.
    expect([r.params.r, r.params.alpha, r.params.a, r.params.b].map((v: number) => +v.toFixed(3))).toEqual([
      0.243, 4.414, 0.793, 2.426,
    ]);
    expect(+r.logLik.toFixed(2)).toBe(-9582.43);
    // lifetimes docs/Quickstart.md standard errors (0.012557, 0.378221, 0.185719, 0.705345) on the
    // summary rounded to 2 decimals; from the exact log they move by under 1e-3 relative.
    [0.012557, 0.378221, 0.185719, 0.705345].forEach((se, i) =>
      expect(Math.abs(Object.values(r.se as Record<string, number>)[i] / se - 1)).toBeLessThan(1e-3),
    );
    // README: p = 6.25, q = 3.74, γ = 15.44 (±0.015) on the 946 repeat buyers.
    [r.spend.p - 6.25, r.spend.q - 3.74, r.spend.gamma - 15.44].forEach((d) => expect(Math.abs(d)).toBeLessThan(0.015));
    expect(r.spend.customers).toBe(946);
    expect(r.stamp.parameters).toMatchObject({ margin: 0.3, discount: 0.1, horizon: 52, holdoutEnd: '1998-06-30' });
    expect(r.perCustomer).toBeUndefined();
  });

  it('clv prints the holdout by calibration frequency 0 … 7+ and the cumulative tracking as pandas counts them', () => {
    const r = json('clv', ...CDNOW);
    const h = reference.holdout;
    expect(r.holdout.byFrequency.map((g: { customers: number }) => g.customers)).toEqual(
      h.byFrequency.map((g) => g.customers),
    );
    // make_reference.py (pandas): mean actual holdout purchases per group, exact to the printed digits.
    r.holdout.byFrequency.forEach((g: { actual: number }, k: number) =>
      expect(g.actual).toBeCloseTo(h.byFrequency[k].actual, 12),
    );
    expect(r.holdout.cumulative).toHaveLength(78);
    expect(r.holdout.cumulative.at(-1).actual).toBe(4339);
    expect(r.holdout.actualTotal).toBe(1882);
    expect(r.noteText).toEqual([]);
  });

  it('clv --out table.csv writes p_alive, expected_purchases, expected_spend and clv next to frequency, recency and T', () => {
    const out = join(scratch(), 'table.csv');
    json('clv', ...CDNOW, '--out', out);
    const [head, ...rows] = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n\r?\n/)[0]
      .split(/\r?\n/)
      .map((l) => l.split(','));
    expect(head.slice(0, 5)).toEqual(['customer_id', 'p_alive', 'expected_purchases', 'expected_spend', 'clv']);
    for (const name of ['frequency', 'recency', 'T']) expect(head).toContain(name);
    expect(rows).toHaveLength(2357);
    const col = (name: string) => rows.map((r) => Number(r[head.indexOf(name)]));
    // The model's own rules, read back from the file: P(alive) = 1 without a repeat purchase (BG/NBD), in [0, 1],
    // and CLV is never negative (to the cent, a customer long gone is worth 0).
    const x = col('frequency');
    const alive = col('p_alive');
    alive.forEach((p, i) => (x[i] === 0 ? expect(p).toBe(1) : expect(p >= 0 && p <= 1).toBe(true)));
    expect(col('clv').every((v) => v >= 0)).toBe(true);
    expect(col('expected_spend').every((v) => v > 0)).toBe(true);
  });

  it('clv --model pareto-nbd fits the Pareto/NBD: r = 0.553, s = 0.606 as published', () => {
    const r = json('clv', ...CDNOW, '--model', 'pareto-nbd');
    expect(r.model).toBe('pareto-nbd');
    // Fader, Hardie & Lee (2005): r = 0.553, s = 0.606 (±0.0015; α and β lie on a flat ridge).
    expect(Math.abs(r.params.r - 0.553)).toBeLessThan(0.0015);
    expect(Math.abs(r.params.s - 0.606)).toBeLessThan(0.0015);
  });

  it('clv <Online Retail> fits the calibration half in its no-drop-out limit, says so, and prints the holdout error', () => {
    const months = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
    const ref = JSON.parse(
      readFileSync(new URL('../fixtures/customer-lifetime-value/online-retail-holdout.json', import.meta.url), 'utf8'),
    );
    const r = json('clv', ...months.map(RETAIL_MONTH), '--unit', 'weeks');
    expect([r.calibration.end, r.calibration.fit.dropout, r.params.a, r.params.b]).toEqual([
      '2011-06-05',
      'none',
      0,
      null,
    ]);
    // make_online_retail_holdout.py: the NBD's r, α (SciPy L-BFGS-B), 1e-5 relative.
    expect(Math.abs(r.params.r / ref.nbd.params[0] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(r.params.alpha / ref.nbd.params[1] - 1)).toBeLessThan(1e-5);
    // The holdout as pandas counts it: actual totals exact, the aggregate error (−12.6 %) 1e-6 relative.
    expect(r.holdout.actualTotal).toBe(ref.holdout.actualTotal);
    expect(Math.abs(r.holdout.aggregateError / ref.holdout.aggregateError - 1)).toBeLessThan(1e-6);
    expect(r.holdout.byFrequency.map((g: { customers: number }) => g.customers)).toEqual(
      ref.holdout.byFrequency.map((g: { customers: number }) => g.customers),
    );
    expect(r.noteText[0]).toMatch(/^No drop-out in the calibration period to 2011-06-05: the bg-nbd likelihood/);
  });

  it('clv refuses a snapshot, a bad model and a bad margin, each in one line', () => {
    const snapshot = cli('clv', TELCO);
    expect(snapshot.code).toBe(2);
    expect(snapshot.stderr).toContain('transaction log');
    const model = cli('clv', ...CDNOW, '--model', 'gamma');
    expect([model.code, model.stderr.trim()]).toEqual([2, 'churnscope: --model takes bg-nbd or pareto-nbd']);
    const margin = cli('clv', ...CDNOW, '--margin', '30');
    expect(margin.code).toBe(2);
    expect(margin.stderr).toContain('margin is out of range');
    const unit = cli('clv', ...CDNOW, '--unit', 'fortnights');
    expect([unit.code, unit.stderr.trim()]).toEqual([2, 'churnscope: --unit takes days, weeks, months']);
  });
});
