import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { distinctValues } from '../../../../src/core/analyses/customer-lifetime-value/distinctValues.ts';

describe('distinctValues', () => {
  it('distinctValues numbers the distinct values in order of first appearance, −0 as 0', () => {
    const d = distinctValues(Float64Array.of(3.5, -0, 2, 3.5, 0, 2 / 7, 2 / 7));
    expect(Array.from(d.values)).toEqual([3.5, 0, 2, 2 / 7]);
    expect(Array.from(d.index)).toEqual([0, 1, 2, 0, 1, 3, 3]);
  });
  it('distinctValues leaves out what `keep` drops', () => {
    const d = distinctValues(Float64Array.of(1, 2, 1), Uint8Array.of(1, 0, 1));
    expect([Array.from(d.values), Array.from(d.index)]).toEqual([[1], [0, -1, 0]]);
  });
  it('distinctValues agrees with a Map on many values, through the table’s growth', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5000 }), { maxLength: 20_000 }), (ints) => {
        const data = Float64Array.from(ints, (i) => i / 7);
        const d = distinctValues(data);
        // A Map keyed by the value, numbering first appearances: the reference.
        const seen = new Map<number, number>();
        for (const v of data) if (!seen.has(v)) seen.set(v, seen.size);
        expect(Array.from(d.values)).toEqual([...seen.keys()]);
        data.forEach((v, i) => expect(d.index[i]).toBe(seen.get(v)));
      }),
      { numRuns: 20 },
    );
  });
});
