/**
 * A large delimited file (UTF-8, or GB18030: see data/byteDecoding.ts) read by several threads,
 * each from the file itself: this thread reads the file's start, cuts the rest into parts at
 * line ends (reading only small windows around the cuts), hands each part's byte range to a
 * helper thread that reads and scans it, and reads and scans the first part meanwhile.
 * Reading the whole file here first, then copying the parts out, kept this thread busy for
 * about a quarter of a second on the 125 MB bench log (read ~150–300 ms, copy of the second
 * half ~70 ms on this machine) before any helper could start.
 *
 * Whatever does not fit this path (another format or encoding, a header not settled by the
 * first megabyte, a quoted field running past the first part's margin, bytes that turn out
 * not to be valid in the encoding) gives no table, and the caller reads the whole file the
 * ordinary way.
 */
import type { ParseOptions, SourceFile } from './api.ts';
import type { RawTable, ReadContext } from '../data/rawTable.ts';
import type { PartScanners } from '../data/partScanning.ts';
import { partCuts } from '../data/partScanning.ts';
import { sniffFormat } from '../data/formatSniffing.ts';
import { byteDelimitedStart, readFromBytes } from '../data/sourceReading.ts';
import {
  HEAD_BYTES,
  partCount,
  partJob,
  readDelimitedBytes,
  settledWidth,
  type Part,
} from '../data/delimitedReader.ts';
import { helperSha256, readInto, readPrefix, readRange } from './fileBytes.ts';

/**
 * Bytes read past the first cut, so that a quoted field holding line ends that spans it is
 * still read whole here (then this thread reads the rest of the file itself).
 */
const MARGIN_BYTES = 1 << 16;

/** How much of the file this thread reads first, and past the first cut (tests use less). */
export interface SplitSizes {
  head: number;
  margin: number;
}
const SIZES: SplitSizes = { head: HEAD_BYTES, margin: MARGIN_BYTES };

/** Whether this file goes the split way: helpers that can read it, and enough bytes for parts. */
export function splitReadable(
  file: SourceFile,
  helpers: PartScanners | undefined,
  sizes = SIZES,
): helpers is PartScanners {
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
  helpers: PartScanners,
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
  const width = settledWidth(head.subarray(skip), layout, options.header);
  if (width < 0) return null;
  const cuts = await partCuts(size, head.length, partCount(helpers, size, head.length), (a, b) =>
    readRange(blob, a, b),
  );
  if (cuts.length < 2) return null;
  const job = partJob(layout, width, file.name);
  // Positions from here on are relative to the bytes after the BOM, as readDelimitedBytes counts.
  const parts: Part[] = cuts.slice(1).map((cut, k) => {
    const end = cuts[k + 2] ?? size;
    const outcome = helpers.scan({ ...job, range: { file: blob, start: cut, end } }).catch(() => null);
    return { start: cut - skip, end: end - skip, outcome };
  });
  // Queued behind the parts: the helper hashes the file when its part is read.
  const digest = helperSha256(helpers, blob);
  digest.catch(() => undefined);
  const read = Math.min(size, cuts[1] + sizes.margin);
  const bytes = await readPrefix(blob, read, size, ctx);
  const readRest = (from: number) => readInto(blob, bytes, from + skip, size, ctx);
  const raw = await readDelimitedBytes(bytes.subarray(skip), ctx, layout, options.header, skip, {
    width,
    parts,
    read: read - skip,
    readRest,
  });
  return { raw: raw && readFromBytes(raw, layout, file.name), digest };
}
