import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  bgNbdAlive,
  bgNbdConditionalExpectation,
  bgNbdExpectation,
  bgNbdObjective,
} from '../../../../src/core/analyses/customer-lifetime-value/bgNbd.ts';
import { fitPurchaseModel } from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import { uniqueRows } from '../../../../src/core/analyses/customer-lifetime-value/uniqueRows.ts';
import { cdnowSummary, reference } from './cdnowSummary.ts';

const cdnow = cdnowSummary();
const rows = uniqueRows(cdnow.x, cdnow.tx, cdnow.T);
const fit = fitPurchaseModel('bg-nbd', rows);

describe('BG/NBD', () => {
  it('fitPurchaseModel("bg-nbd", CDNOW) gives the paper’s r, α, a, b and log-likelihood', () => {
    expect(fit.converged).toBe(true);
    // Fader, Hardie & Lee (2005) via ../shared/data/README.md: r = 0.243, α = 4.414, a = 0.793, b = 2.426 (3 decimals).
    expect(Array.from(fit.params, (p) => +p.toFixed(3))).toEqual([0.243, 4.414, 0.793, 2.426]);
    // Same source: log-likelihood −9582.43 (2 decimals).
    expect(+fit.logLikelihood.toFixed(2)).toBe(-9582.43);
  });
  it('fitPurchaseModel("bg-nbd", CDNOW) reaches SciPy L-BFGS-B’s optimum on the same likelihood', () => {
    // make_reference.py, gtol 1e-10: both at the maximum, parameters agree to 1e-5 relative.
    fit.params.forEach((p, i) => expect(Math.abs(p / reference.bgnbd.params[i] - 1)).toBeLessThan(1e-5));
    // The log-likelihood is flat at the maximum: 1e-6 absolute.
    expect(Math.abs(fit.logLikelihood - reference.bgnbd.logLik)).toBeLessThan(1e-6);
  });
  it('fitPurchaseModel("bg-nbd", CDNOW) gives the lifetimes package’s standard errors', () => {
    // lifetimes docs/Quickstart.md, bgf.summary se(coef): 0.012557, 0.378221, 0.185719, 0.705345 (6 decimals);
    // the Hessian by finite differences here and there agrees to 1e-4 relative.
    [0.012557, 0.378221, 0.185719, 0.705345].forEach((se, i) =>
      expect(Math.abs(fit.se[i] / se - 1)).toBeLessThan(1e-4),
    );
  });
  it('fitPurchaseModel collapses identical rows: the 2,357 customers are 1,016 weighted rows', () => {
    expect([rows.customers, rows.rows]).toEqual([2357, 1016]);
    const ll = bgNbdObjective(rows);
    let byCustomer = 0;
    for (let i = 0; i < cdnow.x.length; i++)
      byCustomer += bgNbdObjective(
        uniqueRows(cdnow.x.slice(i, i + 1), cdnow.tx.slice(i, i + 1), cdnow.T.slice(i, i + 1)),
      )(fit.params);
    // The weighted sum over unique rows is the sum over customers, up to rounding (1e-9 relative).
    expect(Math.abs(ll(fit.params) / byCustomer - 1)).toBeLessThan(1e-9);
  });
  it('bgNbdObjective’s gradient is the derivative of its log-likelihood', () => {
    const ll = bgNbdObjective(rows);
    const at = [0.3, 5, 0.8, 2.5];
    const g = new Float64Array(4);
    ll(at, g);
    for (let i = 0; i < 4; i++) {
      const h = 1e-6 * at[i];
      const up = [...at];
      const down = [...at];
      up[i] += h;
      down[i] -= h;
      // Central differences: O(h²) truncation, ~1e-9 · |log L| / h rounding: 1e-5 relative.
      expect(Math.abs(g[i] / ((ll(up) - ll(down)) / (2 * h)) - 1)).toBeLessThan(1e-5);
    }
  });
  it('E[X(39) | x = 2, t_x = 30.43, T = 38.86] is 1.226, as in Hardie’s spreadsheet', () => {
    // README (±0.001).
    expect(Math.abs(bgNbdConditionalExpectation(fit.params, 39, 2, 30.43, 38.86) - 1.226)).toBeLessThan(0.001);
  });
  it('E[X(t)] at 1, 3 and 78 weeks is 0.0532, 0.1506 and 1.8576', () => {
    // README; lifetimes test_estimation.py checks these to 3 decimals (±0.001).
    [
      [1, 0.0532],
      [3, 0.1506],
      [78, 1.8576],
    ].forEach(([t, e]) => expect(Math.abs(bgNbdExpectation(fit.params, t) - e)).toBeLessThan(0.001));
  });
  it('P(alive) and E[X(39) | x, t_x, T] match SciPy’s hyp2f1 form on a grid, at SciPy’s parameters', () => {
    const p = reference.bgnbd.params;
    for (const [x, tx, T, alive, expected] of reference.bgnbd.grid) {
      // Same parameters, the paper's formulas with scipy.special.hyp2f1: 1e-10 relative.
      expect(Math.abs(bgNbdAlive(p, x, tx, T) - alive)).toBeLessThan(1e-10 * Math.max(alive, 1e-300) + 1e-300);
      expect(Math.abs(bgNbdConditionalExpectation(p, 39, x, tx, T) / expected - 1)).toBeLessThan(1e-10);
    }
    for (const [t, e] of reference.bgnbd.unconditional)
      expect(Math.abs(bgNbdExpectation(p, t) / e - 1)).toBeLessThan(1e-10);
  });
  it('bgNbdAlive(x = 0) is 1: no drop-out before a repeat purchase', () => {
    expect(bgNbdAlive(fit.params, 0, 0, 50)).toBe(1);
  });
  it('bgNbdAlive is in [0, 1] and rises with recency t_x for fixed x and T', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.5, max: 300, noNaN: true }),
        (x, share, T) => {
          const tx = share * T;
          const p = bgNbdAlive(fit.params, x, tx, T);
          expect(p).toBeGreaterThanOrEqual(0);
          expect(p).toBeLessThanOrEqual(1);
          expect(bgNbdAlive(fit.params, x, Math.min(T, tx + 0.1 * T), T)).toBeGreaterThanOrEqual(p);
        },
      ),
    );
  });
  it('fitPurchaseModel says the fit ran to a bound when nobody drops out', () => {
    // Everyone buys every week to the end: drop-out is never seen, so b runs off to ∞.
    const n = 200;
    const T = Float64Array.from({ length: n }, (_, i) => 20 + (i % 10));
    const x = Float64Array.from(T, (t, i) => Math.floor(t) - (i % 3));
    const fitted = fitPurchaseModel('bg-nbd', uniqueRows(x, T.slice(), T));
    expect(fitted.converged).toBe(false);
    expect(fitted.atBound.length).toBeGreaterThan(0);
  });
});
