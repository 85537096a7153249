/** The only place that talks to the engine worker through Comlink. */
import * as Comlink from 'comlink';
import type { EngineApi, ParseOptions, Progress, SourceFile } from '../engine/api.ts';

export type EngineClient = Comlink.Remote<EngineApi>;

export function startEngineWorker(): { engine: EngineClient; terminate(): void } {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'churnscope-engine',
  });
  return { engine: Comlink.wrap<EngineApi>(worker), terminate: () => worker.terminate() };
}

/** Progress callbacks must cross the worker boundary as proxies. */
export function openDataset(
  engine: EngineClient,
  files: SourceFile[],
  options: ParseOptions,
  onProgress: (p: Progress) => void,
) {
  return engine.openDataset(files, options, Comlink.proxy(onProgress));
}

export function reparseDataset(
  engine: EngineClient,
  id: string,
  options: ParseOptions,
  onProgress: (p: Progress) => void,
) {
  return engine.reparseDataset(id, options, Comlink.proxy(onProgress));
}
