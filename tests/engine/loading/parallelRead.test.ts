/**
 * The command line's worker_threads part scanners: a large export read on two threads gives
 * the same dataset as one thread — rows, types, distinct counts, issues, preview rows.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { fileBlob } from '../../../cli/fileBlob.ts';
import type { BlobLike } from '../../../src/engine/api.ts';
import type { TypingJob } from '../../../src/data/parallel/parts.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { helperThreads } from '../../../cli/helperThreads.ts';
import { bytesFile } from '../../sharedData.ts';

it('openDataset reads (and types) a 10 MB export on two worker threads into the dataset one thread reads', async () => {
  // Besides ids, dates, amounts and notes: a column of numbers with a few codes among them (a
  // near miss, reported with its rows) and dates whose day/month order no row decides.
  const lines = ['客户ID,下单时间,金额,备注,件数,签约日'];
  for (let i = 0; i < 320_000; i++) {
    const note = i % 1009 === 0 ? '"两行\n备注"' : i % 5003 === 0 ? '' : '正常';
    const pieces = i % 40_009 === 7 ? 'n/a?' : String(i % 13);
    const signed = `0${1 + (i % 9)}/0${1 + (i % 7)}/2023`;
    lines.push(
      `U${(i * 104_729) % 60_000},2024-0${1 + (i % 9)}-1${i % 10},${(i % 700) / 4},${note},${pieces},${signed}`,
    );
  }
  lines.splice(200_001, 0, '');
  const text = lines.join('\n') + '\n';
  const single = createEngine();
  const threads = helperThreads(1);
  let typedElsewhere = 0;
  const counting = { ...threads, typeColumn: (job: TypingJob) => (typedElsewhere++, threads.typeColumn!(job)) };
  const parallel = createEngine({ helpers: counting });
  // A helper that fails every column it is given: those columns are typed here instead.
  const failing = createEngine({
    helpers: { ...threads, typeColumn: () => Promise.reject(new Error('helper gone')) },
  });
  const one = await single.openDataset([bytesFile('log.csv', text)]);
  const two = await parallel.openDataset([bytesFile('log.csv', text)]);
  if (!one.ok || !two.ok) throw new Error('not opened');
  expect(two.value.files[0].threads).toBe(2);
  expect(one.value.files[0].threads).toBe(1);
  const comparable = (s: typeof one.value) => ({
    ...s,
    id: '',
    elapsedMs: 0,
    files: s.files.map((f) => ({ ...f, threads: 0 })),
  });
  expect(comparable(two.value)).toEqual(comparable(one.value));
  expect(typedElsewhere).toBeGreaterThan(0);
  const three = await failing.openDataset([bytesFile('log.csv', text)]);
  if (!three.ok) throw new Error('not opened');
  expect(comparable(three.value)).toEqual(comparable(one.value));
  expect(two.value.rows).toBe(320_000);
  expect(two.value.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['not-typed', 'ambiguous-date-order']));
  // Every row's cells, as the preview's Arrow slices carry them, across the whole file (the
  // IPC bytes themselves differ: Arrow numbers dictionaries per process, not per table).
  const cellsOf = (ipc: Uint8Array) => {
    const table = tableFromIPC(ipc);
    return JSON.stringify(table.schema.fields.map((_, c) => [...table.getChildAt(c)!]));
  };
  for (let start = 0; start < 320_000; start += 40_000) {
    const a = single.previewRows(one.value.id, start, 40_000);
    const b = parallel.previewRows(two.value.id, start, 40_000);
    if (!a.ok || !b.ok) throw new Error('no preview');
    expect(cellsOf(b.value) === cellsOf(a.value)).toBe(true);
  }
  expect(two.value.issues.find((i) => i.code === 'blank-lines')?.rows).toEqual([200_002]);
  // The same export on disk: the helper reads its part from the file itself (no bytes handed over).
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-split-'));
  try {
    const path = join(dir, 'log.csv');
    writeFileSync(path, text);
    let handedBytes = 0;
    let batches = 0;
    const fromDisk = createEngine({
      helpers: {
        ...threads,
        scan: (job, onBatch) => (
          (handedBytes += job.bytes ? 1 : 0),
          threads.scan(job, onBatch && ((batch) => (batches++, onBatch(batch))))
        ),
      },
    });
    const four = await fromDisk.openDataset([{ name: 'log.csv', blob: fileBlob(path) }]);
    if (!four.ok) throw new Error('not opened');
    expect(four.value.files[0].threads).toBe(2);
    expect(handedBytes).toBe(0);
    // The helper handed its part on in batches as it read it.
    expect(batches).toBeGreaterThan(0);
    expect(comparable(four.value)).toEqual(comparable(one.value));
    // A reader that asks for no batches gets the part whole.
    const whole = createEngine({ helpers: { ...threads, scan: (job) => threads.scan(job) } });
    const five = await whole.openDataset([{ name: 'log.csv', blob: fileBlob(path) }]);
    if (!five.ok) throw new Error('not opened');
    expect(five.value.files[0].threads).toBe(2);
    expect(comparable(five.value)).toEqual(comparable(one.value));
    const a = single.previewRows(one.value.id, 150_000, 20_000);
    const b = fromDisk.previewRows(four.value.id, 150_000, 20_000);
    if (!a.ok || !b.ok) throw new Error('no preview');
    expect(cellsOf(b.value) === cellsOf(a.value)).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

it('openDataset fingerprints a large file on a helper thread, and still right when the helper fails', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-sha-'));
  try {
    const path = join(dir, 'log.csv');
    const lines = ['id,amount'];
    for (let i = 0; i < 900_000; i++) lines.push(`K${i % 70_000},${i % 97}`);
    writeFileSync(path, lines.join('\n') + '\n');
    const expected = createHash('sha256').update(readFileSync(path)).digest('hex');
    const threads = helperThreads(1);
    let hashedByHelper = 0;
    const counting = { ...threads, sha256: (f: BlobLike) => (hashedByHelper++, threads.sha256!(f)) };
    const helped = await createEngine({ helpers: counting }).openDataset([{ name: 'log.csv', blob: fileBlob(path) }]);
    if (!helped.ok) throw new Error('not opened');
    expect(helped.value.files[0].sha256).toBe(expected);
    expect(hashedByHelper).toBe(1);
    const failing = {
      count: 1,
      scan: () => Promise.reject(new Error('gone')),
      takesFile: () => true,
      sha256: () => Promise.reject(new Error('gone')),
    };
    const alone = await createEngine({ helpers: failing }).openDataset([{ name: 'log.csv', blob: fileBlob(path) }]);
    if (!alone.ok) throw new Error('not opened');
    expect(alone.value.files[0].sha256).toBe(expected);
    expect(alone.value.rows).toBe(900_000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
