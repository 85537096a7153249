/** Part scanners for the engine worker: nested Web Workers, started with the engine. */
import { helperPool, type HelperPool, type HelperThread } from '../src/engine/loading/helperThread.ts';

function workerThread(): HelperThread {
  const worker = new Worker(new URL('./helper.worker.ts', import.meta.url), { type: 'module' });
  return {
    post: (message, transfer) => worker.postMessage(message, transfer),
    listen(onReply, onFailure) {
      worker.onmessage = (e) => onReply(e.data);
      worker.onerror = (e) => onFailure(new Error(e.message || 'part scanner failed'));
    },
  };
}

/** One helper per spare core (at most 3); none where workers cannot start workers. */
export function helperWorkers(): HelperPool | undefined {
  if (typeof Worker === 'undefined') return undefined;
  const spare = Math.min(3, Math.max(1, (navigator.hardwareConcurrency || 2) - 1));
  try {
    // A File is handed over as it is: the helper reads it and hashes it.
    return helperPool(Array.from({ length: spare }, workerThread), (file) => (file instanceof Blob ? file : null));
  } catch {
    return undefined;
  }
}
