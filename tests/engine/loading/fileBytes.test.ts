import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byteSource, readAllBytes } from '../../../src/engine/loading/fileBytes.ts';
import { ByteWindow } from '../../../src/data/delimited/byteWindow.ts';
import { fileBlob } from '../../../cli/fileBlob.ts';
import type { BlobLike } from '../../../src/engine/api.ts';
import { readContext } from '../../data/formats/readContext.ts';

const content = new Uint8Array(20 << 20).map((_, i) => (i * 31 + (i >> 11)) & 0xff);

/**
 * The content as a blob whose slices' streams are byte streams (as a File's are in the
 * browser), counting BYOB reads.
 */
function byteStreamed(): BlobLike & { byobReads: number } {
  const byteStream = (from: number, to: number) => {
    let position = from;
    return new ReadableStream({
      type: 'bytes',
      pull(controller) {
        const request = controller.byobRequest!;
        const view = request.view!;
        const piece = content.subarray(position, Math.min(to, position + view.byteLength));
        new Uint8Array(view.buffer, view.byteOffset, piece.length).set(piece);
        position += piece.length;
        blob.byobReads++;
        if (piece.length === 0) {
          controller.close();
          request.respond(0);
        } else request.respond(piece.length);
      },
    }) as ReadableStream<Uint8Array>;
  };
  const blob = {
    size: content.length,
    byobReads: 0,
    slice: (a = 0, b = content.length) => ({
      arrayBuffer: async () => content.slice(a, b).buffer,
      stream: () => byteStream(a, b),
    }),
  };
  return blob;
}

/**
 * The content as each kind of blob the engine reads: a file on disk (readAt), a byte stream,
 * a Blob, and a blob with slices only. `streamed` counts its BYOB reads.
 */
async function eachBlob(
  run: (blob: BlobLike) => Promise<void>,
): Promise<{ streamed: ReturnType<typeof byteStreamed> }> {
  const dir = mkdtempSync(join(tmpdir(), 'churnscope-bytes-'));
  try {
    const path = join(dir, 'data.bin');
    writeFileSync(path, content);
    const disk = fileBlob(path);
    const streamed = byteStreamed();
    for (const blob of [disk, streamed, new Blob([content]), { size: disk.size, slice: disk.slice }]) await run(blob);
    return { streamed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('readAllBytes', () => {
  it('readAllBytes reads a file on disk, a byte stream, a Blob, and a blob with slices only, to the same bytes, in slices', async () => {
    const { streamed } = await eachBlob(async (blob) => {
      const ctx = readContext('data.bin', content.length);
      const bytes = await readAllBytes(blob, ctx);
      expect(bytes.length).toBe(content.length);
      expect(Buffer.compare(bytes, content)).toBe(0);
      // Progress and a cancel point at least every 8 MiB.
      expect(ctx.checkpoints).toBeGreaterThanOrEqual(3);
    });
    // Never through a byte stream's BYOB reader: in Chromium such reads of one file after another sometimes never answered.
    expect(streamed.byobReads).toBe(0);
  });

  it('readAllBytes says so when a file turns out shorter than its size as it is read', async () => {
    const short: BlobLike = {
      size: 100,
      slice: (a = 0, b = 100) => new Blob([content.subarray(Math.min(a, 40), Math.min(b, 40))]),
    };
    await expect(readAllBytes(short, readContext('short.bin', 100))).rejects.toThrow(/shorter/);
  });

  it('byteSource reads a range of a file on disk, a Blob (a byte stream of its slice), or slices through a window', async () => {
    const from = 1_000_003;
    const to = 13_500_000;
    await eachBlob(async (blob) => {
      const window = await ByteWindow.open(byteSource(blob, from, to), from, { chunk: 3 << 20, headroom: 1 << 10 });
      const pieces: Uint8Array[] = [];
      for (;;) {
        expect(window.offset).toBe(from + pieces.reduce((s, p) => s + p.length, 0));
        pieces.push(window.bytes.slice());
        if (window.final) break;
        await window.advance(window.bytes.length);
      }
      expect(Buffer.compare(Buffer.concat(pieces), content.subarray(from, to))).toBe(0);
    });
  });
});
