/**
 * What the threads that read parts of a large delimited file run, and the pool the engine's
 * host (worker adapter, command line) builds from them: see data/partScanning.ts.
 */
import { partBuffers, scanPart, type HelperMessage, type HelperReply } from '../data/partScanning.ts';
import { sha256Hex } from './fileBytes.ts';
import { typeColumn, typingBuffers } from '../data/columnTyping.ts';

export { partScannerPool, type PartThread, type FileHandover } from '../data/partScannerPool.ts';
export type { PartScanners } from '../data/partScanning.ts';

/** A helper thread's answer to one message (read a part, hash a file, type a column): the reply and the buffers to transfer with it. */
export async function answerHelperMessage(
  message: HelperMessage,
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
  // A part given by its place in the file: read it from the file (a Blob here).
  if (!job.bytes && job.range) {
    const { file, start, end } = job.range;
    if (!(file instanceof Blob)) throw new Error('a file to read must be a Blob here');
    const read = file.slice(start, end).arrayBuffer();
    partsRead = Promise.all([partsRead, read.catch(() => undefined)]);
    job.bytes = new Uint8Array(await read);
  }
  const outcome = scanPart(job);
  return { reply: { id: message.id, outcome }, transfer: partBuffers(outcome) };
}

/** Settles once the parts this thread was sent have been read from their file. */
let partsRead: Promise<unknown> = Promise.resolve();
