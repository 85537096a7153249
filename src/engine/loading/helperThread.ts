/**
 * What the threads that read parts of a large delimited file run, and the pool the engine's
 * host (worker adapter, command line) builds from them: see data/parallel/parts.ts.
 */
import {
  partBuffers,
  recordBuffers,
  scanPart,
  scanPartFrom,
  type HelperMessage,
  type HelperReply,
} from '../../data/parallel/parts.ts';
import { ByteWindow } from '../../data/delimited/byteWindow.ts';
import { byteSource, sha256Hex } from './fileBytes.ts';
import type { BlobLike } from '../api.ts';
import { typeColumn, typingBuffers } from '../../data/typing/columnTyping.ts';
import { hostLloydParts } from '../../core/analyses/clusters/lloydParallel.ts';

/** The rows of k-means fits this thread holds (see core/analyses/clusters/lloydParallel.ts). */
const lloydParts = hostLloydParts();

export { helperPool, type HelperThread, type FileHandover } from '../../data/parallel/helperPool.ts';
export type { HelperPool } from '../../data/parallel/parts.ts';

/** Posts a reply from a helper thread, transferring the buffers given. */
export type PostReply = (reply: HelperReply, transfer: ArrayBuffer[]) => void;

/** What a helper thread's host gives it: how to answer, and how to read and hash a file handed over. */
export interface HelperHost {
  post: PostReply;
  /** A file handed over (a Blob in the app, a path in the command line) as something to read, or null. */
  openFile(file: unknown): BlobLike | null;
  /** The SHA-256 (hex) of a file handed over. */
  sha256(file: unknown): Promise<string>;
}

/** The host of a Web Worker helper: files come as Blobs, hashed whole with WebCrypto. */
export function blobHelperHost(post: PostReply): HelperHost {
  return {
    post,
    openFile: (file) => (file instanceof Blob ? file : null),
    async sha256(file) {
      if (!(file instanceof Blob)) throw new Error('a file to hash must be a Blob here');
      return sha256Hex(new Uint8Array(await file.arrayBuffer()));
    },
  };
}

/**
 * A helper thread's answer to one message (read a part, hash a file, type a column): the
 * reply and the buffers to transfer with it. A part read from its file is answered in batches
 * as it is read (`host.post`), before this final reply.
 */
export async function answerHelperMessage(
  message: HelperMessage,
  host: HelperHost,
): Promise<{ reply: HelperReply; transfer: ArrayBuffer[] }> {
  if ('sha256' in message) {
    // A part sent before is read first: hashing meanwhile would read the file alongside it.
    await partsRead;
    return { reply: { id: message.id, sha256: await host.sha256(message.sha256) }, transfer: [] };
  }
  if ('lloyd' in message) {
    const lloyd = lloydParts(message.lloyd);
    return {
      reply: { id: message.id, lloyd },
      transfer: 'labels' in lloyd ? [lloyd.labels.buffer as ArrayBuffer] : [],
    };
  }
  if ('typing' in message) {
    const { name, column, options } = message.typing;
    const typed = typeColumn(column, name, options);
    return { reply: { id: message.id, typed }, transfer: typingBuffers(typed) };
  }
  const { job } = message;
  let outcome;
  if (!job.bytes && job.range) {
    // A part given by its place in the file: read from the file as it is scanned.
    const { file, start, end } = job.range;
    const blob = host.openFile(file);
    if (!blob) throw new Error('a file to read must be a Blob or a path here');
    const scanned = ByteWindow.open(byteSource(blob, start, end), 0).then((w) =>
      scanPartFrom(
        job,
        w,
        end - start,
        job.batches ? (batch) => host.post({ id: message.id, batch }, recordBuffers(batch)) : undefined,
      ),
    );
    partsRead = Promise.all([partsRead, scanned.catch(() => undefined)]);
    outcome = await scanned;
  } else outcome = scanPart(job);
  return { reply: { id: message.id, outcome }, transfer: partBuffers(outcome) };
}

/** Settles once the parts this thread was sent have been read from their file. */
let partsRead: Promise<unknown> = Promise.resolve();
