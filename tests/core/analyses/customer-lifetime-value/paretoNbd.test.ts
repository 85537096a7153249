import { describe, expect, it } from 'vitest';
import {
  paretoNbdAlive,
  paretoNbdAliveExpectation,
  paretoNbdExpectation,
  paretoNbdObjective,
} from '../../../../src/core/analyses/customer-lifetime-value/paretoNbd.ts';
import { fitPurchaseModel } from '../../../../src/core/analyses/customer-lifetime-value/purchaseModel.ts';
import { uniqueRows } from '../../../../src/core/analyses/customer-lifetime-value/uniqueRows.ts';
import { cdnowSummary, reference } from './cdnowSummary.ts';

const cdnow = cdnowSummary();
const rows = uniqueRows(cdnow.x, cdnow.tx, cdnow.T);
const fit = fitPurchaseModel('pareto-nbd', rows);

describe('Pareto/NBD', () => {
  it('fitPurchaseModel("pareto-nbd", CDNOW) gives the published r, α, s, β and log-likelihood', () => {
    expect(fit.converged).toBe(true);
    // Fader, Hardie & Lee (2005) and lifetimes test_estimation.py (decimal = 3, i.e. ±0.0015):
    // r = 0.553, α = 10.578, s = 0.606, β = 11.669.
    [0.553, 10.578, 0.606, 11.669].forEach((p, i) => expect(Math.abs(fit.params[i] - p)).toBeLessThan(0.0015));
    // CLVTools test_correctness_pnbd: log-likelihood −9594.976 on its exact-time CDNOW; this summary's
    // times are rounded to 2 decimals, which moves it by under 0.01.
    expect(Math.abs(fit.logLikelihood - -9594.976)).toBeLessThan(0.01);
  });
  it('fitPurchaseModel("pareto-nbd", CDNOW) reaches SciPy’s log-likelihood at its maximum', () => {
    // make_reference.py (L-BFGS-B with finite differences); the likelihood is flat along β
    // (SciPy stops at β = 11.680), so compare log L to 1e-5 and r, α, s to 1e-3 relative.
    expect(Math.abs(fit.logLikelihood - reference.paretoNbd.logLik)).toBeLessThan(1e-5);
    [0, 1, 2].forEach((i) => expect(Math.abs(fit.params[i] / reference.paretoNbd.params[i] - 1)).toBeLessThan(1e-3));
    expect(Math.abs(paretoNbdObjective(rows)(reference.paretoNbd.params) - reference.paretoNbd.logLik)).toBeLessThan(
      1e-8,
    );
  });
  it('fitPurchaseModel("pareto-nbd", CDNOW) gives CLVTools’ standard errors', () => {
    // CLVTools (R) tests: 0.0476264, 0.8427222, 0.1872594, 6.2105448 on exact-time CDNOW, tolerance 0.001
    // there; here relative 1e-3 (β's SE is large and flat-likelihood-sensitive: 1e-3 of 6.21).
    [0.0476264, 0.8427222, 0.1872594, 6.2105448].forEach((se, i) =>
      expect(Math.abs(fit.se[i] / se - 1)).toBeLessThan(1e-3),
    );
  });
  it('P(alive) and E[X(39) | x, t_x, T] match SciPy’s hyp2f1 form on a grid, at SciPy’s parameters', () => {
    const p = reference.paretoNbd.params;
    for (const [x, tx, T, alive, expected] of reference.paretoNbd.grid) {
      // The note's eqs. (18)-(23) with scipy.special.hyp2f1 in its original form: 1e-9 relative.
      expect(Math.abs(paretoNbdAlive(p, x, tx, T) / alive - 1)).toBeLessThan(1e-9);
      expect(
        Math.abs((paretoNbdAlive(p, x, tx, T) * paretoNbdAliveExpectation(p, x, T, 39)) / expected - 1),
      ).toBeLessThan(1e-9);
    }
  });
  it('paretoNbdAliveExpectation is continuous through s = 1 (its logarithmic limit)', () => {
    const at = (s: number) => paretoNbdAliveExpectation([0.5, 10, s, 12], 2, 30, 26);
    // (r+x)(β+T)/(α+T) ln((β+T+t)/(β+T)) at s = 1; either side within 1e-6 of it.
    const limit = ((2.5 * 42) / 40) * Math.log(68 / 42);
    expect(at(1)).toBeCloseTo(limit, 12);
    expect(Math.abs(at(1 + 1e-7) - limit)).toBeLessThan(1e-6);
    expect(Math.abs(at(1 - 1e-7) - limit)).toBeLessThan(1e-6);
  });
  it('paretoNbdExpectation(t) is 0 at 0 and rises with t', () => {
    expect(paretoNbdExpectation(fit.params, 0)).toBe(0);
    expect(paretoNbdExpectation(fit.params, 10)).toBeLessThan(paretoNbdExpectation(fit.params, 20));
  });
});
