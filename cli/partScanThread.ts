/** A worker_threads helper of the command line: reads parts of a large delimited file, hashes files. */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import { answerHelperMessage } from '../src/engine/partScanners.ts';

/** SHA-256 (hex) of a file on disk, read in 4 MiB pieces. */
function sha256OfPath(path: string): string {
  const hash = createHash('sha256');
  const chunk = new Uint8Array(4 << 20);
  const handle = openSync(path, 'r');
  try {
    for (let read; (read = readSync(handle, chunk, 0, chunk.length, null)) > 0;) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(handle);
  }
  return hash.digest('hex');
}

parentPort!.on('message', async (message) => {
  const file = (message as { sha256?: { path?: unknown } }).sha256;
  if (file && typeof file.path === 'string') {
    parentPort!.postMessage({ id: message.id, sha256: sha256OfPath(file.path) });
    return;
  }
  const { reply, transfer } = await answerHelperMessage(message);
  parentPort!.postMessage(reply, transfer);
});
