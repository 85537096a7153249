/**
 * Reading a large delimited file split across threads that each read their part from the file
 * itself: the same table as one scan of the whole file, or null (read it the ordinary way)
 * when the split cannot be trusted.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { readDelimitedBytes, delimitedLayout } from '../../../src/data/delimited/delimitedReader.ts';
import { scanPart, scanPartFrom, type PartJob, type HelperPool } from '../../../src/data/parallel/parts.ts';
import { ByteWindow, type WindowSizes } from '../../../src/data/delimited/byteWindow.ts';
import { byteSource } from '../../../src/engine/loading/fileBytes.ts';
import type { BlobLike, DatasetSummary } from '../../../src/engine/api.ts';
import { readSplit, splitReadable } from '../../../src/engine/loading/splitReading.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { readContext } from '../../data/formats/readContext.ts';
import { gbk } from '../../data/delimited/gbk.ts';
import { readAsText, tableCellsOrNull } from '../../data/tableCells.ts';

/** Small windows, so that records cross chunk ends and some outgrow the headroom. */
const SMALL: WindowSizes = { chunk: 256, headroom: 32 };
const CHUNKS_64K: WindowSizes = { chunk: 1 << 16, headroom: 1 << 10 };

/**
 * Helpers in this thread that read each part's range from the Blob as they scan it, as a
 * worker does (through `window`-sized chunks), handing on batches of `batchBytes` (cloned, as
 * if they crossed to another thread). `dieAfter`: batches handed on before the helper fails.
 */
function fromFile(
  count: number,
  minPartBytes: number,
  fail = false,
  window = SMALL,
  { batchBytes = 512, dieAfter = Infinity } = {},
) {
  const seen: { ranges: number; withBytes: number; batches: number } = { ranges: 0, withBytes: 0, batches: 0 };
  const scanners: HelperPool = {
    count,
    minPartBytes,
    takesFile: (file) => file instanceof Blob,
    scan: async (job: PartJob, onBatch) => {
      if (fail) throw new Error('thread died');
      if (job.bytes) seen.withBytes++;
      if (!job.range) return structuredClone(scanPart(job));
      seen.ranges++;
      const { file, start, end } = job.range;
      const bytes = await ByteWindow.open(byteSource(file as BlobLike, start, end), 0, window);
      let handed = 0;
      const outcome = await scanPartFrom(
        job,
        bytes,
        end - start,
        onBatch &&
          ((batch) => {
            if (handed++ >= dieAfter) throw new Error('thread died');
            seen.batches++;
            onBatch(structuredClone(batch));
          }),
        batchBytes,
      );
      if (handed > dieAfter) throw new Error('thread died');
      return structuredClone(outcome);
    },
  };
  return { scanners, seen };
}

async function oneScan(bytes: Uint8Array) {
  const text = new TextDecoder().decode(bytes);
  return tableCellsOrNull(
    await readDelimitedBytes(bytes, readContext('t.csv'), delimitedLayout(text.slice(0, 65_536), {}), undefined),
  );
}

async function split(bytes: Uint8Array, scanners: HelperPool, sizes = { head: 4096, window: SMALL }) {
  const file = { name: 't.csv', blob: new Blob([bytes as BlobPart]) };
  expect(splitReadable(file, scanners, sizes)).toBe(true);
  const split = await readSplit(file, readContext('t.csv', bytes.length), {}, scanners, sizes);
  const raw = split?.raw ?? null;
  if (raw) expect(raw.encoding).toBe('utf-8');
  // The fingerprint, here hashed on this thread (these helpers do not hash), once parts were started.
  if (split) expect(await split.digest).toBe(createHash('sha256').update(bytes).digest('hex'));
  return tableCellsOrNull(raw);
}

// The first 200 records settle the header within the first 4 KB read here.
const lead = 'id,note,amount\n' + Array.from({ length: 300 }, (_, i) => `L${i},lead row,${i}.5`).join('\n') + '\n';
const encode = (text: string) => new TextEncoder().encode(text);

