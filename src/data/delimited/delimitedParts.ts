/**
 * The parts of a delimited file that other threads read while this one reads the first: how
 * many, what a thread needs to read one, starting them on a file held whole, and taking their
 * records in as they come.
 */
import { UTF8 } from './byteDecoding.ts';
import { partCuts, PartStream, type PartJob, type HelperPool } from '../parallel/parts.ts';
import type { RecordCollector } from './recordCollector.ts';
import type { ReadContext } from '../rawTable.ts';
import type { ByteWindow } from './byteWindow.ts';
import type { DelimitedLayout } from './delimitedReader.ts';

/**
 * Parts of the file that other threads are reading (see engine/loading/splitReading.ts): this thread
 * reads the bytes before the first part, and the rest only when a part cannot be used.
 */
export interface StartedParts {
  /** The number of columns the parts are read with, and which of them as numbers. */
  width: number;
  lanes: boolean[];
  /** In file order, positions relative to the bytes this thread reads (after any BOM). */
  parts: Part[];
  /** The file's bytes from `from` on, when this thread must read past a part after all. */
  reopen(from: number): Promise<ByteWindow>;
}

/** A later part of the file, read by another thread. */
export interface Part {
  start: number;
  end: number;
  stream: PartStream;
}

const MIN_PART_BYTES = 4 << 20;

/** How many parts [from, size) makes for these helpers (1: read it all here). */
export function partCount(helpers: HelperPool | undefined, size: number, from: number): number {
  if (!helpers || helpers.count < 1) return 1;
  return Math.max(1, Math.min(helpers.count + 1, Math.floor((size - from) / (helpers.minPartBytes ?? MIN_PART_BYTES))));
}

/** What a thread needs to read a part, besides its bytes. */
export function partJob(
  layout: DelimitedLayout,
  width: number,
  lanes: boolean[],
  fileName: string,
): Omit<PartJob, 'bytes' | 'range'> {
  return {
    delimiter: layout.delimiter,
    newline: layout.newline as '\r\n' | '\n',
    width,
    lanes,
    fileName,
    decoding: layout.decoding ?? UTF8,
  };
}

/** Hands the bytes after `from` to other threads in parts, when the file is large enough. */
export async function startParts(
  bytes: Uint8Array,
  from: number,
  ctx: ReadContext,
  layout: DelimitedLayout,
  collector: RecordCollector,
): Promise<Part[]> {
  const helpers = ctx.helpers;
  const width = collector.columnCount;
  const count = partCount(helpers, bytes.length, from);
  if (count < 2 || width < 0 || layout.newline === '\r') return [];
  const starts = await partCuts(bytes.length, from, count, async (a, b) => bytes.subarray(a, b));
  const parts: Part[] = [];
  for (let k = 1; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : bytes.length;
    const job = { ...partJob(layout, width, collector.lanes, ctx.fileName), bytes: bytes.slice(start, end) };
    parts.push({ start, end, stream: PartStream.of((onBatch) => helpers!.scan(job, onBatch)) });
  }
  return parts;
}

/**
 * Takes in a part read by another thread, batch by batch as they come, while that thread reads
 * on: where the records taken in end (the part's end when all of it was), or null when a value
 * in it is not valid in the file's encoding. When its thread failed, or its last record runs on
 * past it, what was taken in stays and the caller reads on from there.
 */
export async function takeInPart(
  part: Part,
  collector: RecordCollector,
  size: number,
  progress: (end: number) => void,
): Promise<{ end: number } | null> {
  const merge = collector.partMerge();
  for (let end = part.start; ;) {
    const next = await part.stream.next();
    if ('batch' in next) {
      collector.appendPart(next.batch, merge);
      end = part.start + next.batch.end!;
      progress(end);
      continue;
    }
    const { outcome } = next;
    if (outcome && !outcome.ok) return null;
    if (!outcome || (outcome.part.unclosedQuote && part.end < size)) return { end };
    collector.appendPart(outcome.part, merge);
    return { end: part.end };
  }
}
