/** A worker_threads helper of the command line: reads parts of a large delimited file, types columns, hashes files. */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { openSync, readSync, closeSync } from 'node:fs';
import type { PartJob } from '../src/data/partScanning.ts';
import { parentPort } from 'node:worker_threads';
import { answerHelperMessage } from '../src/engine/partScanners.ts';

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

/** A part of a file on disk given by its byte range: its bytes, read here. */
function readPart(path: string, start: number, end: number): Uint8Array {
  const bytes = new Uint8Array(end - start);
  const handle = openSync(path, 'r');
  try {
    for (let done = 0; done < bytes.length;) {
      const read = readSync(handle, bytes, done, bytes.length - done, start + done);
      if (read === 0) throw new Error(`${path} became shorter while it was read`);
      done += read;
    }
  } finally {
    closeSync(handle);
  }
  return bytes;
}

parentPort!.on('message', async (message) => {
  const range = (message as { job?: PartJob }).job?.range;
  if (range && typeof (range.file as { path?: unknown }).path === 'string')
    message.job.bytes = readPart((range.file as { path: string }).path, range.start, range.end);
  const file = (message as { sha256?: { path?: unknown } }).sha256;
  if (file && typeof file.path === 'string') {
    parentPort!.postMessage({ id: message.id, sha256: await sha256OfPath(file.path) });
    return;
  }
  const { reply, transfer } = await answerHelperMessage(message);
  parentPort!.postMessage(reply, transfer);
});
