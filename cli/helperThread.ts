/** A worker_threads helper of the command line: reads parts of a large delimited file, types columns, hashes files. */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { answerHelperMessage, type HelperHost } from '../src/engine/loading/helperThread.ts';
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

const pathOf = (file: unknown) => {
  const path = (file as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : null;
};

// Files come by their path on disk: parts are read from there, hashes taken in pieces.
const host: HelperHost = {
  post: (reply, transfer) => parentPort!.postMessage(reply, transfer),
  openFile: (file) => {
    const path = pathOf(file);
    return path === null ? null : fileBlob(path);
  },
  sha256: (file) => {
    const path = pathOf(file);
    if (path === null) throw new Error('a file to hash must be a path here');
    return sha256OfPath(path);
  },
};

parentPort!.on('message', async (message) => {
  const { reply, transfer } = await answerHelperMessage(message, host);
  host.post(reply, transfer);
});
