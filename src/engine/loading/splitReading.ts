/**
 * A large delimited file (UTF-8, or GB18030: see data/delimited/byteDecoding.ts) read by several threads,
 * each from the file itself: this thread reads the file's start, cuts the rest into parts at
 * line ends (reading only small windows around the cuts), hands each part's byte range to a
 * helper thread that reads and scans it, and reads and scans the first part meanwhile. Every
 * thread reads its bytes as it scans them, through a window of two reused buffers (see
 * data/delimited/byteWindow.ts), so no thread waits for a whole part to be read or holds one in memory.
 * Should a part turn out unusable (a cut inside a quoted field, a helper that failed), this
 * thread reads on through it itself.
 *
 * Whatever does not fit this path (another format or encoding, a header not settled by the
 * first megabyte, bytes that turn out not to be valid in the encoding) gives no table, and
 * the caller reads the whole file the ordinary way.
 */
import type { ParseOptions, SourceFile } from '../api.ts';
import type { RawTable, ReadContext } from '../../data/rawTable.ts';
import type { HelperPool } from '../../data/parallel/parts.ts';
import { partCuts, PartStream } from '../../data/parallel/parts.ts';
import { sniffFormat } from '../../data/formats/formatSniffing.ts';
import { byteDelimitedStart, readFromBytes } from '../../data/sourceReading.ts';
import { HEAD_BYTES, readDelimitedStream, settledColumns } from '../../data/delimited/delimitedReader.ts';
import { partCount, partJob, type Part } from '../../data/delimited/delimitedParts.ts';
import { ByteWindow, type WindowSizes } from '../../data/delimited/byteWindow.ts';
import { byteSource, helperSha256, readRange } from './fileBytes.ts';

/** How much of the file this thread reads first, and the window it reads the rest through (tests use less). */
export interface SplitSizes {
  head: number;
  window?: WindowSizes;
}
const SIZES: SplitSizes = { head: HEAD_BYTES };

/** Whether this file goes the split way: helpers that can read it, and enough bytes for parts. */
export function splitReadable(file: SourceFile, helpers: HelperPool | undefined, sizes = SIZES): helpers is HelperPool {
  return helpers?.takesFile?.(file.blob) === true && partCount(helpers, file.blob.size, sizes.head) >= 2;
}

/**
 * What readSplit read (null: read the file the ordinary way) and the file's SHA-256, which a
 * helper takes from the file once its part is read — while this thread still reads its own.
 */
export interface SplitRead {
  raw: RawTable | null;
  digest: Promise<string>;
}

export async function readSplit(
  file: SourceFile,
  ctx: ReadContext,
  options: ParseOptions,
  helpers: HelperPool,
  sizes = SIZES,
): Promise<SplitRead | null> {
  const { blob } = file;
  const size = blob.size;
  const head = await readRange(blob, 0, Math.min(size, sizes.head));
  const sniffed = sniffFormat(head, file.name);
  if (!('format' in sniffed) || sniffed.format !== 'delimited') return null;
  const start = byteDelimitedStart(head, options);
  if (!start || start.layout.newline === '\r') return null;
  const { layout, skip } = start;
  const settled = settledColumns(head.subarray(skip), layout, options.header);
  if (!settled) return null;
  const { width, lanes } = settled;
  const count = partCount(helpers, size, head.length);
  const cuts = await partCuts(size, head.length, count, (a, b) => readRange(blob, a, b));
  if (cuts.length < 2) return null;
  const job = partJob(layout, width, lanes, file.name);
  // Positions from here on are relative to the bytes after the BOM, as readDelimitedStream counts.
  const parts: Part[] = cuts.slice(1).map((cut, k) => {
    const end = cuts[k + 2] ?? size;
    const stream = PartStream.of((onBatch) =>
      helpers.scan({ ...job, range: { file: blob, start: cut, end } }, onBatch),
    );
    return { start: cut - skip, end: end - skip, stream };
  });
  // Queued behind the parts: the helper hashes the file when its part is read.
  const digest = helperSha256(helpers, blob);
  digest.catch(() => undefined);
  const reopen = (from: number) => ByteWindow.open(byteSource(blob, from + skip, size), from, sizes.window);
  const raw = await readDelimitedStream(await reopen(0), size - skip, ctx, layout, options.header, skip, {
    width,
    lanes,
    parts,
    reopen,
  });
  return { raw: raw && readFromBytes(raw, layout, file.name), digest };
}
