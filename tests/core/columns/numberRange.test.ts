import { expect, it } from 'vitest';
import { numberRange } from '../../../src/core/columns/typedColumn.ts';

it('numberRange skips NaN and, with counts, entries no cell holds', () => {
  const values = Float64Array.from([5, NaN, -2, 40, 7]);
  expect(numberRange(values)).toEqual({ min: -2, max: 40 });
  // Entry 3 (40) is held by no cell: the range is that of the cells.
  expect(numberRange(values, [1, 3, 2, 0, 1])).toEqual({ min: -2, max: 7 });
  expect(numberRange(Float64Array.from([NaN, NaN]))).toEqual({ min: NaN, max: NaN });
  expect(numberRange(new Float64Array(0))).toEqual({ min: NaN, max: NaN });
});
