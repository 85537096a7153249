import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  medianOf,
  medianSplit,
  paretoThreshold,
  placedPairs,
  topShareThreshold,
} from '../../../../src/core/analyses/value-risk-quadrant/quadrantThresholds.ts';

const f = (...v: number[]) => Float64Array.from(v);

describe('quadrant thresholds', () => {
  it('medianOf(values) of an even count is the mean of the two middle values, and leaves the input as it was', () => {
    const v = f(4, 1, 3, 2);
    expect(medianOf(v)).toBe(2.5);
    expect([...v]).toEqual([4, 1, 3, 2]);
    expect(medianOf(f())).toBeNaN();
  });

  it('medianSplit(values) is the median, unless it is the lowest value too and so takes every customer', () => {
    // No ties at the median: the median itself.
    expect(medianSplit(f(4, 1, 3, 2))).toBe(2.5);
    expect(medianSplit(f(5, 1, 3))).toBe(3);
    // Six of ten at exactly 0 (BG/NBD's 1 − P(alive) for customers it is sure of): "≥ 0" would take
    // all ten; "≥ 0.2" takes four, nearer five.
    expect(medianSplit(f(0, 0, 0, 0, 0, 0, 0.2, 0.5, 0.7, 0.9))).toBe(0.2);
    // Ties at a median above the lowest value: the median stays (as pandas and DuckDB cut).
    expect(medianSplit(f(0, 1, 1, 1, 2))).toBe(1);
    expect(medianSplit(f(0, 1, 1, 1, 1, 1, 2))).toBe(1);
    expect(medianSplit(f(7, 7, 7))).toBe(7);
    expect(medianSplit(f())).toBeNaN();
  });

  it('medianSplit(values) puts at least as near half at or above it as the median does (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 40 }), (xs) => {
        const v = Float64Array.from(xs);
        const half = xs.length / 2;
        const at = (t: number) => Math.abs(xs.filter((x) => x >= t).length - half);
        return at(medianSplit(v)) <= at(medianOf(v));
      }),
    );
  });

  it('paretoThreshold(values) is the value of the customer at which the running sum, highest first, reaches 80 %', () => {
    // 50 + 30 = 80 of 100: the second customer (30) reaches 80 % exactly.
    expect(paretoThreshold(f(10, 50, 30, 5, 5))).toBe(30);
    // 50 + 20 = 70 < 80, + 15 = 85: the third (15).
    expect(paretoThreshold(f(50, 20, 15, 10, 5))).toBe(15);
    // Negative values are outside the positive total and never reached.
    expect(paretoThreshold(f(60, 40, -30))).toBe(40);
    expect(paretoThreshold(f(-1, 0))).toBeNaN();
  });

  it('paretoThreshold(values) keeps at least the share, the customers above it less (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const v = Float64Array.from(xs);
        const t = paretoThreshold(v);
        const total = xs.reduce((a, b) => a + b, 0);
        const atOrAbove = xs.filter((x) => x >= t).reduce((a, b) => a + b, 0);
        const above = xs.filter((x) => x > t).reduce((a, b) => a + b, 0);
        return atOrAbove >= 0.8 * total && above < 0.8 * total;
      }),
    );
  });

  it('topShareThreshold(values, 0.2) is the ⌈0.2 n⌉-th largest', () => {
    expect(topShareThreshold(f(0.1, 0.9, 0.5, 0.3, 0.7, 0.2, 0.4, 0.8, 0.6, 0.0), 0.2)).toBe(0.8);
    // ⌈0.2 × 11⌉ = 3.
    expect(topShareThreshold(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11), 0.2)).toBe(9);
    expect(topShareThreshold(f(1, 2), 1)).toBe(1);
  });

  it('placedPairs(x, y) keeps customers with both numbers', () => {
    const p = placedPairs(f(1, NaN, 3, 4), f(5, 6, NaN, 8));
    expect([...p.x, ...p.y]).toEqual([1, 4, 5, 8]);
  });
});
