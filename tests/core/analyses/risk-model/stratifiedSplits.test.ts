import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stratifiedFolds, stratifiedTestSplit } from '../../../../src/core/analyses/risk-model/stratifiedSplits.ts';

const labels = fc.array(fc.boolean(), { minLength: 10, maxLength: 400 }).map((b) => Uint8Array.from(b, Number));
const count = (y: Uint8Array, rows: ArrayLike<number>) => Array.from(rows).reduce((n, r) => n + y[r], 0);

describe('stratifiedTestSplit', () => {
  it('stratifiedTestSplit(y, rows, f, seed) splits every row once, each class rounded to f', () => {
    fc.assert(
      fc.property(labels, fc.double({ min: 0, max: 0.9, noNaN: true }), fc.integer(), (y, f, seed) => {
        const rows = Int32Array.from(y.keys());
        const { train, test } = stratifiedTestSplit(y, rows, f, seed);
        expect([...train, ...test].sort((a, b) => a - b)).toEqual([...rows]);
        const positives = count(y, rows);
        expect(count(y, test)).toBe(Math.round(f * positives));
        expect(test.length - count(y, test)).toBe(Math.round(f * (y.length - positives)));
      }),
      { numRuns: 200, seed: 15 },
    );
  });
  it('stratifiedTestSplit(…, seed) draws the same split for the same seed and another for another seed', () => {
    const y = Uint8Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const rows = Int32Array.from(y.keys());
    expect(stratifiedTestSplit(y, rows, 0.25, 7)).toEqual(stratifiedTestSplit(y, rows, 0.25, 7));
    expect(stratifiedTestSplit(y, rows, 0.25, 8).test).not.toEqual(stratifiedTestSplit(y, rows, 0.25, 7).test);
  });
});

describe('stratifiedFolds', () => {
  it('stratifiedFolds(y, rows, k, seed) gives folds within one customer of each other in size and in churners', () => {
    fc.assert(
      fc.property(labels, fc.integer({ min: 2, max: 10 }), fc.integer(), (y, k, seed) => {
        const rows = Int32Array.from(y.keys());
        const folds = stratifiedFolds(y, rows, k, seed);
        const sizes = Array.from({ length: k }, (_, f) => folds.filter((x) => x === f).length);
        const churners = Array.from({ length: k }, (_, f) =>
          count(
            y,
            rows.filter((_, i) => folds[i] === f),
          ),
        );
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.max(...churners) - Math.min(...churners)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200, seed: 15 },
    );
  });
});
