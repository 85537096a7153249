import { expect, test } from 'vitest';
import { Session } from '../../src/state/session.svelte.ts';
import type { DatasetEngine } from '../../src/state/datasetEngine.ts';
import type { DatasetSummary, Issue, Result } from '../../src/engine/api.ts';

function summaryOf(id: string, name: string): DatasetSummary {
  return { id, name, rows: 1, files: [], columns: [], shape: 'unknown', options: {}, issues: [], elapsedMs: 1 };
}

/** Answers each open with the next queued result and records which datasets were closed. */
function fakeEngine(results: Result<DatasetSummary>[]) {
  const closed: string[] = [];
  const engine: DatasetEngine = {
    openDataset: async (_files, _options, onProgress) => {
      onProgress?.({ phase: 'parsing', bytes: 50, totalBytes: 100, rows: 10 });
      return results.shift()!;
    },
    reparseDataset: async () => results.shift()!,
    cancel: async () => {},
    previewRows: async () => ({ ok: true, value: new Uint8Array() }),
    sourceRowNumbers: async () => ({ ok: true, value: new Int32Array() }),
    columnProfile: async () => ({ ok: false, issues: [] }),
    closeDataset: async (id) => void closed.push(id),
  };
  return { engine, closed };
}

const file = (name: string) => new File(['a,b\n1,2\n'], name);
const cancelled: Issue = {
  severity: 'info',
  code: 'cancelled',
  message: 'Loading was cancelled; nothing was changed.',
};
const broken: Issue = { severity: 'error', code: 'unreadable', message: 'The file could not be read.' };

test('session.open keeps the previous dataset when a new open fails or is cancelled', async () => {
  const { engine, closed } = fakeEngine([
    { ok: true, value: summaryOf('ds1', 'a.csv') },
    { ok: false, issues: [broken] },
    { ok: false, issues: [cancelled] },
    { ok: true, value: summaryOf('ds2', 'b.csv') },
  ]);
  const session = new Session(engine);
  expect(await session.open([file('a.csv')])).toBe('loaded');
  expect(await session.open([file('bad.csv')])).toBe('failed');
  expect(session.summary?.id).toBe('ds1');
  expect(session.errors).toEqual([broken]);
  expect(await session.open([file('slow.csv')])).toBe('cancelled');
  expect(session.summary?.id).toBe('ds1');
  expect(await session.open([file('b.csv')])).toBe('loaded');
  expect(session.summary?.id).toBe('ds2');
  expect(session.errors).toEqual([]);
  expect(closed).toEqual(['ds1']);
  expect(session.progress).toBeNull();
});

test('session progress reports rows per second from the injected clock', async () => {
  let now = 0;
  const seen: number[] = [];
  const engine: DatasetEngine = {
    ...fakeEngine([]).engine,
    openDataset: async (_files, _options, onProgress) => {
      now = 2000;
      onProgress?.({ phase: 'parsing', bytes: 50, totalBytes: 100, rows: 10_000 });
      seen.push(session.progress!.rowsPerSecond);
      return { ok: true, value: summaryOf('ds1', 'a.csv') };
    },
  };
  const session = new Session(engine, () => now);
  await session.open([file('a.csv')]);
  expect(seen).toEqual([5000]);
});

test('session.takeover shows the re-opening, and drops a dataset that could not be read again with the reason', async () => {
  const { engine } = fakeEngine([{ ok: true, value: summaryOf('ds1', 'a.csv') }]);
  const session = new Session(engine);
  await session.open([file('a.csv')]);
  session.takeover({ kind: 'restoring', names: ['a.csv'], cause: 'cancel' });
  expect(session.restoring).toEqual(['a.csv']);
  expect(session.loading).toBe(false);
  session.takeover({ kind: 'restored', names: ['a.csv'] });
  expect(session.restoring).toBeNull();
  expect(session.summary?.id).toBe('ds1');
  session.takeover({ kind: 'lost', id: 'ds1', name: 'a.csv', issues: [broken], cause: 'cancel' });
  expect(session.summary).toBeNull();
  expect(session.errors.map((i) => i.code)).toEqual(['dataset-lost', 'unreadable']);
  expect(session.errors[0].params).toEqual({ name: 'a.csv' });
});
