import { describe, expect, it } from 'vitest';
import {
  expectedSpend,
  fitGammaGamma,
  gammaGammaLogLikelihood,
} from '../../../../src/core/analyses/customer-lifetime-value/gammaGamma.ts';
import { cdnowWithSpend, reference } from './cdnowSummary.ts';

const all = cdnowWithSpend();
const repeat = all.x.map((_, i) => i).filter((i) => all.x[i] > 0);
const data = { x: repeat.map((i) => all.x[i]), meanSpend: repeat.map((i) => all.zbar[i]) };
const fit = fitGammaGamma(data);

describe('Gamma-Gamma', () => {
  it('fitGammaGamma(CDNOW repeat buyers) gives p = 6.25, q = 3.74, γ = 15.44 on 946 customers', () => {
    // README: 946 repeat buyers, mean zbar 35.0786.
    expect(data.x.length).toBe(946);
    expect(data.meanSpend.reduce((s, z) => s + z, 0) / 946).toBeCloseTo(35.0786, 4);
    expect(fit.converged).toBe(true);
    // README / lifetimes test_estimation.py: 6.25, 3.74, 15.44 to 2 decimals (±0.015).
    [6.25, 3.74, 15.44].forEach((p, i) => expect(Math.abs(fit.params[i] - p)).toBeLessThan(0.015));
  });
  it('fitGammaGamma reaches SciPy L-BFGS-B’s optimum, with the same standard errors', () => {
    // make_reference.py: parameters to 1e-5 relative, log L to 1e-6, SEs (finite differences both) to 1e-4.
    fit.params.forEach((p, i) => expect(Math.abs(p / reference.gammaGamma.params[i] - 1)).toBeLessThan(1e-5));
    expect(Math.abs(fit.logLikelihood - reference.gammaGamma.logLik)).toBeLessThan(1e-6);
    fit.se.forEach((s, i) => expect(Math.abs(s / reference.gammaGamma.se[i] - 1)).toBeLessThan(1e-4));
  });
  it('expectedSpend gives the lifetimes Quickstart’s conditional expected average profit', () => {
    // lifetimes docs/Quickstart.md: customers 1, 2, 3 → 24.658619, 18.911489, 35.170981, mean 35.2529588256.
    // Its p, q, v are its own optimiser's (printed 6.25, 3.74, 15.45): 1e-4 relative.
    const spends = Array.from(all.x, (x, i) => expectedSpend(fit.params, x, all.zbar[i]));
    [24.658619, 18.911489, 35.170981].forEach((e, i) => expect(Math.abs(spends[i] / e - 1)).toBeLessThan(1e-4));
    expect(Math.abs(spends.reduce((s, v) => s + v, 0) / spends.length / 35.2529588256 - 1)).toBeLessThan(1e-4);
    // make_reference.py at SciPy's parameters: 1e-12 relative.
    for (const [x, z, e] of reference.gammaGamma.spend)
      expect(Math.abs(expectedSpend(reference.gammaGamma.params, x, z) / e - 1)).toBeLessThan(1e-12);
  });
  it('gammaGammaLogLikelihood’s gradient is its derivative', () => {
    const at = [5, 3, 20];
    const g = new Float64Array(3);
    gammaGammaLogLikelihood(data, at, g);
    for (let i = 0; i < 3; i++) {
      const h = 1e-6 * at[i];
      const up = [...at];
      const down = [...at];
      up[i] += h;
      down[i] -= h;
      const numeric = (gammaGammaLogLikelihood(data, up) - gammaGammaLogLikelihood(data, down)) / (2 * h);
      // Central differences: 1e-5 relative.
      expect(Math.abs(g[i] / numeric - 1)).toBeLessThan(1e-5);
    }
  });
  it('expectedSpend(x = 0) is the population mean pγ/(q − 1), and shrinks a mean towards it by x', () => {
    const [p, q, gamma] = fit.params;
    expect(expectedSpend(fit.params, 0, 123)).toBeCloseTo((p * gamma) / (q - 1), 12);
    const mean = (p * gamma) / (q - 1);
    // More purchases: closer to the customer's own mean.
    expect(Math.abs(expectedSpend(fit.params, 20, 100) - 100)).toBeLessThan(
      Math.abs(expectedSpend(fit.params, 1, 100) - 100),
    );
    expect(expectedSpend(fit.params, 1, 100)).toBeGreaterThan(mean);
  });
});
