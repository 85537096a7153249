/**
 * Property-based fuzzer over the legacy .xls reader (compound file, BIFF8 records, globals,
 * sheet cells): real workbooks with bytes flipped, cut or inserted, with huge sizes written into
 * BIFF record headers, and with the compound file's header, allocation table and directory
 * damaged, give a table or a specific issue in bounded time — never a throw, an internal error
 * or a raw exception's text. The same checks as the xlsx and JSON fuzzers (xlsxFuzz.test.ts).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEngine } from '../../src/engine/engine.ts';
import type { Issue } from '../../src/engine/api.ts';

const RAW =
  /Maximum call stack|Invalid time value|Invalid code point|Cannot convert object to primitive|is not a function|undefined|RangeError|TypeError|Offset is outside/;
/** A run must end well within this (ms), whatever the bytes: the reader is linear in them. */
const BOUND_MS = 3000;
const xls = (name: string) => new Uint8Array(readFileSync(resolve('tests', 'fixtures', 'hostile', 'xls', name)));
/** A workbook of one sheet of 700 rows with a shared-string table over CONTINUE records, and one with a hidden sheet, dates and booleans. */
const REAL = [xls('telco-700.xls'), xls('orders-zh.xls')];

async function checkOpen(bytes: Uint8Array) {
  const started = performance.now();
  const r = await createEngine().openDataset([
    { name: 'damaged.xls', blob: new Blob([bytes as Uint8Array<ArrayBuffer>]) },
  ]);
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  if (r.ok) return;
  const [first] = r.issues;
  expect(first.code, first.message).not.toBe('internal-error');
  expect(first.message).not.toMatch(RAW);
  expect(first.message.length).toBeLessThan(600);
  return first as Issue;
}

const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
function put32(b: Uint8Array, at: number, v: number) {
  if (at < 0 || at + 4 > b.length) return;
  for (let k = 0; k < 4; k++) b[at + k] = (v >>> (8 * k)) & 0xff;
}
const bigNumber = fc.constantFrom(0, 1, 0x7fff, 0xffff, 0x10000, 0x7fffffff, 0xfffffffa, 0xfffffffe, 0xffffffff);

/** Offsets of a real workbook's BIFF record headers (type, size) in the file, found by walking the Workbook stream's first sector run. */
function recordHeaders(file: Uint8Array): number[] {
  // The stream's records begin with BOF (09 08 10 00 00 06) where the Workbook stream starts.
  const out: number[] = [];
  for (let at = 512; at + 4 < file.length; at += 512) {
    if (file[at] !== 0x09 || file[at + 1] !== 0x08 || file[at + 4] !== 0x00 || file[at + 5] !== 0x06) continue;
    for (let p = at; p + 4 <= file.length && out.length < 4000;) {
      out.push(p);
      const size = file[p + 2] | (file[p + 3] << 8);
      if (size === 0 && file[p] === 0 && file[p + 1] === 0) break;
      p += 4 + size;
    }
    break;
  }
  return out;
}

describe('readXls fuzzer', () => {
  it('a real .xls with bytes flipped, cut or inserted loads or gets a specific issue', async () => {
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.nat(REAL.length - 1),
        fc.array(edit, { minLength: 1, maxLength: 8 }),
        async (which, edits) => {
          let bytes = REAL[which];
          for (const e of edits) {
            const at = e.at % bytes.length;
            if (e.kind === 'flip') {
              bytes = bytes.slice();
              bytes[at] = e.byte;
            } else if (e.kind === 'cut') bytes = bytes.slice(0, Math.max(8, at));
            else {
              const longer = new Uint8Array(bytes.length + 1);
              longer.set(bytes.subarray(0, at));
              longer[at] = e.byte;
              longer.set(bytes.subarray(at), at + 1);
              bytes = longer;
            }
          }
          await checkOpen(bytes);
        },
      ),
      { numRuns: 200, seed: 31 },
    );
  });

  it('huge or zero sizes in BIFF record headers load or get a specific issue', async () => {
    const headers = REAL.map(recordHeaders);
    expect(headers.every((h) => h.length > 50)).toBe(true);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(REAL.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0, 1, 7, 0x2020, 0x7fff, 0xffff)), { minLength: 1, maxLength: 4 }),
        async (which, changes) => {
          const bytes = REAL[which].slice();
          for (const [pick, size] of changes) {
            const at = headers[which][pick % headers[which].length];
            bytes[at + 2] = size & 0xff;
            bytes[at + 3] = size >> 8;
          }
          await checkOpen(bytes);
        },
      ),
      { numRuns: 150, seed: 32 },
    );
  });

  it('a damaged compound-file header, allocation table or directory loads or gets a specific issue', async () => {
    // [MS-CFB] 2.2: header fields; each directory entry is 128 bytes, its start sector at 0x74, size at 0x78.
    const HEADER_FIELDS = [0x1e, 0x2c, 0x30, 0x38, 0x3c, 0x40, 0x44, 0x48, 0x4c, 0x50, 0x54];
    await fc.assert(
      fc.asyncProperty(
        fc.nat(REAL.length - 1),
        fc.array(
          fc.oneof(
            fc.record({
              where: fc.constant('header' as const),
              field: fc.constantFrom(...HEADER_FIELDS),
              value: bigNumber,
            }),
            fc.record({ where: fc.constant('fat' as const), entry: fc.nat(127), value: bigNumber }),
            fc.record({
              where: fc.constant('directory' as const),
              entry: fc.nat(7),
              field: fc.constantFrom(0x40, 0x42, 0x44, 0x48, 0x4c, 0x74, 0x78, 0x7c),
              value: bigNumber,
            }),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        async (which, changes) => {
          const bytes = REAL[which].slice();
          const fatSector = u32(bytes, 0x4c);
          const dirSector = u32(bytes, 0x30);
          for (const c of changes) {
            if (c.where === 'header') put32(bytes, c.field, c.field === 0x1e ? c.value & 0xffff : c.value);
            else if (c.where === 'fat') put32(bytes, (fatSector + 1) * 512 + 4 * c.entry, c.value);
            else put32(bytes, (dirSector + 1) * 512 + 128 * c.entry + c.field, c.value);
          }
          await checkOpen(bytes);
        },
      ),
      { numRuns: 200, seed: 33 },
    );
  });
});
