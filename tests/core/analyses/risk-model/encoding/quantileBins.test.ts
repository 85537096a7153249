import { expect, it } from 'vitest';
import { binCodes, quantileCuts } from '../../../../../src/core/analyses/risk-model/encoding/quantileBins.ts';

const all = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

it('quantileCuts(1…10, 4 bins) are numpy.quantile’s 3.25, 5.5, 7.75', () => {
  // numpy.quantile(np.arange(1, 11), [0.25, 0.5, 0.75]) = [3.25, 5.5, 7.75] (linear, type 7).
  expect(
    Array.from(
      quantileCuts(
        Float64Array.from({ length: 10 }, (_, i) => i + 1),
        all(10),
        4,
      ),
    ),
  ).toEqual([3.25, 5.5, 7.75]);
});

it('quantileCuts(…) reads only the given rows and skips missing values', () => {
  const values = Float64Array.of(1, NaN, 2, 3, 100, 4);
  // Rows 0–3 and 5: known values 1, 2, 3, 4; halves cut at their median 2.5.
  expect(Array.from(quantileCuts(values, Int32Array.of(0, 1, 2, 3, 5), 2))).toEqual([2.5]);
});

it('quantileCuts(…) drops repeated cuts and a cut at the minimum, so no bin is empty', () => {
  const values = Float64Array.of(0, 0, 0, 0, 0, 0, 1, 2);
  const cuts = quantileCuts(values, all(8), 4);
  const codes = binCodes(values, cuts, all(8));
  const used = new Set(codes);
  expect(used.size).toBe(cuts.length + 1);
});

it('binCodes(…) puts a value equal to a cut in the upper bin and NaN nowhere', () => {
  expect(Array.from(binCodes(Float64Array.of(1, 2, 2.5, 3, NaN), Float64Array.of(2, 3), all(5)))).toEqual([
    0, 1, 1, 2, -1,
  ]);
});
