/**
 * The bytes of a share link: text compressed with the browser's own CompressionStream
 * ('deflate-raw'; nothing external, so the CSP holds) and written in base64url, which a URL
 * fragment carries unescaped. Where the stream is missing the text goes uncompressed; the first
 * letter says which ('d' deflated, 'j' plain JSON), so either opens anywhere the stream exists.
 */

/** A link's settings are a few kilobytes; more than this when inflated is not a link a person made. */
export const MAX_SHARE_BYTES = 2 * 1024 * 1024;

export type ShareDecodeCode = 'bad-form' | 'bad-base64' | 'bad-compression' | 'too-large' | 'no-decompression';
export type Decoded = { ok: true; text: string } | { ok: false; code: ShareDecodeCode };

const hasStreams = (): boolean => typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Reads a stream to its end, giving up past `limit` bytes (a small link that inflates to gigabytes). */
async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function through(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  return new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(transform as unknown as TransformStream<Uint8Array, Uint8Array>);
}

/** `d<base64url of deflate-raw>` where the browser compresses, else `j<base64url of the UTF-8 text>`. */
export async function encodeText(text: string, compress = hasStreams()): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (!compress) return `j${toBase64Url(bytes)}`;
  const deflated = await readAll(through(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
  return `d${toBase64Url(deflated!)}`;
}

export async function decodeText(code: string): Promise<Decoded> {
  const form = code[0];
  if (form !== 'd' && form !== 'j') return { ok: false, code: 'bad-form' };
  const bytes = fromBase64Url(code.slice(1));
  if (!bytes) return { ok: false, code: 'bad-base64' };
  let plain: Uint8Array | null = bytes;
  if (form === 'd') {
    if (!hasStreams()) return { ok: false, code: 'no-decompression' };
    try {
      plain = await readAll(through(bytes, new DecompressionStream('deflate-raw')), MAX_SHARE_BYTES);
    } catch {
      return { ok: false, code: 'bad-compression' };
    }
  }
  if (!plain || plain.length > MAX_SHARE_BYTES) return { ok: false, code: 'too-large' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) };
  } catch {
    return { ok: false, code: 'bad-compression' };
  }
}
