import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chiSquareQuantile, chiSquareSurvival, gammaQ, logGamma } from '../../../src/core/stats/chiSquare.ts';

describe('chiSquare', () => {
  it('chiSquareSurvival(x, df) gives the textbook 5 % critical values', () => {
    // Critical values of χ² at 0.05 (R qchisq(0.95, df)); p to 1e-9, well past their 6 printed decimals.
    expect(chiSquareSurvival(3.841459, 1)).toBeCloseTo(0.05, 6);
    expect(chiSquareSurvival(5.991465, 2)).toBeCloseTo(0.05, 6);
    // R 4.2.2: pchisq(3.841458820694124, 1, lower.tail = FALSE) = 0.05, to 1e-14.
    expect(chiSquareSurvival(3.841458820694124, 1)).toBeCloseTo(0.05, 14);
    // R 4.2.2: pchisq(11.07049769351635, 5, lower.tail = FALSE) = 0.05, to 1e-14.
    expect(chiSquareSurvival(11.07049769351635, 5)).toBeCloseTo(0.05, 14);
  });
  it('chiSquareSurvival(x, df) reproduces the lifelines log-rank p-values', () => {
    // lifelines tests (../shared/data/README.md), 6 printed decimals.
    expect(chiSquareSurvival(0.254237, 1)).toBeCloseTo(0.614107, 6);
    // R 4.2.2: pchisq(0.3846153846, 1, lower.tail = FALSE) = 0.5351434524, to 1e-9.
    expect(chiSquareSurvival(0.3846153846, 1)).toBeCloseTo(0.5351434524, 9);
  });
  it('chiSquareSurvival(x, df) matches R pchisq on both sides of the series/fraction switch', () => {
    // R 4.2.2 pchisq(x, df, lower.tail = FALSE), printed to 15 significant digits; relative 1e-12.
    const cases: [number, number, number][] = [
      [0.01, 1, 0.920344325445942],
      [1, 3, 0.801251956901201],
      [10, 10, 0.440493285065212],
      [30, 4, 4.89443712802921e-6],
      [200, 100, 1.17845007209794e-8],
      [2.5, 0.5, 0.0472467011439093],
    ];
    for (const [x, df, p] of cases) expect(Math.abs(chiSquareSurvival(x, df) / p - 1)).toBeLessThan(1e-12);
  });
  it('chiSquareSurvival(x, df) handles x ≤ 0, x = Infinity and invalid df', () => {
    expect(chiSquareSurvival(0, 1)).toBe(1);
    expect(chiSquareSurvival(-3, 2)).toBe(1);
    expect(chiSquareSurvival(Infinity, 2)).toBe(0);
    expect(chiSquareSurvival(1, 0)).toBeNaN();
    expect(chiSquareSurvival(NaN, 1)).toBeNaN();
  });
  it('chiSquareSurvival(x, 2) equals exp(−x / 2)', () => {
    // Closed form for 2 degrees of freedom; floating-point agreement only.
    for (const x of [0.1, 1, 5.991465, 20, 100]) expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 14);
  });
  it('chiSquareQuantile(p, 1) is the square of the normal quantile', () => {
    // z₀.₉₇₅ = 1.959963984540054 (R qnorm(0.975)), to 1e-13.
    expect(Math.sqrt(chiSquareQuantile(0.05, 1))).toBeCloseTo(1.959963984540054, 13);
    // R 4.2.2: qchisq(0.99, 1) = 6.634896601021214, to 1e-11.
    expect(chiSquareQuantile(0.01, 1)).toBeCloseTo(6.634896601021214, 11);
    expect(chiSquareQuantile(1, 3)).toBe(0);
    expect(chiSquareQuantile(0, 3)).toBe(Infinity);
  });
  it('logGamma(a) matches log of factorials', () => {
    // Γ(n) = (n − 1)!, Γ(1/2) = √π; NR3 §6.1 claims relative error below 1e-15.
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3628800), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 14);
  });
  it('gammaQ(a, x) decreases in x within [0, 1] and inverts through chiSquareQuantile', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        fc.double({ min: 0, max: 5, noNaN: true }),
        (a, x, dx) => {
          const q = gammaQ(a, x);
          return q >= 0 && q <= 1 && gammaQ(a, x + dx) <= q + 1e-15;
        },
      ),
    );
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 30 }), (p, df) => {
        // Round trip through bisection: agreement to 1e-9 relative.
        return Math.abs(chiSquareSurvival(chiSquareQuantile(p, df), df) / p - 1) < 1e-9;
      }),
    );
  });
});
