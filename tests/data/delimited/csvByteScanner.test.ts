import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { scanAll, scanAllBytes } from './scanHarness.ts';

type Newline = '\r\n' | '\n' | '\r';

// Differential tests: the byte scanner must read exactly what the text scanner (itself checked
// against PapaParse) reads — well-formed or not, whole or in slices, with non-ASCII text.
const piece = fc.constantFrom('a', 'b', ',', ';', '|', '\t', '"', '""', '\r', '\n', '\r\n', ' ', '中', '😀', 'é');
const textArb = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

describe('CsvByteScanner', () => {
  it('CsvByteScanner.scan reads what CsvScanner reads on any input, in any slicing', () => {
    fc.assert(
      fc.property(
        textArb,
        fc.constantFrom(',', ';', '\t', '|'),
        fc.constantFrom<Newline>('\n', '\r\n', '\r'),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        (text, delimiter, newline, chunks) => {
          const expected = scanAll(text, delimiter, newline);
          expect(scanAllBytes(text, delimiter, newline)).toEqual(expected);
          // Slices are whole records, so cutting by bytes or by characters reads the same.
          expect(scanAllBytes(text, delimiter, newline, chunks)).toEqual(expected);
        },
      ),
      { numRuns: 1500, seed: 20261123 },
    );
  });

  it('CsvByteScanner.scan undoes doubled quotes and keeps quoted delimiters and line ends', () => {
    const text = 'id,note\r\n1,"a, ""quoted""\r\n客户"\r\n2,plain\r\n';
    expect(scanAllBytes(text, ',', '\r\n').records).toEqual([
      ['id', 'note'],
      ['1', 'a, "quoted"\r\n客户'],
      ['2', 'plain'],
    ]);
  });

  it('CsvByteScanner.scan reports an unclosed quote and text after a closing quote', () => {
    expect(scanAllBytes('a,b\n1,"oops\n2,3\n', ',', '\n')).toEqual({
      records: [
        ['a', 'b'],
        ['1', 'oops\n2,3\n'],
      ],
      problems: ['unclosed'],
    });
    expect(scanAllBytes('"ab"cd,e\n', ',', '\n')).toEqual({ records: [['abcd', 'e']], problems: ['stray'] });
  });

  it('CsvByteScanner refuses a delimiter that is not one ASCII character', () => {
    expect(() => scanAllBytes('a；b', '；', '\n')).toThrow(/ASCII/);
  });
});
