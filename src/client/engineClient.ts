/** The only place that talks to the engine worker through Comlink. */
import * as Comlink from 'comlink';
import { ENGINE_METHODS, type EngineApi, type RemoteEngine, type Result } from '../engine/api.ts';
import { EngineSupervisor, type EngineThread, type SupervisorOptions } from './engineSupervisor.ts';
import { watchWorker, type KeeperMessage } from './threadWatch.ts';

export type { TakeoverEvent } from './engineSupervisor.ts';

/**
 * The engine's worker: the engine speaks Comlink on a port of its own, the worker's own port is
 * its keeper's (threadWatch.ts), which tells `onStopped` when the worker stops by itself.
 */
function engineThread(onStopped: (reason: string) => void): EngineThread {
  const worker = new Worker(new URL('../../workers/engine.worker.ts', import.meta.url), {
    type: 'module',
    name: 'churnscope-engine',
  });
  const unwatch = watchWorker(worker, onStopped);
  const channel = new MessageChannel();
  worker.postMessage({ keeper: 'engine', port: channel.port2 } satisfies KeeperMessage, [channel.port2]);
  return {
    engine: remoteEngine(Comlink.wrap<EngineApi>(channel.port1)),
    terminate: () => {
      unwatch();
      worker.terminate();
    },
  };
}

/**
 * The engine worker, watched: a Cancel the engine cannot honour in time ends the worker (its part
 * scanners end with it) and a fresh one re-opens what was open; so does a worker that stops by
 * itself (see engineSupervisor.ts).
 */
export function startEngineWorker(options: SupervisorOptions = {}): { engine: RemoteEngine; terminate(): void } {
  const supervisor = new EngineSupervisor(engineThread, options);
  return { engine: supervisor.engine, terminate: () => supervisor.terminate() };
}

/**
 * Progress callbacks cross the worker boundary as proxies, on a message port of their own, so
 * the worker's last report can arrive after the result: reports after that are dropped, or a
 * finished load would look unfinished again.
 */
function withProgress<P, T>(
  run: (onProgress: (p: P) => void) => Promise<Result<T>>,
  onProgress: ((p: P) => void) | undefined,
): Promise<Result<T>> {
  if (!onProgress) return run(undefined as never);
  let settled = false;
  const report = (p: P) => {
    if (!settled) onProgress(p);
  };
  return run(Comlink.proxy(report)).finally(() => {
    settled = true;
  });
}

/** The engine behind Comlink as the state layer speaks to it: every method, derived from ENGINE_METHODS. */
export function remoteEngine(remote: Comlink.Remote<EngineApi>): RemoteEngine {
  // Comlink answers every call with a promise; only the progress callbacks need wrapping.
  const calls = remote as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
  const engine = Object.fromEntries(
    ENGINE_METHODS.map((name) => [name, (...args: unknown[]) => calls[name](...args)]),
  ) as unknown as RemoteEngine;
  engine.openDataset = (files, options, onProgress) =>
    withProgress((report) => remote.openDataset(files, options, report), onProgress);
  engine.reparseDataset = (id, options, onProgress) =>
    withProgress((report) => remote.reparseDataset(id, options, report), onProgress);
  engine.analyzeInSteps = (id, kind, options, onProgress) =>
    withProgress((report) => remote.analyzeInSteps(id, kind, options, report), onProgress);
  return engine;
}

/** The engine in this thread, answering as a remote one does (tests, and hosts without workers). */
export function localEngine(engine: EngineApi): RemoteEngine {
  const direct = engine as unknown as Record<string, (...args: unknown[]) => unknown>;
  return Object.fromEntries(
    ENGINE_METHODS.map((name) => [name, async (...args: unknown[]) => direct[name](...args)]),
  ) as unknown as RemoteEngine;
}
