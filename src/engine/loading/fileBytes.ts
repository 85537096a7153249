/** Reading a file's bytes in slices (so progress shows and cancel works) and its fingerprint. */
import type { BlobLike } from '../api.ts';
import type { ReadContext } from '../../data/rawTable.ts';
import type { HelperPool } from '../../data/parallel/parts.ts';
import type { ByteSource } from '../../data/delimited/byteWindow.ts';

const SLICE_BYTES = 8 << 20;

/**
 * Reads the whole file into one buffer, in pieces (progress, cancel): 8 MB slices copied in, or a
 * file on disk in Node read straight into it (readAt: there each BYOB read moved the whole buffer
 * to a new ArrayBuffer, V8 counted every move as new memory and the read took about twice as
 * long). Not a byte stream's BYOB reader, though it fills the buffer directly (in Chromium a
 * 125 MB file in 75–106 ms against 226–391 ms in slices): reading several files one after the
 * other that way, Chromium 1xx sometimes never answered a read — 5 of 20 loads of Online Retail's
 * 13 monthly files hung in one file's first read, 0 of 20 in slices, at the same speed there
 * (1.4–2.1 s; tests/browser/manyFiles.test.ts). Files this size come here (large delimited
 * files are read in parts by splitReading), so the slower path costs little.
 */
export async function readAllBytes(blob: BlobLike, ctx: ReadContext): Promise<Uint8Array> {
  const source = byteSource(blob, 0, blob.size, false);
  let buffer: Uint8Array = new Uint8Array(blob.size);
  let at = 0;
  try {
    while (at < buffer.length) {
      const got = await source.read(buffer.subarray(at, Math.min(buffer.length, at + SLICE_BYTES)));
      // A BYOB read gives the buffer back moved to a new ArrayBuffer over the same memory.
      buffer = new Uint8Array(got.buffer);
      at += got.length;
      ctx.progress({ phase: 'reading', bytes: at, rows: 0 });
      await ctx.checkpoint();
    }
  } finally {
    if (at < buffer.length) source.cancel();
  }
  return buffer;
}

/**
 * The file's bytes [from, to), read in order into the buffers a ByteWindow gives: positioned
 * reads for a file on disk, a byte stream's BYOB reader for a Blob (it fills the buffer given,
 * with no copy), else slices copied in.
 */
export function byteSource(blob: BlobLike, from: number, to: number, byob = true): ByteSource {
  let at = from;
  let stopped = false;
  // undefined: not tried yet; null: the blob has no byte stream (or is read in slices).
  let reader: ReadableStreamBYOBReader | null | undefined = byob ? undefined : null;
  return {
    async read(into) {
      if (stopped || at >= to) return into.subarray(0, 0);
      into = into.subarray(0, Math.min(into.length, to - at));
      let got: Uint8Array;
      if (blob.readAt) got = into.subarray(0, await blob.readAt(into, at));
      else {
        if (reader === undefined) reader = byobReader(blob, from, to);
        if (reader) {
          const { value } = await reader.read(into as Uint8Array<ArrayBuffer>);
          if (!value) throw new Error('the file stopped while it was read');
          got = value as Uint8Array;
        } else {
          got = new Uint8Array(await blob.slice(at, at + into.length).arrayBuffer());
          into.set(got);
          got = into.subarray(0, got.length);
        }
      }
      if (got.length === 0) throw new Error('the file became shorter while it was read');
      at += got.length;
      return got;
    },
    cancel() {
      stopped = true;
      reader?.cancel().catch(() => undefined);
    },
  };
}

/** A BYOB reader of the blob's bytes [from, to), or null when its slices are not byte streams. */
function byobReader(blob: BlobLike, from: number, to: number): ReadableStreamBYOBReader | null {
  const slice = blob.slice(from, to);
  if (typeof slice.stream !== 'function') return null;
  const stream = slice.stream();
  try {
    return stream.getReader({ mode: 'byob' });
  } catch {
    void stream.cancel().catch(() => undefined);
    return null;
  }
}

/** The file's bytes [from, to) in a buffer of their own. */
export async function readRange(blob: BlobLike, from: number, to: number): Promise<Uint8Array> {
  return new Uint8Array(await blob.slice(from, to).arrayBuffer());
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The file's SHA-256 from a helper thread, or (when it cannot take the file or fails) read again and hashed here. */
export async function helperSha256(helpers: HelperPool, blob: BlobLike): Promise<string> {
  try {
    if (helpers.sha256) return await helpers.sha256(blob);
  } catch {
    // The helper is gone: hash here.
  }
  return sha256Hex(new Uint8Array(await blob.slice(0, blob.size).arrayBuffer()));
}
