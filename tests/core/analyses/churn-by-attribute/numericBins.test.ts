import { describe, expect, it } from 'vitest';
import {
  binCodes,
  binLabels,
  wholeNumbers,
  quantileEdges,
  quantileSorted,
} from '../../../../src/core/analyses/churn-by-attribute/numericBins.ts';

describe('numericBins', () => {
  it('quantileSorted(values, p) interpolates between order statistics as R type 7 and numpy do', () => {
    // numpy.quantile([1, 2, 3, 4], [0.25, 0.5, 0.9]) = [1.75, 2.5, 3.7] (linear, the default).
    const v = Float64Array.of(1, 2, 3, 4);
    expect([0.25, 0.5, 0.9].map((p) => quantileSorted(v, p))).toEqual([1.75, 2.5, 3.7]);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('quantileEdges(values, k) ignores missing values and merges tied edges', () => {
    const v = Float64Array.of(5, NaN, 1, 3, 2, 4);
    // Quartiles of 1..5 by type 7: 1, 2, 3, 4, 5.
    expect(quantileEdges(v, 4)).toEqual([1, 2, 3, 4, 5]);
    // Mostly zeros: the 0 %, 25 %, 50 % edges are all 0 and merge.
    expect(quantileEdges(Float64Array.of(0, 0, 0, 0, 0, 0, 10, 20), 4)).toEqual([0, 2.5, 20]);
    expect(quantileEdges(Float64Array.of(7, 7), 5)).toEqual([7, 7]);
  });

  it('binCodes(values, edges) puts each lower edge in its own bin and the top edge in the last', () => {
    const codes = binCodes(Float64Array.of(0, 11.9, 12, 24, 72, 73, -1, NaN), [0, 12, 24, 72]);
    expect(Array.from(codes)).toEqual([0, 0, 1, 2, 2, -1, -1, -1]);
  });

  it('binLabels(edges, whole) names the whole numbers each bin holds, so no value is in two labels', () => {
    // Order counts cut at 1, 2, 3, 5, 40: bin [1, 2) holds 1, [2, 3) holds 2, [3, 5) holds 3–4, [5, 40] 5–40.
    expect(binLabels([1, 2, 3, 5, 40], true)).toEqual(['1', '2', '3–4', '5–40']);
    // A quantile edge between whole numbers: [0, 2.5) holds 0–2, [2.5, 20] holds 3–20.
    expect(binLabels([0, 2.5, 20], true)).toEqual(['0–2', '3–20']);
    expect(binLabels([7, 7], true)).toEqual(['7']);
    expect(wholeNumbers(Float64Array.of(1, NaN, 3))).toBe(true);
    expect(wholeNumbers(Float64Array.of(1, 2.5))).toBe(false);
  });

  it('binLabels(edges) of other numbers are half-open ranges, the top one closed', () => {
    expect(binLabels([18.25, 35.5, 70.123, 118.75])).toEqual(['[18.25, 35.5)', '[35.5, 70.12)', '[70.12, 118.75]']);
  });
});
