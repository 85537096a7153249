/**
 * HelperPool over message-passing threads (Web Workers in the app, worker_threads in Node):
 * each job goes to the thread with the fewest jobs waiting, with its bytes transferred. A
 * thread that fails fails its jobs and takes no more; the reader then reads those parts itself.
 */
import type { HelperMessage, HelperReply, PartOutcome, HelperPool } from './parts.ts';
import type { PartRecords } from '../delimited/recordCollector.ts';
import type { ColumnTyping } from '../typing/columnTyping.ts';
import type { BlobLike } from '../../engine/api.ts';
import type { LloydMessage, LloydReply, RemotePart } from '../../core/analyses/clusters/lloydParallel.ts';

/** What the pool needs of a thread, whatever kind it is. */
export interface HelperThread {
  post(message: HelperMessage, transfer: ArrayBuffer[]): void;
  /** Calls back with each reply, and with an Error when the thread fails. */
  listen(onReply: (reply: HelperReply) => void, onFailure: (error: Error) => void): void;
}

/** How a file is handed to a helper to be hashed (a Blob as it is, a file on disk by path), or null. */
export type FileHandover = (file: BlobLike) => unknown;

interface Waiting {
  resolve(reply: HelperReply): void;
  reject(error: Error): void;
  /** A part's batches, which come before its outcome. */
  onBatch?(batch: PartRecords): void;
}

export function helperPool(threads: HelperThread[], handover?: FileHandover): HelperPool {
  let nextId = 1;
  const pending = threads.map(() => new Map<number, Waiting>());
  const failed = threads.map(() => false);
  threads.forEach((thread, t) => {
    thread.listen(
      (reply) => {
        const waiting = pending[t].get(reply.id);
        if ('batch' in reply) {
          waiting?.onBatch?.(reply.batch);
          return;
        }
        pending[t].delete(reply.id);
        waiting?.resolve(reply);
      },
      (error) => {
        failed[t] = true;
        for (const waiting of pending[t].values()) waiting.reject(error);
        pending[t].clear();
      },
    );
  });
  const leastBusy = () => {
    let best = -1;
    for (let t = 0; t < threads.length; t++) {
      if (!failed[t] && (best < 0 || pending[t].size < pending[best].size)) best = t;
    }
    return best;
  };
  let nextPart = 1;
  /** Sends to the thread with the fewest messages waiting (or to thread `to`). */
  const send = (
    message: Omit<HelperMessage, 'id'>,
    transfer: ArrayBuffer[],
    onBatch?: (batch: PartRecords) => void,
    to = leastBusy(),
  ): Promise<HelperReply> => {
    const best = to;
    if (best < 0 || failed[best]) return Promise.reject(new Error('no helper thread left'));
    const id = nextId++;
    return new Promise<HelperReply>((resolve, reject) => {
      pending[best].set(id, { resolve, reject, onBatch });
      threads[best].post({ ...message, id } as HelperMessage, transfer);
    });
  };
  return {
    // Threads that failed take no more work: with none left, files are read and typed here alone.
    get count() {
      return failed.filter((f) => !f).length;
    },
    async scan(job, onBatch) {
      const { bytes, range } = job;
      if (range) {
        const file = handover?.(range.file as BlobLike) ?? null;
        if (file === null) throw new Error('this file cannot be handed to a helper');
        job = { ...job, range: { ...range, file } };
      }
      const reply = await send(
        { job: { ...job, batches: onBatch !== undefined } },
        bytes ? [bytes.buffer as ArrayBuffer] : [],
        onBatch,
      );
      return (reply as { outcome: PartOutcome }).outcome;
    },
    async typeColumn(job) {
      const reply = await send({ typing: job }, [job.column.codes.buffer as ArrayBuffer]);
      return (reply as { typed: ColumnTyping }).typed;
    },
    lloydPart(x, rows, d, k, offset): RemotePart {
      // A part lives on one thread: every question about it goes there.
      const to = leastBusy();
      const part = nextPart++;
      const ask = async (message: LloydMessage, transfer: ArrayBuffer[] = []) =>
        ((await send({ lloyd: message }, transfer, undefined, to)) as { lloyd: LloydReply }).lloyd;
      const opened = ask({ part, open: { x, rows, d, k, offset } }, [x.buffer as ArrayBuffer]);
      return {
        // Posted at once (a thread takes its messages in order, so after the opening), not after
        // awaiting the opening: an await here would post only once the caller's own part is
        // answered, and the helper would wait out every step instead of working alongside.
        answer: (question) => {
          const asked = ask({ part, ask: question });
          return opened.then(
            async () => ((await asked) as { answer: Awaited<ReturnType<RemotePart['answer']>> }).answer,
          );
        },
        labels: async () => ((await ask({ part, labels: true })) as { labels: Int32Array }).labels,
        reset: async (k) => {
          const asked = ask({ part, reset: k });
          await opened;
          await asked;
        },
        close: () => void ask({ part, close: true }).catch(() => undefined),
      };
    },
    takesFile: (file) => (handover?.(file) ?? null) !== null,
    async sha256(file) {
      const message = handover?.(file) ?? null;
      if (message === null) throw new Error('this file cannot be handed to a helper');
      const reply = await send({ sha256: message }, []);
      return (reply as { sha256: string }).sha256;
    },
  };
}
