import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { digamma } from '../../../src/core/stats/digamma.ts';
import { hypergeometric2F1 } from '../../../src/core/stats/hypergeometric.ts';
import { logGamma } from '../../../src/core/stats/chiSquare.ts';
import { fixture } from '../../sharedData.ts';

const reference = JSON.parse(readFileSync(fixture('customer-lifetime-value', 'reference.json'), 'utf8')) as {
  digamma: [number, number][];
  hyp2f1: [number, number, number, number, number][];
};

describe('digamma', () => {
  it('digamma(x) matches scipy.special.digamma from 0.01 to 1234.5', () => {
    for (const [x, psi] of reference.digamma)
      // A&S 6.3.18 from x ≥ 10 leaves out below 1e-15; the recurrence adds rounding: 1e-13 relative.
      expect(Math.abs(digamma(x) - psi)).toBeLessThan(1e-13 * Math.max(1, Math.abs(psi)));
  });
  it('digamma(x) is the derivative of logGamma', () => {
    for (const x of [0.3, 1.7, 8.5, 40]) {
      const h = 1e-5 * x;
      // Central difference error O(h²) ≈ 1e-10 relative.
      expect(digamma(x)).toBeCloseTo((logGamma(x + h) - logGamma(x - h)) / (2 * h), 6);
    }
  });
  it('digamma(x) is NaN for x ≤ 0', () => {
    expect(digamma(0)).toBeNaN();
    expect(digamma(-1.5)).toBeNaN();
  });
});

describe('hypergeometric2F1', () => {
  it('hypergeometric2F1(a, b, c, z) matches scipy.special.hyp2f1 on the models’ ranges, z up to 0.99', () => {
    for (const [a, b, c, z, value] of reference.hyp2f1)
      // Summed to 1e-16 of the sum; the terms' rounding leaves about 1e-13 relative.
      expect(Math.abs(hypergeometric2F1(a, b, c, z) / value - 1)).toBeLessThan(1e-12);
  });
  it('hypergeometric2F1(a, b, c, 0) is 1 and ₂F₁(1, 1; 2; z) = −ln(1 − z) / z', () => {
    expect(hypergeometric2F1(2, 3, 4, 0)).toBe(1);
    // A&S 15.1.3.
    expect(hypergeometric2F1(1, 1, 2, 0.8)).toBeCloseTo(-Math.log(0.2) / 0.8, 13);
  });
  it('hypergeometric2F1 is NaN outside 0 ≤ z < 1 or for c ≤ 0', () => {
    expect(hypergeometric2F1(1, 1, 2, 1)).toBeNaN();
    expect(hypergeometric2F1(1, 1, 2, -0.1)).toBeNaN();
    expect(hypergeometric2F1(1, 1, 0, 0.5)).toBeNaN();
  });
});
