/** The only place that talks to the engine worker through Comlink. */
import * as Comlink from 'comlink';
import type { DatasetSummary, EngineApi, ParseOptions, Progress, Result, SourceFile } from '../engine/api.ts';

export type EngineClient = Comlink.Remote<EngineApi>;

export function startEngineWorker(): { engine: EngineClient; terminate(): void } {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'churnscope-engine',
  });
  return { engine: Comlink.wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}

/**
 * Progress callbacks cross the worker boundary as proxies, on a message port of their own, so
 * the worker's last report can arrive after the result: reports after that are dropped, or a
 * finished load would look unfinished again.
 */
function withProgress(
  run: (onProgress: (p: Progress) => void) => Promise<Result<DatasetSummary>>,
  onProgress: (p: Progress) => void,
): Promise<Result<DatasetSummary>> {
  let settled = false;
  const report = (p: Progress) => {
    if (!settled) onProgress(p);
  };
  return run(Comlink.proxy(report)).finally(() => {
    settled = true;
  });
}

export function openDataset(
  engine: EngineClient,
  files: SourceFile[],
  options: ParseOptions,
  onProgress: (p: Progress) => void,
) {
  return withProgress((report) => engine.openDataset(files, options, report), onProgress);
}

export function reparseDataset(
  engine: EngineClient,
  id: string,
  options: ParseOptions,
  onProgress: (p: Progress) => void,
) {
  return withProgress((report) => engine.reparseDataset(id, options, report), onProgress);
}
