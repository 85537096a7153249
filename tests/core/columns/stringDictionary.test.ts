import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { StringDictionary } from '../../../src/core/columns/stringDictionary.ts';
import { dictionaryEncode } from '../../../src/core/columns/typedColumn.ts';

describe('StringDictionary', () => {
  it('StringDictionary.code numbers distinct strings in order of first appearance, like a Map', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (strings) => {
        const d = new StringDictionary(4);
        const map = new Map<string, number>();
        for (const s of strings) {
          if (!map.has(s)) map.set(s, map.size);
          expect(d.code(s)).toBe(map.get(s));
        }
        expect(d.values).toEqual([...map.keys()]);
      }),
      { numRuns: 200, seed: 11 },
    );
  });
  it('dictionaryEncode treats blank and whitespace-only cells (including full-width spaces) as empty', () => {
    const r = dictionaryEncode(['a', '', ' ', '\u3000', '\u00a0', 'b', 'a']);
    expect(Array.from(r.codes)).toEqual([0, -1, -1, -1, -1, 1, 0]);
    expect(r.nulls).toBe(4);
    expect(r.dictionary).toEqual(['a', 'b']);
  });
});
