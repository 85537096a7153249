/**
 * What the threads that read parts of a large delimited file run, and the pool the engine's
 * host (worker adapter, command line) builds from them: see data/partScanning.ts.
 */
import {
  partBuffers,
  recordBuffers,
  scanPart,
  scanPartFrom,
  type HelperMessage,
  type HelperReply,
} from '../data/partScanning.ts';
import { ByteWindow } from '../data/byteWindow.ts';
import { byteSource, sha256Hex } from './fileBytes.ts';
import type { BlobLike } from './api.ts';
import { typeColumn, typingBuffers } from '../data/columnTyping.ts';

export { partScannerPool, type PartThread, type FileHandover } from '../data/partScannerPool.ts';
export type { PartScanners } from '../data/partScanning.ts';

/** Posts a reply from a helper thread, transferring the buffers given. */
export type PostReply = (reply: HelperReply, transfer: ArrayBuffer[]) => void;

/**
 * A helper thread's answer to one message (read a part, hash a file, type a column): the
 * reply and the buffers to transfer with it. A part read from its file is answered in batches
 * as it is read (`post`), before this final reply. `openFile` turns a file handed over (a Blob
 * in the app, a path in the command line) into something to read.
 */
export async function answerHelperMessage(
  message: HelperMessage,
  post: PostReply,
  openFile: (file: unknown) => BlobLike | null = (file) => (file instanceof Blob ? file : null),
): Promise<{ reply: HelperReply; transfer: ArrayBuffer[] }> {
  if ('sha256' in message) {
    if (!(message.sha256 instanceof Blob)) throw new Error('a file to hash must be a Blob here');
    // A part sent before is read first: hashing meanwhile would read the file alongside it.
    await partsRead;
    const bytes = new Uint8Array(await message.sha256.arrayBuffer());
    return { reply: { id: message.id, sha256: await sha256Hex(bytes) }, transfer: [] };
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
    const blob = openFile(file);
    if (!blob) throw new Error('a file to read must be a Blob or a path here');
    const scanned = ByteWindow.open(byteSource(blob, start, end), 0).then((w) =>
      scanPartFrom(
        job,
        w,
        end - start,
        job.batches ? (batch) => post({ id: message.id, batch }, recordBuffers(batch)) : undefined,
      ),
    );
    partsRead = Promise.all([partsRead, scanned.catch(() => undefined)]);
    outcome = await scanned;
  } else outcome = scanPart(job);
  return { reply: { id: message.id, outcome }, transfer: partBuffers(outcome) };
}

/** Settles once the parts this thread was sent have been read from their file. */
let partsRead: Promise<unknown> = Promise.resolve();

/** Settles once the parts this thread was sent so far have been read (a host that hashes files itself waits for it). */
export function partsReadSoFar(): Promise<unknown> {
  return partsRead;
}
