import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { readDelimited, readDelimitedBytes, delimitedLayout } from '../../../src/data/delimited/delimitedReader.ts';
import { readSource } from '../../../src/data/sourceReading.ts';
import { readContext } from '../formats/readContext.ts';
import { cellTexts, tableCells } from '../tableCells.ts';

async function both(text: string, header?: boolean) {
  const layout = delimitedLayout(text.slice(0, 65_536), {});
  const fromText = await readDelimited(text, readContext('t.csv'), { header }, 1);
  const fromBytes = await readDelimitedBytes(new TextEncoder().encode(text), readContext('t.csv'), layout, header);
  return { fromText: tableCells(fromText), fromBytes: fromBytes && tableCells(fromBytes) };
}

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');

describe('reading delimited text from its bytes', () => {
  it('readDelimitedBytes gives the table of the text reader when the rows after the first 4 MB are shorter or longer (its row estimate is wrong)', async () => {
    // The columns are sized from the rows per byte of the first 4 MB: too small, then too large.
    const rows = (count: number, pad: string) =>
      Array.from({ length: count }, (_, i) => `C${i % 997},${pad}${i % 13},${(i % 400) / 4}`).join('\n');
    for (const [first, later] of [
      ['x'.repeat(60), ''],
      ['', 'y'.repeat(60)],
    ]) {
      const text = `id,note,amount\n${rows(90_000, first)}\n${rows(60_000, later)}\n`;
      expect(text.length).toBeGreaterThan(5 << 20);
      const { fromText, fromBytes } = await both(text);
      expect(fromBytes).toEqual(fromText);
      expect(fromText.sourceRows.length).toBe(150_000);
    }
  });

  it('readDelimitedBytes gives the same table, row numbers and issues as readDelimited on the UTF-8 fixtures', async () => {
    for (const name of [
      'almost-numeric.csv',
      'ambiguous-dates.csv',
      'contracts-signup.csv',
      'bad/ragged-rows.csv',
      'bad/unclosed-quote.csv',
      'bad/duplicate-blank-headers.csv',
      'bad/formula-cells.csv',
      'bad/header-only.csv',
    ]) {
      const { fromText, fromBytes } = await both(fixture(name));
      expect(fromBytes, name).toEqual(fromText);
    }
  });

  it('readDelimitedBytes agrees with readDelimited on generated exports with blank lines, ragged rows and Chinese text', async () => {
    const cell = fc.constantFrom(
      '',
      ' ',
      '客户',
      'a',
      '1,5',
      '"q"',
      'x\ny',
      '\u3000',
      '\u2003',
      '\u00a0 ',
      '2024-01-02',
    );
    const quote = (f: string) => (/[",\n\r]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f);
    const row = fc.array(cell, { minLength: 0, maxLength: 4 }).map((r) => r.map(quote).join(','));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, nl) => {
          const { fromText, fromBytes } = await both(['id,name,amount', ...rows].join(nl) + nl);
          expect(fromBytes).toEqual(fromText);
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  // Past the first 200 records the columns are known and plain records take the scanner's fast
  // lane; every kind of record that is not plain must come out as the text reader reads it.
  it('readDelimitedBytes agrees with readDelimited past the header sample, where the fast lane reads plain records', async () => {
    const cell = fc.constantFrom(
      '',
      ' ',
      'a',
      '客户',
      '"q"',
      '"a,b"',
      '"x""y"',
      '"l\nm"',
      '"r\r"',
      '""',
      '"s"t',
      '\u3000',
      '\u2003',
      'é',
    );
    const row = fc.array(cell, { minLength: 1, maxLength: 4 }).map((r) => r.join(','));
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 1, maxLength: 60 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        async (rows, nl, trailing) => {
          const lead = Array.from({ length: 210 }, (_, i) => `id${i},"n ${i}",${i}`);
          const text = ['id,name,amount', ...lead, ...rows].join(nl) + (trailing ? nl : '');
          const { fromText, fromBytes } = await both(text);
          expect(fromBytes).toEqual(fromText);
        },
      ),
      { numRuns: 400, seed: 9 },
    );
  });

  // A file whose first 64 KB are plain ASCII goes the byte way; GBK further in must still be
  // found and read right — here a GBK character whose second byte is '|', the delimiter.
  it('readSource reads a GBK file whose first 64 KB are ASCII, even when a GBK byte equals the delimiter', async () => {
    const head = 'id|city\n' + Array.from({ length: 8000 }, (_, i) => `${i}|Paris`).join('\n') + '\n';
    const gbkRow = new Uint8Array([...new TextEncoder().encode('8000|'), 0xb0, 0x7c, 0xd6, 0xd0, 0x0a]);
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...gbkRow]);
    const expected = new TextDecoder('gb18030').decode(new Uint8Array([0xb0, 0x7c, 0xd6, 0xd0]));
    const raw = await readSource({ bytes }, readContext('gbk.csv', bytes.length), {});
    expect(raw.encoding).toBe('gb18030');
    expect(raw.names).toEqual(['id', 'city']);
    expect(cellTexts(raw.columns[1])[8000]).toBe(expected);
    expect(raw.issues.filter((i) => i.code === 'ragged-rows')).toEqual([]);
  });

  it('readSource reports a file that turns from UTF-8 to GBK after 64 KB as mixed, line by line', async () => {
    const head = 'id,city\n' + Array.from({ length: 6000 }, (_, i) => `${i},上海`).join('\n') + '\n';
    const gbk = new Uint8Array([...new TextEncoder().encode('6000,'), 0xb1, 0xb1, 0xbe, 0xa9, 0x0a]); // 北京
    const bytes = new Uint8Array([...new TextEncoder().encode(head), ...gbk]);
    const raw = await readSource({ bytes }, readContext('mixed.csv', bytes.length), {});
    const city = cellTexts(raw.columns[1]);
    expect(city[0]).toBe('上海');
    expect(city[6000]).toBe('北京');
    const mixed = raw.issues.find((i) => i.code === 'encoding-mixed');
    expect(mixed?.rows).toEqual([6002]);
  });

  it('readSource reads a UTF-8 BOM file from its bytes without the BOM in the first name', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('客户ID;金额\nA1;5\n')]);
    const raw = await readSource({ bytes }, readContext('bom.csv', bytes.length), {});
    expect(raw.names).toEqual(['客户ID', '金额']);
    expect(raw.encoding).toBe('utf-8');
    expect(raw.delimiter).toBe(';');
  });
});
