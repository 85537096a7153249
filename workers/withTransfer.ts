/**
 * Marks the buffers an engine result holds as transferable, so the worker hands them to the
 * UI instead of copying them: a file's bytes, preview rows, and per-customer typed arrays
 * wherever they sit inside an analysis result. The engine never keeps a buffer it returns.
 * Kept here, in the adapter, so the engine stays Comlink-free.
 */
import * as Comlink from 'comlink';
import type { EngineApi } from '../src/engine/api.ts';

/** The distinct buffers under typed arrays anywhere in `value` (plain objects and arrays are walked). */
export function resultBuffers(value: unknown, found = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === 'object') resultBuffers(item, found);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) if (item !== null && typeof item === 'object') resultBuffers(item, found);
  }
  return [...found];
}

function transferred<T>(result: T): T {
  const buffers = resultBuffers(result);
  return buffers.length > 0 ? Comlink.transfer(result, buffers) : result;
}

/**
 * The engine with every answer's buffers transferred. A promise's (an analysis in steps) are
 * marked when it settles; a dataset summary (loading) holds none, so marking it changes nothing.
 */
export function withTransfer(engine: EngineApi): EngineApi {
  const adapted: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(engine) as [string, (...args: unknown[]) => unknown][]) {
    adapted[name] = (...args: unknown[]) => {
      const answer = method.apply(engine, args);
      return answer instanceof Promise ? answer.then(transferred) : transferred(answer);
    };
  }
  return adapted as unknown as EngineApi;
}
