/** A worker_threads helper of the command line: reads parts of a large delimited file, types columns, hashes files. */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { answerHelperMessage, partsReadSoFar } from '../src/engine/partScanners.ts';
import { fileBlob } from './fileBlob.ts';

/**
 * SHA-256 (hex) of a file on disk, read in 4 MiB pieces with awaits between them, so that a
 * column to type that arrives meanwhile is typed without waiting for the whole hash.
 */
async function sha256OfPath(path: string): Promise<string> {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(4 << 20);
  const handle = await open(path, 'r');
  try {
    for (let read; (read = (await handle.read(chunk, 0, chunk.length, null)).bytesRead) > 0;)
      hash.update(chunk.subarray(0, read));
  } finally {
    await handle.close();
  }
  return hash.digest('hex');
}

parentPort!.on('message', async (message) => {
  const file = (message as { sha256?: { path?: unknown } }).sha256;
  if (file && typeof file.path === 'string') {
    // A part sent before is read first: hashing meanwhile would slow its reading.
    await partsReadSoFar();
    parentPort!.postMessage({ id: message.id, sha256: await sha256OfPath(file.path) });
    return;
  }
  // A part given by its place in a file on disk is read from there.
  const { reply, transfer } = await answerHelperMessage(
    message,
    (batch, buffers) => parentPort!.postMessage(batch, buffers),
    (file) => {
      const path = (file as { path?: unknown } | null)?.path;
      return typeof path === 'string' ? fileBlob(path) : null;
    },
  );
  parentPort!.postMessage(reply, transfer);
});
