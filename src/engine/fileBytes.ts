/** Reading a file's bytes in slices (so progress shows and cancel works) and its fingerprint. */
import type { BlobLike } from './api.ts';
import type { ReadContext } from '../data/rawTable.ts';

const SLICE_BYTES = 8 << 20;

export async function readAllBytes(blob: BlobLike, ctx: ReadContext): Promise<Uint8Array> {
  const bytes = new Uint8Array(blob.size);
  for (let at = 0; at < blob.size; at += SLICE_BYTES) {
    const end = Math.min(blob.size, at + SLICE_BYTES);
    bytes.set(new Uint8Array(await blob.slice(at, end).arrayBuffer()), at);
    ctx.progress({ phase: 'reading', bytes: end, rows: 0 });
    await ctx.checkpoint();
  }
  return bytes;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
