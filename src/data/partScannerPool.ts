/**
 * PartScanners over message-passing threads (Web Workers in the app, worker_threads in Node):
 * each job goes to the thread with the fewest jobs waiting, with its bytes transferred. A
 * thread that fails fails its jobs and takes no more; the reader then reads those parts itself.
 */
import type { PartJob, PartOutcome, PartScanners } from './partScanning.ts';

/** What the pool needs of a thread, whatever kind it is. */
export interface PartThread {
  post(message: { id: number; job: PartJob }, transfer: ArrayBuffer[]): void;
  /** Calls back with each reply, and with an Error when the thread fails. */
  listen(onReply: (reply: { id: number; outcome: PartOutcome }) => void, onFailure: (error: Error) => void): void;
}

interface Waiting {
  resolve(outcome: PartOutcome): void;
  reject(error: Error): void;
}

export function partScannerPool(threads: PartThread[]): PartScanners {
  let nextId = 1;
  const pending = threads.map(() => new Map<number, Waiting>());
  const failed = threads.map(() => false);
  threads.forEach((thread, t) => {
    thread.listen(
      ({ id, outcome }) => {
        const waiting = pending[t].get(id);
        pending[t].delete(id);
        waiting?.resolve(outcome);
      },
      (error) => {
        failed[t] = true;
        for (const waiting of pending[t].values()) waiting.reject(error);
        pending[t].clear();
      },
    );
  });
  return {
    count: threads.length,
    scan(job) {
      let best = -1;
      for (let t = 0; t < threads.length; t++) {
        if (!failed[t] && (best < 0 || pending[t].size < pending[best].size)) best = t;
      }
      if (best < 0) return Promise.reject(new Error('no thread left to read parts'));
      const id = nextId++;
      return new Promise<PartOutcome>((resolve, reject) => {
        pending[best].set(id, { resolve, reject });
        threads[best].post({ id, job }, [job.bytes.buffer as ArrayBuffer]);
      });
    },
  };
}
