import { describe, expect, it } from 'vitest';
import { uniqueRows } from '../../../../src/core/analyses/customer-lifetime-value/uniqueRows.ts';

describe('uniqueRows', () => {
  it('uniqueRows(x, t_x, T) collapses identical customers into one weighted row', () => {
    const r = uniqueRows(
      Float64Array.of(0, 2, 0, 2, 2),
      Float64Array.of(0, 5, 0, 5, 6),
      Float64Array.of(10, 10, 10, 10, 10),
    );
    expect(r.rows).toBe(3);
    expect(Array.from(r.weight)).toEqual([2, 2, 1]);
    expect(Array.from(r.rowOf)).toEqual([0, 1, 0, 1, 2]);
    expect(r.customers).toBe(5);
  });
  it('uniqueRows leaves out missing, inconsistent and zero-length customers and counts them', () => {
    const r = uniqueRows(
      Float64Array.of(1, NaN, 1, 1.5, 0, 0),
      Float64Array.of(2, 0, 9, 1, 1, 0),
      Float64Array.of(5, 5, 5, 5, 5, 0),
    );
    // Kept: the first. NaN x; t_x > T; x not whole; x = 0 with t_x > 0; T = 0.
    expect([r.customers, r.leftOut]).toEqual([1, 5]);
    expect(Array.from(r.rowOf)).toEqual([0, -1, -1, -1, -1, -1]);
  });
  it('uniqueRows keeps the distinct x, t_x and T values with each row’s index into them', () => {
    const r = uniqueRows(Float64Array.of(3, 3, 1), Float64Array.of(4, 7, 4), Float64Array.of(8, 8, 9));
    for (let i = 0; i < 3; i++) {
      const row = r.rowOf[i];
      expect([r.xValues[r.xIndex[row]], r.txValues[r.txIndex[row]], r.tValues[r.tIndex[row]]]).toEqual(
        [
          [3, 4, 8],
          [3, 7, 8],
          [1, 4, 9],
        ][i],
      );
    }
  });
});
