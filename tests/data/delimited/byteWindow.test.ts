import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ByteWindow, type ByteSource } from '../../../src/data/delimited/byteWindow.ts';
import { WindowScan } from '../../../src/data/delimited/windowScan.ts';
import { RecordCollector } from '../../../src/data/delimited/recordCollector.ts';
import { CsvByteScanner } from '../../../src/data/delimited/csvByteScanner.ts';
import { UTF8 } from '../../../src/data/delimited/byteDecoding.ts';
import { readContext } from '../formats/readContext.ts';
import { cellTexts } from '../tableCells.ts';

/** The bytes as a source that hands out at most `piece` bytes per read, as a stream may. */
function pieces(bytes: Uint8Array, piece: number): ByteSource & { cancelled: boolean } {
  let at = 0;
  const source = {
    cancelled: false,
    read: async (into: Uint8Array) => {
      const n = Math.min(into.length, piece, bytes.length - at);
      into.set(bytes.subarray(at, at + n));
      at += n;
      return into.subarray(0, n);
    },
    cancel: () => {
      source.cancelled = true;
    },
  };
  return source;
}

describe('ByteWindow', () => {
  it('ByteWindow.advance keeps the bytes not let go and appends the next, for any chunk, headroom and read size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 3000 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 20 }),
        async (content, chunk, headroom, piece, keeps) => {
          const window = await ByteWindow.open(pieces(content, piece), 0, { chunk, headroom });
          const seen: number[] = [];
          for (let step = 0; !window.final; step++) {
            expect(window.offset).toBe(seen.length);
            // Let go of some of the bytes (all of them half the time), as a scan does.
            const fraction = keeps[step % keeps.length];
            const keep = fraction > 0.5 ? window.bytes.length : Math.floor(fraction * 2 * window.bytes.length);
            seen.push(...window.bytes.subarray(0, keep));
            await window.advance(keep);
          }
          seen.push(...window.bytes);
          expect(seen).toEqual(Array.from(content));
        },
      ),
      { numRuns: 300, seed: 5 },
    );
  });

  it('ByteWindow.close cancels the source and drops the read ahead', async () => {
    const source = pieces(new Uint8Array(1000), 10);
    const window = await ByteWindow.open(source, 0, { chunk: 100, headroom: 8 });
    window.close();
    expect(source.cancelled).toBe(true);
  });
});

describe('WindowScan', () => {
  const cell = fc.constantFrom('', 'a', '客户', '"x\ny"', '"x\r\ny"', '"a,b"', '"q""q"', '"s"t', '1.5', ' ', '\u3000');
  const record = fc.oneof(
    { weight: 9, arbitrary: fc.array(cell, { minLength: 3, maxLength: 3 }).map((r) => r.join(',')) },
    { weight: 1, arbitrary: fc.constantFrom('', ' ', 'short', 'a,b,c,d', '"unclosed,x', 'x\r') },
  );

  it('WindowScan reads through small windows exactly what one scan of the whole input reads', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(record, { minLength: 0, maxLength: 300 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        async (records, newline, chunk, headroom, endsWithNewline) => {
          const text = 'id,note,amount' + newline + records.join(newline) + (endsWithNewline ? newline : '');
          const bytes = new TextEncoder().encode(text);
          const whole = new RecordCollector('t.csv', undefined, UTF8);
          new CsvByteScanner(',', newline).scanRecords(bytes, 0, bytes.length, whole);
          const windowed = new RecordCollector('t.csv', undefined, UTF8);
          const window = await ByteWindow.open(pieces(bytes, 7), 0, { chunk, headroom });
          const scan = new WindowScan(
            window,
            windowed,
            { delimiter: ',', newline },
            readContext('t.csv'),
            bytes.length,
          );
          await scan.to(bytes.length, () => {});
          expect(scan.pos).toBe(bytes.length);
          for (const c of [whole, windowed]) c.finish();
          const plain = (c: RecordCollector) => ({
            names: c.names,
            cells: c.columns.map(cellTexts),
            rows: c.rows.plain(),
            issues: c.issues,
          });
          expect(plain(windowed)).toEqual(plain(whole));
        },
      ),
      { numRuns: 300, seed: 11 },
    );
  });
});
