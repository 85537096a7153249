import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { wilsonInterval } from '../../../src/core/stats/wilsonInterval.ts';

const close = (actual: { low: number; high: number }, low: number, high: number, digits: number) => {
  expect(actual.low).toBeCloseTo(low, digits);
  expect(actual.high).toBeCloseTo(high, digits);
};

describe('wilsonInterval', () => {
  it('wilsonInterval(k, n) reproduces Newcombe (1998) Table I, method 3', () => {
    // Newcombe 1998, Stat Med 17:857-872, Table I, method 3 (score, no continuity correction), 4 decimals.
    close(wilsonInterval(81, 263), 0.2553, 0.3662, 4);
    // Newcombe 1998, Table I, method 3: 15/148.
    close(wilsonInterval(15, 148), 0.0624, 0.1605, 4);
    // Newcombe 1998, Table I, method 3: 0/20.
    close(wilsonInterval(0, 20), 0, 0.1611, 4);
    // Newcombe 1998, Table I, method 3: 1/29.
    close(wilsonInterval(1, 29), 0.0061, 0.1718, 4);
  });
  it('wilsonInterval(k, n) matches SciPy on the Telco contract groups', () => {
    // SciPy 1.17.1 binomtest(k, n).proportion_ci(method='wilson'), agreement to 1e-12.
    close(wilsonInterval(1655, 3875), 0.41160195323737825, 0.44273599638024286, 12);
    close(wilsonInterval(48, 1695), 0.021425334132171646, 0.03734498743156175, 12);
  });
  it('wilsonInterval(k, n) handles k = 0', () => {
    expect(wilsonInterval(0, 20).low).toBe(0);
    expect(wilsonInterval(0, 1).high).toBeGreaterThan(0);
  });
  it('wilsonInterval(k, n) handles k = n', () => {
    const { low, high } = wilsonInterval(20, 20);
    expect(high).toBe(1);
    // Symmetry with 0/20 from Newcombe 1998, Table I: 1 - 0.1611.
    expect(low).toBeCloseTo(1 - 0.1611, 4);
  });
  it('wilsonInterval(k, n) handles n = 0', () => {
    expect(wilsonInterval(0, 0)).toEqual({ low: NaN, high: NaN });
  });
  it('wilsonInterval(k, n) gives NaN bounds for a count outside 0..n', () => {
    expect(wilsonInterval(-1, 10)).toEqual({ low: NaN, high: NaN });
    expect(wilsonInterval(11, 10)).toEqual({ low: NaN, high: NaN });
  });
  it('wilsonInterval(k, n, z) narrows as z falls', () => {
    const wide = wilsonInterval(30, 100);
    const narrow = wilsonInterval(30, 100, 1);
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
  });
  it('wilsonInterval(k, n) holds k / n inside [low, high] within [0, 1], mirrored for n - k', () => {
    const counts = fc
      .integer({ min: 1, max: 100_000 })
      .chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));
    fc.assert(
      fc.property(counts, ([k, n]) => {
        const { low, high } = wilsonInterval(k, n);
        const mirror = wilsonInterval(n - k, n);
        // Floating-point rounding only: the mirror identity is exact in real arithmetic.
        const eps = 1e-12;
        return (
          low >= 0 &&
          high <= 1 &&
          low <= k / n &&
          k / n <= high &&
          Math.abs(mirror.low - (1 - high)) < eps &&
          Math.abs(mirror.high - (1 - low)) < eps
        );
      }),
    );
  });
});
