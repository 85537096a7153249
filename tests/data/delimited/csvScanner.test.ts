import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { scanAll } from './scanHarness.ts';

type Newline = '\r\n' | '\n' | '\r';

function papaRecords(text: string, delimiter: string, newline: Newline): string[][] {
  const data = Papa.parse<string[]>(text, { delimiter, newline }).data;
  // Papa reports a final empty record after a trailing line end; the scanner does not.
  if (
    data.length > 0 &&
    data[data.length - 1].length === 1 &&
    data[data.length - 1][0] === '' &&
    text.endsWith(newline)
  )
    data.pop();
  return data;
}

function quote(field: string, delimiter: string): string {
  return /[",\r\n;\t]/.test(field) || field.includes(delimiter) ? `"${field.replace(/"/g, '""')}"` : field;
}

const fieldArb = fc.stringMatching(/^[ab,;"\t 中\r\n]{0,6}$/);
const tableArb = fc.array(fc.array(fieldArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 12 });
const newlineArb = fc.constantFrom<Newline>('\n', '\r\n');
const delimiterArb = fc.constantFrom(',', ';', '\t', '|');

describe('CsvScanner', () => {
  it('CsvScanner.scan reads quoted delimiters, doubled quotes and embedded newlines', () => {
    const text = 'id,note\r\n1,"a, ""quoted""\r\nline"\r\n2,plain\r\n';
    expect(scanAll(text, ',', '\r\n').records).toEqual([
      ['id', 'note'],
      ['1', 'a, "quoted"\r\nline'],
      ['2', 'plain'],
    ]);
  });
  it('CsvScanner.scan keeps an empty last field after a trailing delimiter', () => {
    expect(scanAll('a,b,', ',', '\n').records).toEqual([['a', 'b', '']]);
    expect(scanAll('a,b,\nc,d,', ',', '\n').records).toEqual([
      ['a', 'b', ''],
      ['c', 'd', ''],
    ]);
  });
  it('CsvScanner.scan reports an unclosed quote and keeps the rest as one field', () => {
    const r = scanAll('a,b\n1,"oops\n2,3\n', ',', '\n');
    expect(r.problems).toEqual(['unclosed']);
    expect(r.records[1]).toEqual(['1', 'oops\n2,3\n']);
  });
  it('CsvScanner.scan reports text after a closing quote and keeps it in the field', () => {
    const r = scanAll('"ab"cd,e\n', ',', '\n');
    expect(r.problems).toEqual(['stray']);
    expect(r.records).toEqual([['abcd', 'e']]);
  });
  it('CsvScanner.scan accepts CR-only line ends', () => {
    expect(scanAll('a,b\rc,d\r', ',', '\r').records).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  // Differential test: on well-formed input the scanner agrees with PapaParse field for field,
  // however the input is cut into chunks.
  it('CsvScanner.scan agrees with PapaParse on generated well-formed CSV, in any chunking', () => {
    fc.assert(
      fc.property(
        tableArb,
        newlineArb,
        delimiterArb,
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 4 }),
        (table, newline, delimiter, chunks) => {
          const text = table.map((r) => r.map((f) => quote(f, delimiter)).join(delimiter)).join(newline) + newline;
          const expected = papaRecords(text, delimiter, newline);
          expect(scanAll(text, delimiter, newline).records).toEqual(expected);
          expect(scanAll(text, delimiter, newline, chunks).records).toEqual(expected);
        },
      ),
      { numRuns: 400, seed: 20261123 },
    );
  });

  // Mutation fuzzer: random edits of a real export never throw and never lose characters
  // outside quotes' own syntax.
  it('CsvScanner.scan survives mutated real exports without an exception', () => {
    const base = 'customerID,gender,tenure,Churn\r\n7590-VHVEG,Female,1,No\r\n"5575, GNVDE","Ma""le",34,No\r\n';
    const mutation = fc.record({ at: fc.nat(base.length), del: fc.nat(3), ins: fc.stringMatching(/^["\r\n,a]{0,3}$/) });
    fc.assert(
      fc.property(
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1, max: 17 }),
        (edits, chunk) => {
          let text = base;
          for (const e of edits) text = text.slice(0, e.at) + e.ins + text.slice(e.at + e.del);
          const whole = scanAll(text, ',', '\r\n');
          const chunked = scanAll(text, ',', '\r\n', [chunk]);
          expect(chunked.records).toEqual(whole.records);
          for (const r of whole.records) for (const f of r) expect(typeof f).toBe('string');
        },
      ),
      { numRuns: 500, seed: 7 },
    );
  });
});
