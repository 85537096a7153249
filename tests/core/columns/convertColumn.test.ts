import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { convertColumn, dictionaryEncode } from '../../../src/core/columns/typedColumn.ts';

describe('convertColumn', () => {
  it('convertColumn over distinct texts gives the codes and nulls dictionaryEncode gives, blanks anywhere', () => {
    const text = fc.constantFrom('a', 'b c', '客户', '', ' ', '\u3000', '\t', 'x', 'y ', ' z');
    fc.assert(
      fc.property(fc.uniqueArray(text, { maxLength: 10 }), (distinct) => {
        const fast = convertColumn(distinct, 'note', { type: 'text', distinctValues: true });
        const reference = dictionaryEncode(distinct);
        expect(fast.data).toEqual({ kind: 'string', codes: reference.codes, dictionary: reference.dictionary });
        expect(fast.nulls).toBe(reference.nulls);
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