describe('reading a file split across threads that read their own parts', () => {
  const cell = fc.constantFrom('', 'a', '客户', '"x\ny"', '"a,b"', '"q""q"', '1.5', '7', '2.5', ' ');
  const row = fc.oneof(
    { weight: 9, arbitrary: fc.array(cell, { minLength: 3, maxLength: 3 }).map((r) => r.join(',')) },
    { weight: 1, arbitrary: fc.constantFrom('', 'short', 'a,b,c,d', '"unclosed,x') },
  );

  it('readSplit gives exactly the table of one scan, the helpers reading their ranges from the file', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 50, maxLength: 400 }),
        fc.integer({ min: 1, max: 3 }),
        async (rows, count) => {
          const bytes = encode(lead + rows.join('\n') + '\n');
          const { scanners, seen } = fromFile(count, 64);
          expect(await split(bytes, scanners)).toEqual(await oneScan(bytes));
          expect(seen.ranges).toBeGreaterThan(0);
          expect(seen.withBytes).toBe(0);
          if (bytes.length > 8000) expect(seen.batches).toBeGreaterThan(0);
        },
      ),
      { numRuns: 60, seed: 91 },
    );
  });

  it('readSplit gives the table of one scan when a number column stops being one in some parts and batches', async () => {
    // The amount column is read as numbers (one decimal); now and then a cell ends that in a
    // part or a batch: a whole number, an empty cell, a word.
    const amount = fc.oneof(
      { weight: 40, arbitrary: fc.nat(999).map((n) => `${n}.5`) },
      { weight: 1, arbitrary: fc.constantFrom('7', '', 'x', '0012') },
    );
    const numberRow = fc.tuple(fc.nat(50), amount).map(([id, a]) => `N${id},note,${a}`);
    await fc.assert(
      fc.asyncProperty(
        fc.array(numberRow, { minLength: 100, maxLength: 600 }),
        fc.integer({ min: 1, max: 3 }),
        async (rows, count) => {
          const bytes = encode(lead + rows.join('\n') + '\n');
          const { scanners } = fromFile(count, 64, false, SMALL, { batchBytes: 400 });
          expect(await split(bytes, scanners)).toEqual(await oneScan(bytes));
        },
      ),
      { numRuns: 60, seed: 94 },
    );
  });

  it('readSplit through windows of a few bytes gives exactly the table of one scan', async () => {
    // Chunks of 16 bytes with 4 of headroom: nearly every record is cut by a read, many outgrow the headroom.
    await fc.assert(
      fc.asyncProperty(
        fc.array(row, { minLength: 50, maxLength: 400 }),
        fc.integer({ min: 1, max: 2 }),
        async (rows, count) => {
          const bytes = encode(lead + rows.join('\n') + '\n');
          const tiny = { chunk: 16, headroom: 4 };
          const result = await split(bytes, fromFile(count, 64, false, tiny).scanners, { head: 4096, window: tiny });
          expect(result).toEqual(await oneScan(bytes));
        },
      ),
      { numRuns: 60, seed: 92 },
    );
  });

  it('readSplit reads here a quoted field that runs from the first part over every cut, and the rest after it', async () => {
    // Every cut falls inside one quoted field of line ends, far longer than a chunk (and under the cell limit).
    const bytes = encode(
      lead + 'Q1,"' + Array.from({ length: 3000 }, (_, i) => `line ${i}`).join('\n') + '",7\nZ9,last,8\n',
    );
    const { scanners, seen } = fromFile(2, 64);
    const result = await split(bytes, scanners);
    expect(result).toEqual(await oneScan(bytes));
    expect(result!.rows[0].slice(-2)).toEqual(['Q1', 'Z9']);
    expect(seen.ranges).toBe(2);
  });

  it('readSplit reads on from the last batch taken in when a helper dies while it reads', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 200, maxLength: 600 }), fc.nat(6), async (rows, dieAfter) => {
        const bytes = encode(lead + rows.join('\n') + '\n');
        const { scanners, seen } = fromFile(1, 64, false, SMALL, { batchBytes: 300, dieAfter });
        expect(await split(bytes, scanners)).toEqual(await oneScan(bytes));
        expect(seen.batches).toBeLessThanOrEqual(dieAfter);
      }),
      { numRuns: 40, seed: 93 },
    );
  });

  it('readSplit reads the rest itself when the helpers fail', async () => {
    const bytes = encode(lead + Array.from({ length: 3000 }, (_, i) => `R${i},x,${i}`).join('\n') + '\n');
    expect(await split(bytes, fromFile(2, 64, true).scanners)).toEqual(await oneScan(bytes));
  });

  it('readSplit reads a file with a UTF-8 BOM, and a GBK file, on several threads as the text reader reads them', async () => {
    const rows = (row: (i: number) => string) => Array.from({ length: 3000 }, (_, i) => row(i)).join('\n') + '\n';
    const cities = ['北京', '上海', '广州'];
    for (const [bytes, encoding] of [
      // The helpers' ranges start after the BOM: a wrong position would leave every part unused.
      [new Uint8Array([0xef, 0xbb, 0xbf, ...encode(lead + rows((i) => `B${i},"两 行 ${i}",${i}`))]), 'utf-8'],
      [gbk('客户,城市,金额\n' + rows((i) => `K${i},"${cities[i % 3]} ${i % 7}",${i}`)), 'gb18030'],
    ] as const) {
      const { scanners, seen } = fromFile(2, 64);
      const file = { name: 't.csv', blob: new Blob([bytes as BlobPart]) };
      const split = await readSplit(file, readContext('t.csv', bytes.length), {}, scanners, {
        head: 4096,
        window: SMALL,
      });
      const text = await readAsText(bytes);
      expect(split?.raw && tableCellsOrNull(split.raw)).toEqual(tableCellsOrNull(text));
      expect(split?.raw?.encoding).toBe(encoding);
      expect(split?.raw?.issues).toEqual(text.issues);
      expect(seen.ranges).toBe(2);
      expect(split?.raw?.threads).toBe(3);
    }
  });

  it('readSplit gives null for a part that is not UTF-8, and for what it does not read (UTF-16, Excel)', async () => {
    const gbkLater = new Uint8Array([
      ...encode(lead + Array.from({ length: 3000 }, (_, i) => `R${i},x,${i}`).join('\n') + '\nG,'),
      0xd6,
      0xd0,
      ...encode(',1\n'),
    ]);
    expect(await split(gbkLater, fromFile(1, 64).scanners)).toBeNull();
    const utf16 = new Uint8Array([0xff, 0xfe, ...gbkLater]);
    expect(await split(utf16, fromFile(1, 64).scanners)).toBeNull();
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...gbkLater]);
    expect(await split(zip, fromFile(1, 64).scanners)).toBeNull();
  });

  it('openDataset reads a split file, and a file whose split fails, to the same datasets as one thread', async () => {
    const rows = (from: number, count: number) =>
      Array.from({ length: count }, (_, k) => {
        const i = from + k;
        return `C${i % 700},2024-0${1 + (i % 9)}-1${i % 10},${(i % 50) / 4}\n`;
      }).join('');
    const header = 'customer_id,date,amount\n';
    // Split at about 1 MiB + (size - 1 MiB) / 2: inside quoted fields of line ends (15 records,
    // each under the 32,767-character cell limit), which run on for 200 KB past that cut
    // (longer than a chunk read).
    const before = header + rows(0, 52_000) + 'C1,2024-01-01,"';
    const field = 'x\n'.repeat(10_000);
    const quoted = before + Array.from({ length: 15 }, () => field).join('"\nC1,2024-01-01,"') + '"\n' + rows(0, 5_000);
    const cut = (1 << 20) + (quoted.length - (1 << 20)) / 2;
    expect(cut).toBeGreaterThan(before.length);
    expect(cut + 65_536).toBeLessThan(before.length + 300_000);
    const files = [
      { name: 'log.csv', blob: new Blob([header + rows(0, 70_000)]) },
      { name: 'quoted.csv', blob: new Blob([quoted]) },
    ];
    const alone = createEngine();
    const comparable = (s: DatasetSummary) => ({
      ...s,
      id: '',
      elapsedMs: 0,
      files: s.files.map((f) => ({ ...f, threads: 0 })),
    });
    const threads: number[] = [];
    for (const file of files) {
      const { scanners, seen } = fromFile(1, 4096, false, CHUNKS_64K);
      const parted = createEngine({ helpers: scanners });
      const a = await alone.openDataset([file]);
      const b = await parted.openDataset([file]);
      if (!a.ok || !b.ok) throw new Error('not opened');
      expect(comparable(b.value)).toEqual(comparable(a.value));
      threads.push(b.value.files[0].threads ?? 1);
      // The helper read its range from the file (in vain for the quoted file: this thread read it all).
      expect(seen.ranges).toBe(1);
      expect(seen.withBytes).toBe(0);
    }
    // Cancelled while the parts are out: nothing opened, and the next open with the same helpers is whole.
    const { scanners } = fromFile(1, 4096, false, CHUNKS_64K);
    const parted = createEngine({ helpers: scanners });
    const cancelled = await parted.openDataset([files[0]], {}, (p) => {
      if (p.phase === 'parsing') void parted.cancel();
    });
    expect(cancelled.ok ? 'opened' : cancelled.issues[0].code).toBe('cancelled');
    const again = await parted.openDataset([files[0]]);
    const alone1 = await alone.openDataset([files[0]]);
    if (!again.ok || !alone1.ok) throw new Error('not opened');
    expect(comparable(again.value)).toEqual(comparable(alone1.value));
    // The log on two threads; the quoted file here alone, once its cut turned out to be inside the field.
    expect(threads).toEqual([2, 1]);
  });
});
