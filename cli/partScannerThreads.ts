/** Part scanners for the command line and the bench: worker_threads, one per spare core (at most 3). */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { partScannerPool, type PartScanners, type PartThread } from '../src/engine/partScanners.ts';

function thread(): PartThread {
  const worker = new Worker(new URL('./threadBoot.mjs', import.meta.url), {
    workerData: { entry: new URL('./partScanThread.ts', import.meta.url).href },
  });
  // An idle helper must not keep the command from exiting; a busy one keeps it waiting.
  worker.unref();
  let busy = 0;
  return {
    post(message, transfer) {
      if (busy++ === 0) worker.ref();
      worker.postMessage(message, transfer);
    },
    listen(onReply, onFailure) {
      worker.on('message', (reply) => {
        if (--busy === 0) worker.unref();
        onReply(reply);
      });
      worker.on('error', onFailure);
      worker.on('exit', (code) => onFailure(new Error(`part scanner exited (${code})`)));
    },
  };
}

export function partScannerThreads(count = Math.min(3, Math.max(1, availableParallelism() - 1))): PartScanners {
  // A file on disk is handed over by its path: the helper reads and hashes it itself.
  return partScannerPool(Array.from({ length: count }, thread), (file) => {
    const path = (file as { path?: unknown }).path;
    return typeof path === 'string' ? { path } : null;
  });
}
