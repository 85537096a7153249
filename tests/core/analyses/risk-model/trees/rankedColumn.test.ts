import { expect, it } from 'vitest';
import fc from 'fast-check';
import { rankColumn } from '../../../../../src/core/analyses/risk-model/trees/rankedColumn.ts';

it('rankColumn(…) orders rows as a stable sort by value and ranks the distinct values (negatives, −0, ties)', () => {
  fc.assert(
    fc.property(
      fc.array(
        fc.oneof(fc.double({ noNaN: true }), fc.integer({ min: -3, max: 3 }), fc.constantFrom(-0, 0, 1e-300, -1e-300)),
        { maxLength: 200 },
      ),
      (list) => {
        const column = Float64Array.from(list);
        const { values, order, sortedRank } = rankColumn(column);
        // Reference: Array.prototype.sort, stable since ES2019, on (value, row).
        const expected = Array.from(column.keys()).sort((a, b) =>
          column[a] === column[b] ? 0 : column[a] - column[b],
        );
        expect(Array.from(order)).toEqual(expected);
        const distinct = [...new Set(Array.from(column, (v) => (v === 0 ? 0 : v)))].sort((a, b) => a - b);
        expect(Array.from(values)).toEqual(distinct);
        order.forEach((row, p) => expect(values[sortedRank[p]]).toBe(column[row] === 0 ? 0 : column[row]));
      },
    ),
    { numRuns: 300 },
  );
});
