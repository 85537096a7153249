/**
 * The BG/NBD on Online Retail's first half (calibration to 2011-06-05), where the likelihood is
 * highest in its no-drop-out limit a → 0: the fit is that limit, the NBD, checked against
 * make_online_retail_holdout.py (SciPy L-BFGS-B on the lifetimes-style log-likelihood, the NBD on
 * its own, the score for drop-out, the holdout under the limit) on the same (x, t_x, T) rows.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitPurchaseModel } from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import { uniqueRows } from '../../../../src/core/analyses/customer-lifetime-value/uniqueRows.ts';
import { dropoutScore, nbdObjective } from '../../../../src/core/analyses/customer-lifetime-value/nbd.ts';

const FIXTURE = new URL('../../../fixtures/customer-lifetime-value/online-retail-holdout.json', import.meta.url);
const ref = JSON.parse(readFileSync(FIXTURE, 'utf8'));

function expand(table: number[][]) {
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  for (const [a, b, c, n] of table)
    for (let k = 0; k < n; k++) {
      x.push(a);
      tx.push(b);
      T.push(c);
    }
  return { x: Float64Array.from(x), tx: Float64Array.from(tx), T: Float64Array.from(T) };
}

const data = expand(ref.rows);
const rows = uniqueRows(data.x, data.tx, data.T);
const fit = fitPurchaseModel('bg-nbd', rows);

describe('BG/NBD in its no-drop-out limit (Online Retail to 2011-06-05)', () => {
  it('SciPy finds the same: its BG/NBD runs to a → 0 and ends where the NBD alone does', () => {
    expect([rows.customers, ref.customers]).toEqual([2744, 2744]);
    // The reference's own evidence, not ours: a below 1e-5, and the BG/NBD maximum equal to the NBD's to 1e-5.
    expect(ref.bgnbd.params[2]).toBeLessThan(1e-5);
    expect(Math.abs(ref.bgnbd.logLik - ref.nbd.logLik)).toBeLessThan(1e-5);
    // The profile in the mean drop-out probability falls from the NBD at every grid point.
    for (const [, ll] of ref.profile) expect(ll).toBeLessThan(ref.nbd.logLik);
  });
  it('fitPurchaseModel gives the limit: the NBD’s r, α and log-likelihood with a = 0, b not identified', () => {
    expect(fit.dropout).toBe('none');
    expect(fit.converged).toBe(true);
    // make_online_retail_holdout.py, NBD by L-BFGS-B (gtol 1e-10): 1e-5 relative; log L flat at the optimum, 1e-6 absolute.
    for (let i = 0; i < 2; i++) expect(Math.abs(fit.params[i] / ref.nbd.params[i] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(fit.logLikelihood - ref.nbd.logLik)).toBeLessThan(1e-6);
    expect([fit.params[2], Number.isNaN(fit.params[3])]).toEqual([0, true]);
    // Standard errors: SciPy's second differences (h = 1e-4) against ours from the gradient: 1e-3 relative.
    for (let i = 0; i < 2; i++) expect(Math.abs(fit.se[i] / ref.nbd.se[i] - 1)).toBeLessThan(1e-3);
    // The four-parameter fit at its bound was approaching the same value: within 1e-3 below it.
    expect(fit.logLikelihood - fit.limit!.boundLogLikelihood).toBeGreaterThanOrEqual(-1e-9);
    expect(fit.logLikelihood - fit.limit!.boundLogLikelihood).toBeLessThan(1e-3);
  });
  it('the score for drop-out at p = 0 is SciPy’s (−996.9): the likelihood falls as soon as any drop-out is allowed', () => {
    // Same formula at the reference's (r, α): 1e-9 relative; at ours, 1e-4 (r, α agree to 1e-5).
    expect(Math.abs(dropoutScore(ref.nbd.params, rows) / ref.dropoutScore - 1)).toBeLessThan(1e-9);
    expect(Math.abs(fit.limit!.score / ref.dropoutScore - 1)).toBeLessThan(1e-4);
    expect(fit.limit!.score).toBeLessThan(0);
  });
  it('nbdObjective is the NBD log-likelihood SciPy maximised', () => {
    // At the reference's parameters: 1e-9 relative.
    expect(Math.abs(nbdObjective(rows)(ref.nbd.params) / ref.nbd.logLik - 1)).toBeLessThan(1e-9);
  });
});
