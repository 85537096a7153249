/** eightClasses: each measure against its mean or median, high strictly above (recency: strictly fewer days). */
import { describe, expect, it } from 'vitest';
import { cutOf, eightClasses } from '../../../../src/core/analyses/rfm/eightClasses.ts';

describe('eightClasses(recency, frequency, monetary, statistic)', () => {
  it('eightClasses puts each of the eight R F M patterns in its class, in EIGHT_CLASS_CODES order', () => {
    // Means: recency 50, frequency 5, monetary 500. Customers in the order HHH, HLH, LHH, LLH, HHL, HLL, LHL, LLL.
    const recency = Float64Array.of(10, 10, 90, 90, 10, 10, 90, 90);
    const frequency = Float64Array.of(9, 1, 9, 1, 9, 1, 9, 1);
    const monetary = Float64Array.of(900, 900, 900, 900, 100, 100, 100, 100);
    const e = eightClasses(recency, frequency, monetary, 'mean');
    expect(Array.from(e.classOf)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(e.thresholds).toEqual({ recency: 50, frequency: 5, monetary: 500 });
  });

  it('eightClasses counts a value equal to the cut as not above (strictly greater; recency strictly fewer days)', () => {
    // Medians: recency 20, frequency 2, monetary 20 — the middle customer sits on all three cuts.
    const e = eightClasses(
      Float64Array.of(10, 20, 30),
      Float64Array.of(1, 2, 3),
      Float64Array.of(10, 20, 30),
      'median',
    );
    expect(e.thresholds).toEqual({ recency: 20, frequency: 2, monetary: 20 });
    expect([e.r[1], e.f[1], e.m[1]]).toEqual([1, 1, 1]);
    // 10, 1, 10 → H L L; 20, 2, 20 → L L L; 30, 3, 30 → L H H.
    expect(Array.from(e.classOf)).toEqual([5, 7, 2]);
  });

  it('eightClasses puts a customer with an unknown amount in M low and leaves them out of the cut', () => {
    const e = eightClasses(Float64Array.of(1, 1, 1), Float64Array.of(1, 1, 1), Float64Array.of(10, NaN, 30), 'mean');
    expect(e.thresholds.monetary).toBe(20);
    expect(Array.from(e.m)).toEqual([1, 1, 2]);
  });
});

describe('cutOf(values, statistic)', () => {
  it('cutOf gives the mean of the middle two for an even count, as R median()', () => {
    expect(cutOf(Float64Array.of(4, 1, 3, 2), 'median')).toBe(2.5);
    expect(cutOf(Float64Array.of(NaN), 'mean')).toBeNaN();
  });
});
