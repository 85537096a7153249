/** Part scanners for the command line and the bench: worker_threads, one per spare core (at most 3). */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { threadScript } from './threadScript.ts';
import { helperPool, type HelperPool, type HelperThread } from '../src/engine/loading/helperThread.ts';

function thread(): HelperThread {
  const { script, workerData } = threadScript(new URL('./helperThread.ts', import.meta.url));
  // A bundle needs no loader: do not inherit the parent's (tsx's) loader flags.
  const worker = new Worker(script, { workerData, ...(workerData ? {} : { execArgv: [] }) });
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
        // A part's batches come before its answer: only the answer ends the job.
        if (!('batch' in reply) && --busy === 0) worker.unref();
        onReply(reply);
      });
      worker.on('error', onFailure);
      worker.on('exit', (code) => onFailure(new Error(`part scanner exited (${code})`)));
    },
  };
}

export function helperThreads(count = Math.min(3, Math.max(1, availableParallelism() - 1))): HelperPool {
  // A file on disk is handed over by its path: the helper reads and hashes it itself.
  return helperPool(Array.from({ length: count }, thread), (file) => {
    const path = (file as { path?: unknown }).path;
    return typeof path === 'string' ? { path } : null;
  });
}

/**
 * Helper threads for these files, or none. A thread starts in ~30 ms (see threadScript.ts); a
 * file under 16 MiB is read alone in under ~200 ms, where a second thread has little to win.
 */
export function helpersFor(files: { blob: { size: number } }[]): HelperPool | undefined {
  return files.some((f) => f.blob.size >= PARALLEL_BYTES) ? helperThreads() : undefined;
}

const PARALLEL_BYTES = 16 << 20;
