/** Teaching data from a worker started for the one request and ended with it (Comlink, as the engine's). */
import * as Comlink from 'comlink';
import type { GenerateRequest, TeachingData } from '../engine/api.ts';

interface GeneratorWorker {
  generateTeachingData(request: GenerateRequest): TeachingData;
}

/** Rejects with the worker's error when it stops (out of memory, a failed load) instead of waiting forever. */
export async function generateTeachingData(request: GenerateRequest): Promise<TeachingData> {
  const worker = new Worker(new URL('../../workers/generator.worker.ts', import.meta.url), {
    type: 'module',
    name: 'churnscope-generator',
  });
  const stopped = new Promise<never>((_, reject) => {
    worker.onerror = (e) => reject(new Error(e.message || 'worker error'));
  });
  try {
    return await Promise.race([Comlink.wrap<GeneratorWorker>(worker).generateTeachingData(request), stopped]);
  } finally {
    worker.terminate();
  }
}
