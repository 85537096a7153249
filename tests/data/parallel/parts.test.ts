import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readDelimitedBytes, delimitedLayout } from '../../../src/data/delimited/delimitedReader.ts';
import { scanPart, partCuts, type HelperPool } from '../../../src/data/parallel/parts.ts';
import { RecordCollector } from '../../../src/data/delimited/recordCollector.ts';
import { CsvByteScanner } from '../../../src/data/delimited/csvByteScanner.ts';
import { UTF8 } from '../../../src/data/delimited/byteDecoding.ts';
import { planTyping } from '../../../src/data/typing/tableTyping.ts';
import { readContext } from '../formats/readContext.ts';
import { cellTexts, tableCellsOrNull } from '../tableCells.ts';

/** Part scanners in this thread; results cloned as if they crossed to another thread. */
function inThread(count: number, minPartBytes: number): HelperPool & { jobs: number } {
  const scanners = {
    count,
    minPartBytes,
    jobs: 0,
    scan: async (job: Parameters<HelperPool['scan']>[0]) => {
      scanners.jobs++;
      return structuredClone(scanPart(job));
    },
  };
  return scanners;
}

async function read(text: string, scanners?: HelperPool) {
  const bytes = new TextEncoder().encode(text);
  const ctx = { ...readContext('t.csv', bytes.length), helpers: scanners };
  return tableCellsOrNull(await readDelimitedBytes(bytes, ctx, delimitedLayout(text.slice(0, 65_536), {}), undefined));
}

// The first 200 records settle the header on this thread; what follows can go to parts.
const lead = 'id,note,amount\n' + Array.from({ length: 300 }, (_, i) => `L${i},lead row,${i}.5`).join('\n') + '\n';

