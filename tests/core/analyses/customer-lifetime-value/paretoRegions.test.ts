/**
 * The Pareto/NBD's A₀, likelihood and P(alive) in every parameter region — α above and below β,
 * z = |α − β| / (max(α, β) + t) from 0 to 0.9999, tiny and large drop-out shapes, x up to 200 —
 * against the note's closed form with mpmath's ₂F₁ at 30 digits (make_pareto_reference.py); the
 * published CDNOW log-likelihood; and the fit on Online Retail's first half, which runs to no
 * drop-out, against SciPy (make_online_retail_holdout.py).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  paretoNbdAlive,
  paretoNbdLogA0,
  paretoNbdObjective,
  SERIES_Z,
} from '../../../../src/core/analyses/customer-lifetime-value/paretoNbd.ts';
import { fitPurchaseModel } from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import { uniqueRows } from '../../../../src/core/analyses/customer-lifetime-value/uniqueRows.ts';
import { paretoDropoutScore } from '../../../../src/core/analyses/customer-lifetime-value/nbd.ts';
import { cdnowSummary } from './cdnowSummary.ts';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../fixtures/customer-lifetime-value/${name}`, import.meta.url), 'utf8'));
const ref = fixture('pareto-reference.json');
const retail = fixture('online-retail-holdout.json');
const one = (x: number, tx: number, T: number) =>
  uniqueRows(Float64Array.of(x), Float64Array.of(tx), Float64Array.of(T));

interface GridPoint {
  params: number[];
  x: number;
  tx: number;
  T: number;
  logA0: number | null;
  logLik: number;
  pAlive: number;
}

describe('Pareto/NBD in every parameter region', () => {
  it('ln A₀ is mpmath’s closed form to 1e-12, on both sides of α = β and with z up to 0.9999', () => {
    for (const g of ref.grid as GridPoint[]) {
      const [r, alpha, s, beta] = g.params;
      const got = paretoNbdLogA0(r, alpha, s, beta, g.x, g.tx, g.T);
      // make_pareto_reference.py (mpmath hyp2f1, 30 digits); A₀ = 0 (ln −∞) when t_x = T.
      if (g.logA0 === null) expect(got).toBe(-Infinity);
      else expect(Math.abs(got - g.logA0)).toBeLessThan(1e-12 * Math.max(1, Math.abs(g.logA0)));
    }
  });
  it('each customer’s log-likelihood and P(alive) are mpmath’s to 1e-12', () => {
    for (const g of ref.grid as GridPoint[]) {
      // Same source, eqs. (18) and (22): relative 1e-12 (P(alive) as low as 4.5e-8 and as high as 1 − 4e-9).
      expect(Math.abs(paretoNbdObjective(one(g.x, g.tx, g.T))(g.params) / g.logLik - 1)).toBeLessThan(1e-12);
      expect(Math.abs(paretoNbdAlive(g.params, g.x, g.tx, g.T) / g.pAlive - 1)).toBeLessThan(1e-12);
    }
  });
  it('the series and the integral agree where one takes over from the other (z = SERIES_Z)', () => {
    // α > β and α < β with t_x 1e-12 either side of the switch (ln A₀ moves by ~1e-12 across it): within 1e-11.
    for (const [alpha, beta] of [
      [10, 1],
      [1, 10],
    ]) {
      const big = Math.max(alpha, beta);
      const tx = Math.abs(alpha - beta) / SERIES_Z - big;
      const below = paretoNbdLogA0(0.7, alpha, 0.4, beta, 3, tx + 1e-12, 40);
      const above = paretoNbdLogA0(0.7, alpha, 0.4, beta, 3, tx - 1e-12, 40);
      expect(Math.abs(below - above)).toBeLessThan(1e-11);
    }
  });
  it('CDNOW at the note’s published estimates has its published log-likelihood, −9595.0', () => {
    const cdnow = cdnowSummary();
    const ll = paretoNbdObjective(uniqueRows(cdnow.x, cdnow.tx, cdnow.T))(ref.cdnow.published);
    // Fader, Hardie & Lee (2005) note: −9595.0 at r = 0.55, α = 10.58, s = 0.61, β = 11.67 (1 decimal);
    // mpmath on the same summary: 1e-10 relative.
    expect(+ll.toFixed(1)).toBe(ref.cdnow.publishedLogLik);
    expect(Math.abs(ll / ref.cdnow.logLikAtPublished - 1)).toBeLessThan(1e-10);
  });
  it('on Online Retail’s first half it runs to no drop-out, as SciPy does, and ends at the NBD', () => {
    const rows = uniqueRows(
      ...(['x', 'tx', 'T'].map((_, j) =>
        Float64Array.from((retail.rows as number[][]).flatMap((row) => Array(row[3]).fill(row[j]))),
      ) as [Float64Array, Float64Array, Float64Array]),
    );
    const fit = fitPurchaseModel('pareto-nbd', rows);
    // SciPy's L-BFGS-B stops at s ≈ 3e-5, β ≈ 2,000, 1e-4 below the NBD's maximum: heading for the limit.
    expect(retail.paretoNbd.params[2]).toBeLessThan(1e-4);
    expect(retail.paretoNbd.logLik).toBeLessThan(retail.nbd.logLik);
    expect([fit.dropout, fit.converged]).toEqual(['none', true]);
    // The NBD by SciPy: 1e-5 relative; log L 1e-6.
    for (let i = 0; i < 2; i++) expect(Math.abs(fit.params[i] / retail.nbd.params[i] - 1)).toBeLessThan(1e-5);
    expect(Math.abs(fit.logLikelihood - retail.nbd.logLik)).toBeLessThan(1e-6);
    // The slope in a common drop-out rate at none, SciPy's formula at SciPy's (r, α): 1e-9; ours at ours, 1e-4.
    expect(Math.abs(paretoDropoutScore(retail.nbd.params, rows) / retail.paretoDropoutScore - 1)).toBeLessThan(1e-9);
    expect(Math.abs(fit.limit!.score / retail.paretoDropoutScore - 1)).toBeLessThan(1e-4);
  });
});
