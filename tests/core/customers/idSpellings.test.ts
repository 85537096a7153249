/** Customer ids that differ only in case or surrounding spaces, found over a dictionary (hand-worked cases). */
import { expect, it } from 'vitest';
import fc from 'fast-check';
import { idSpellings } from '../../../src/core/customers/idSpellings.ts';

it('idSpellings(dictionary, codes) groups "C001", "c001" and " C001 " and leaves distinct ids alone', () => {
  // Rows: C001, c001, " C001 ", C002, "C003 ", C003, (empty), C001 → dictionary codes 0 1 2 3 4 5 -1 0.
  const dictionary = ['C001', 'c001', ' C001 ', 'C002', 'C003 ', 'C003'];
  const s = idSpellings(dictionary, [0, 1, 2, 3, 4, 5, -1, 0]);
  // Groups by trimmed lower case: {C001, c001, " C001 "}, {C002}, {"C003 ", C003}.
  expect(Array.from(s.mergedOf)).toEqual([0, 0, 0, 1, 2, 2]);
  expect(Array.from(s.firstSpelling)).toEqual([0, 3, 4]);
  expect([s.variantIds, s.variantSpellings]).toEqual([2, 5]);
  expect(Array.from(s.laterSpelling)).toEqual([0, 1, 1, 0, 0, 1]);
  expect(s.examples).toEqual([
    ['C001', 'c001', ' C001 '],
    ['C003 ', 'C003'],
  ]);
});

it('idSpellings labels a merged id by its spelling on the first row, whatever the dictionary order', () => {
  // A dictionary merged from parallel parts: "c001" is entry 0 but first appears on row 2.
  const s = idSpellings(['c001', 'C001', 'C002'], [1, 2, 0, 1]);
  expect(Array.from(s.firstSpelling)).toEqual([1, 2]);
  expect(Array.from(s.mergedOf)).toEqual([0, 0, 1]);
  expect(Array.from(s.laterSpelling)).toEqual([1, 0, 0]);
});

it('idSpellings trims the ideographic space (U+3000) a Chinese export may leave', () => {
  const s = idSpellings(['客户01', '客户01\u3000'], [0, 1]);
  expect([s.variantIds, s.variantSpellings, s.firstSpelling.length]).toEqual([1, 2, 1]);
});

it('idSpellings of ids that are all distinct reports no variants', () => {
  const s = idSpellings(['A', 'B', 'AB'], [0, 1, 2]);
  expect([s.variantIds, s.variantSpellings, s.examples.length]).toEqual([0, 0, 0]);
  expect(Array.from(s.mergedOf)).toEqual([0, 1, 2]);
});

it('idSpellings groups exactly as a Map keyed by normalize(NFKC).trim().toLowerCase() (property)', () => {
  // Short ids from letters that fold (A/a, É/é, K and the Kelvin sign U+212A) and ASCII or Unicode spaces.
  const char = fc.constantFrom('a', 'A', 'b', 'É', 'é', 'k', 'K', '\u212a', '1', ' ', '\t', '\u3000', '\u00a0');
  fc.assert(
    fc.property(
      fc.uniqueArray(
        fc.array(char, { maxLength: 4 }).map((cs) => cs.join('')),
        { maxLength: 40 },
      ),
      (dictionary) => {
        const codes = dictionary.map((_, k) => k);
        const s = idSpellings(dictionary, codes);
        const naive = new Map<string, number>();
        const expected = dictionary.map((id) => {
          // NFKC as idKey documents it: full-width forms and the ideographic space (U+3000, also
          // inside an id) are read as an IME in full-width mode typed them: "É\u3000É" is "é é".
          const key = id.normalize('NFKC').trim().toLowerCase();
          if (!naive.has(key)) naive.set(key, naive.size);
          return naive.get(key)!;
        });
        expect(Array.from(s.mergedOf)).toEqual(expected);
        expect(s.firstSpelling.length).toBe(naive.size);
      },
    ),
  );
});