describe('reading a file in parts on several threads', () => {
  it('readDelimitedBytes with part scanners gives exactly the table of one scan: cells, codes, row numbers, issues', async () => {
    const cell = fc.constantFrom('', 'a', '客户', '"x\ny"', '"a,b"', '"q""q"', '1.5', '7', '2.5', ' ');
    const row = fc.oneof(
      { weight: 9, arbitrary: fc.array(cell, { minLength: 3, maxLength: 3 }).map((r) => r.join(',')) },
      { weight: 1, arbitrary: fc.constantFrom('', 'short', 'a,b,c,d', '"unclosed,x') },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 50, maxLength: 400 }),
        fc.integer({ min: 1, max: 3 }),
        async (rows, count) => {
          const text = lead + rows.join('\n') + '\n';
          const scanners = inThread(count, 64);
          expect(await read(text, scanners)).toEqual(await read(text));
          expect(scanners.jobs).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60, seed: 77 },
    );
  });

  it('readDelimitedBytes reads the rest itself when a cut falls inside a quoted field', async () => {
    // One quoted field with many line ends spans the whole later part: every cut is inside it.
    // (3,000 lines keep it under the 32,767 characters a cell may hold.)
    const text = lead + 'Q1,"' + Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n') + '",7\nZ9,last,8\n';
    const scanners = inThread(2, 64);
    const parted = await read(text, scanners);
    expect(parted).toEqual(await read(text));
    expect(scanners.jobs).toBe(2);
    expect(parted!.rows[0].slice(-2)).toEqual(['Q1', 'Z9']);
  });

  it('readDelimitedBytes falls back to one scan when a part scanner fails', async () => {
    const text = lead + Array.from({ length: 3000 }, (_, i) => `R${i},x,${i}`).join('\n') + '\n';
    const failing: HelperPool = { count: 1, minPartBytes: 64, scan: () => Promise.reject(new Error('thread died')) };
    expect(await read(text, failing)).toEqual(await read(text));
  });

  it('readDelimitedBytes gives null (read the file as text) when a part holds bytes that are not UTF-8', async () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode(lead + Array.from({ length: 3000 }, (_, i) => `R${i},x,${i}`).join('\n') + '\nG,'),
      0xd6,
      0xd0,
      ...new TextEncoder().encode(',1\n'),
    ]);
    const ctx = { ...readContext('g.csv', bytes.length), helpers: inThread(1, 64) };
    expect(await readDelimitedBytes(bytes, ctx, { delimiter: ',', newline: '\n' }, undefined)).toBeNull();
  });

  it('RecordCollector.appendPart reports blank lines at the end of one part once data follows in the next', () => {
    const head = 'id,v\n' + Array.from({ length: 250 }, (_, i) => `a${i},${i}`).join('\n') + '\n';
    const pieces = ['b1,1\n\n\n', '\nb2,2\n,\n', 'b3,3\n\n'];
    const whole = new RecordCollector('t.csv', undefined, UTF8);
    const scanner = new CsvByteScanner(',', '\n');
    scanner.scan(new TextEncoder().encode(head + pieces.join('')), 0, Infinity, whole);
    whole.finish();
    const first = new RecordCollector('t.csv', undefined, UTF8);
    scanner.scan(new TextEncoder().encode(head), 0, Infinity, first);
    for (const piece of pieces) {
      const outcome = scanPart({
        bytes: new TextEncoder().encode(piece),
        delimiter: ',',
        newline: '\n',
        width: 2,
        fileName: 't.csv',
        decoding: UTF8,
      });
      if (!outcome.ok) throw new Error('not UTF-8');
      first.appendPart(outcome.part);
    }
    first.finish();
    expect(first.rows.plain()).toEqual(whole.rows.plain());
    expect(first.rows.blankRows).toEqual([253, 254, 255, 257]);
    expect(first.columns.map(cellTexts)).toEqual(whole.columns.map(cellTexts));
  });

  it('partCuts cuts after line ends into about equal parts, looking in growing windows', async () => {
    const inMemory = (bytes: Uint8Array) => {
      const windows: number[] = [];
      const window = async (a: number, b: number) => (windows.push(b - a), bytes.subarray(a, b));
      return { windows, cuts: (from: number, parts: number) => partCuts(bytes.length, from, parts, window) };
    };
    const bytes = new TextEncoder().encode('head\n' + 'row,1\n'.repeat(30));
    const starts = await inMemory(bytes).cuts(5, 3);
    expect(starts).toEqual([5, 71, 131]);
    for (const s of starts.slice(1)) expect(bytes[s - 1]).toBe(10);
    // Lines longer than a part: fewer cuts, never a cut that is not after a line end.
    expect(await inMemory(new TextEncoder().encode('x'.repeat(100) + '\ny\n')).cuts(0, 4)).toEqual([0, 101]);
    // A line end 300 KB past the planned cut is found in windows of 64 KB, then 256 KB.
    const long = new TextEncoder().encode('a\n' + 'x'.repeat(700_000) + '\nb\n' + 'y'.repeat(400_000) + '\n');
    const reader = inMemory(long);
    expect(await reader.cuts(0, 2)).toEqual([0, 700_003]);
    expect(reader.windows).toEqual([65_536, 262_144]);
    // No line end within 16 MiB of the planned cut: no cut there.
    const oneLine = new Uint8Array(40 << 20).fill(120);
    oneLine[oneLine.length - 2] = 10;
    expect(await inMemory(oneLine).cuts(0, 2)).toEqual([0]);
  });
});

describe('planTyping', () => {
  const column = (rows: number, distinct: number) => ({ rows, distinct });
  it('planTyping keeps small tables and huge dictionaries here, and balances the rest', () => {
    expect(planTyping([column(1000, 10), column(1000, 10)], 1)).toEqual([false, false]);
    expect(planTyping([column(600_000, 10), column(600_000, 10)], 0)).toEqual([false, false]);
    // 711k ids stay here; the two cheaper columns go to the helper.
    expect(planTyping([column(5e6, 711_455), column(5e6, 731), column(5e6, 55_705)], 1)).toEqual([false, true, true]);
    // Equal columns: split between this thread and one helper, half each.
    // A number column (typed already, no rows to type) weighs nothing: the dates still go.
    expect(planTyping([column(5e6, 711_455), column(0, 0), column(5e6, 731)], 1)).toEqual([false, true, true]);
    expect(planTyping([column(0, 0), column(5e6, 711_455), column(5e6, 731)], 1)).toEqual([true, false, true]);
    const even = planTyping([column(500_000, 5), column(500_000, 5), column(500_000, 5), column(500_000, 5)], 1);
    expect(even.filter(Boolean).length).toBe(2);
  });
});
