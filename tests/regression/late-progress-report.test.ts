/**
 * What broke: the worker's last progress report crossed its own message port and arrived after
 * the load's result, so the app showed a load in progress (buttons disabled) until the next one.
 */
import type * as Comlink from 'comlink';
import { expect, test } from 'vitest';
import { remoteEngine } from '../../src/client/engineClient.ts';
import type { DatasetSummary, EngineApi, Progress, Result } from '../../src/engine/api.ts';

test('openDataset drops progress reports that arrive after the result', async () => {
  let late: ((p: Progress) => void) | undefined;
  const summary = { id: 'ds1' } as DatasetSummary;
  const remote = {
    openDataset: async (_files: unknown, _options: unknown, onProgress: (p: Progress) => void) => {
      late = onProgress;
      onProgress({ phase: 'parsing', bytes: 1, totalBytes: 2, rows: 1 });
      return { ok: true, value: summary } as Result<DatasetSummary>;
    },
  } as unknown as Comlink.Remote<EngineApi>;
  const seen: Progress[] = [];
  await remoteEngine(remote).openDataset([], {}, (p) => seen.push(p));
  late!({ phase: 'done', bytes: 2, totalBytes: 2, rows: 1 });
  expect(seen.map((p) => p.phase)).toEqual(['parsing']);
});
