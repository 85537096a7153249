/**
 * Delimited text (CSV, TSV, semicolon, pipe, runs of whitespace) into a RawTable, scanned in
 * chunks so that progress is reported and the user can cancel. Fields go straight into
 * column arrays; what must be reported is kept on the way: blank lines, ragged rows,
 * unclosed quotes.
 */
import { CsvScanner } from './csvScanner.ts';
import { CsvByteScanner } from './csvByteScanner.ts';
import { UTF8, Undecodable, type ByteDecoding } from './byteDecoding.ts';
import { partCuts, type PartJob, type PartOutcome, type PartScanners } from './partScanning.ts';
import { detectDelimiter, detectNewline, splitWhitespace, WHITESPACE } from './delimiterDetection.ts';
import { RecordCollector } from './recordCollector.ts';
import type { RawTable, ReadContext } from './rawTable.ts';
import { shapeIssues } from './rowIssues.ts';

const CHUNK_CHARS = 1 << 20;
const SAMPLE = 65_536;

export interface DelimitedOptions {
  delimiter?: string;
  header?: boolean;
}

/** Runs of spaces or tabs separate fields; there is no quoting. Scans the lines beginning in [start, until). */
function scanWhitespace(text: string, start: number, until: number, newline: string, sink: RecordCollector): number {
  let end = until >= text.length ? text.length : text.indexOf(newline, until);
  end = end < 0 ? text.length : Math.min(text.length, end + newline.length);
  const lines = text.slice(start, end).split(newline);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    for (const token of splitWhitespace(line)) sink.field(token);
    sink.endRecord();
  }
  return end;
}

export interface DelimitedLayout {
  newline: '\r\n' | '\n' | '\r';
  delimiter: string;
  /** Read from bytes: the values' encoding (UTF-8 when not given). */
  decoding?: ByteDecoding;
}

/** Line ends and delimiter, from the start of the text (a given delimiter wins). */
export function delimitedLayout(sample: string, options: DelimitedOptions): DelimitedLayout {
  const newline = detectNewline(sample);
  return { newline, delimiter: options.delimiter ?? detectDelimiter(sample, newline) };
}

function finished(collector: RecordCollector, ctx: ReadContext, delimiter: string): RawTable {
  collector.finish();
  const { names, columns, rows, header } = collector;
  const issues = [...collector.issues, ...shapeIssues(rows, ctx.fileName, names.length, header === true)];
  return {
    names,
    columns,
    sourceRows: rows.toArray(),
    issues,
    format: 'delimited',
    delimiter,
    header: header === true,
  };
}

export async function readDelimited(
  text: string,
  ctx: ReadContext,
  options: DelimitedOptions,
  bytesPerChar: number,
): Promise<RawTable> {
  const { newline, delimiter } = delimitedLayout(text.slice(0, SAMPLE), options);
  const collector = new RecordCollector(ctx.fileName, options.header);
  const scanner = delimiter === WHITESPACE ? null : new CsvScanner(delimiter, newline);
  let pos = 0;
  while (pos < text.length) {
    const until = Math.min(text.length, pos + CHUNK_CHARS);
    pos = scanner ? scanner.scan(text, pos, until, collector) : scanWhitespace(text, pos, until, newline, collector);
    ctx.progress({ phase: 'parsing', bytes: Math.round(pos * bytesPerChar), rows: collector.record });
    if (pos < text.length) await ctx.checkpoint();
  }
  return finished(collector, ctx, delimiter);
}

/** Whether readDelimitedBytes can read text with this layout (an ASCII delimiter, not runs of white space). */
export function readableAsBytes(layout: DelimitedLayout): boolean {
  const { delimiter } = layout;
  return delimiter !== WHITESPACE && delimiter.length === 1 && delimiter.charCodeAt(0) < 0x80;
}

/**
 * Parts of the file that other threads already read (see engine/splitReading.ts): this
 * thread has read only the bytes before the first part, and reads the rest itself only when a
 * part cannot be used.
 */
export interface StartedParts {
  /** The number of columns the parts were read with. */
  width: number;
  /**
   * In file order, positions relative to the bytes given to readDelimitedBytes. The bytes
   * before the first part are read, and a margin after it (see readDelimitedBytes).
   */
  parts: Part[];
  /** Where the bytes read so far end. */
  read: number;
  /** Reads bytes[from, end) from the file, when this thread must read past the first part after all. */
  readRest(from: number): Promise<void>;
}

/**
 * The same reading straight from the bytes (after any BOM), without decoding the file to one
 * string: only each column's distinct values are decoded, in UTF-8 or in the layout's
 * encoding. Null when a value turns out not to be valid in it — the caller then decodes the
 * file (another encoding, mixed lines) and uses readDelimited.
 */
export async function readDelimitedBytes(
  bytes: Uint8Array,
  ctx: ReadContext,
  layout: DelimitedLayout,
  header: boolean | undefined,
  byteOffset = 0,
  started?: StartedParts,
): Promise<RawTable | null> {
  const collector = new RecordCollector(ctx.fileName, header, layout.decoding ?? UTF8);
  const scanner = new CsvByteScanner(layout.delimiter, layout.newline);
  const n = bytes.length;
  // Bytes from here on are not read yet (when parts were started elsewhere).
  let unread = started ? started.read : n;
  try {
    let pos = settleHeader(bytes, scanner, collector, unread);
    // A record that runs on into bytes not read yet (a quoted field longer than the margin read
    // past the first cut) was read wrong: the caller reads the file the ordinary way.
    if (pos > unread) return null;
    const parts = started
      ? collector.columnCount === started.width
        ? started.parts
        : []
      : await startParts(bytes, pos, ctx, layout, collector);
    const ownEnd = parts.length > 0 ? parts[0].start : n;
    if (ownEnd > unread) {
      await started!.readRest(unread);
      unread = n;
    }
    // While the parts are read alongside, progress counts them as advancing at this thread's pace.
    const pace = parts.length + 1;
    let reserved = false;
    while (pos < ownEnd) {
      ctx.progress({
        phase: 'parsing',
        bytes: Math.min(n, pos * pace) + byteOffset,
        rows: collector.record * pace,
      });
      await ctx.checkpoint();
      pos = scanner.scanRecords(bytes, pos, Math.min(ownEnd, pos + CHUNK_CHARS), collector);
      if (pos > unread) return null;
      if (!reserved && pos >= RESERVE_AFTER_BYTES) {
        // The whole file's rows (the parts are appended here), from the rows per byte so far:
        // the columns grow once instead of doubling and copying, and need no trimming copy.
        reserved = true;
        collector.reserve(Math.ceil((collector.rows.length / pos) * n * 1.04));
      }
    }
    let threads = 1;
    for (const part of parts) {
      // A cut inside a quoted field: the scan here ran past it, so this part and the rest are read here.
      if (pos !== part.start) break;
      const outcome = await part.outcome;
      if (outcome === null) break;
      if (!outcome.ok) return null;
      if (outcome.part.unclosedQuote && part.end < n) break;
      collector.appendPart(outcome.part);
      threads++;
      pos = part.end;
    }
    if (pos < n && unread < n) {
      await started!.readRest(unread);
      unread = n;
    }
    while (pos < n) {
      ctx.progress({ phase: 'parsing', bytes: pos + byteOffset, rows: collector.record });
      await ctx.checkpoint();
      pos = scanner.scanRecords(bytes, pos, Math.min(n, pos + CHUNK_CHARS), collector);
    }
    ctx.progress({ phase: 'parsing', bytes: n + byteOffset, rows: collector.record });
    return { ...finished(collector, ctx, layout.delimiter), threads };
  } catch (e) {
    if (e instanceof Undecodable) return null;
    throw e;
  }
}

/**
 * Scans the first records, which settle the header and the number of columns (then later
 * parts can go to other threads); where the scan stopped. `end`: the bytes read so far.
 */
function settleHeader(bytes: Uint8Array, scanner: CsvByteScanner, collector: RecordCollector, end: number): number {
  let pos = 0;
  do pos = scanner.scanRecords(bytes, pos, Math.min(end, pos + SETTLE_BYTES), collector);
  while (collector.columnCount < 0 && pos < Math.min(end, CHUNK_CHARS));
  return pos;
}

/**
 * The number of columns readDelimitedBytes settles on from the file's first bytes (`head`,
 * as many as it reads before settling), or -1 when they do not settle it.
 */
export function settledWidth(head: Uint8Array, layout: DelimitedLayout, header: boolean | undefined): number {
  const collector = new RecordCollector('', header, layout.decoding ?? UTF8);
  try {
    settleHeader(head, new CsvByteScanner(layout.delimiter, layout.newline), collector, head.length);
  } catch (e) {
    if (e instanceof Undecodable) return -1;
    throw e;
  }
  return collector.columnCount;
}

/** A later part of the file, read by another thread; null when that thread failed. */
export interface Part {
  start: number;
  end: number;
  outcome: Promise<PartOutcome | null>;
}

const MIN_PART_BYTES = 4 << 20;
/** How much of a file is read before its number of rows is estimated from it. */
const RESERVE_AFTER_BYTES = 4 << 20;
const SETTLE_BYTES = 1 << 12;
/** What a thread reads of a file before the rest is cut into parts: enough to settle the header. */
export const HEAD_BYTES = CHUNK_CHARS;

/** How many parts [from, size) makes for these helpers (1: read it all here). */
export function partCount(helpers: PartScanners | undefined, size: number, from: number): number {
  if (!helpers || helpers.count < 1) return 1;
  return Math.max(1, Math.min(helpers.count + 1, Math.floor((size - from) / (helpers.minPartBytes ?? MIN_PART_BYTES))));
}

/** What a thread needs to read a part, besides its bytes. */
export function partJob(layout: DelimitedLayout, width: number, fileName: string): Omit<PartJob, 'bytes' | 'range'> {
  return {
    delimiter: layout.delimiter,
    newline: layout.newline as '\r\n' | '\n',
    width,
    fileName,
    decoding: layout.decoding ?? UTF8,
  };
}

/** Hands the bytes after `from` to other threads in parts, when the file is large enough. */
async function startParts(
  bytes: Uint8Array,
  from: number,
  ctx: ReadContext,
  layout: DelimitedLayout,
  collector: RecordCollector,
): Promise<Part[]> {
  const helpers = ctx.partScanners;
  const width = collector.columnCount;
  const count = partCount(helpers, bytes.length, from);
  if (count < 2 || width < 0 || layout.newline === '\r') return [];
  const starts = await partCuts(bytes.length, from, count, async (a, b) => bytes.subarray(a, b));
  const parts: Part[] = [];
  for (let k = 1; k < starts.length; k++) {
    const start = starts[k];
    const end = k + 1 < starts.length ? starts[k + 1] : bytes.length;
    const job = { ...partJob(layout, width, ctx.fileName), bytes: bytes.slice(start, end) };
    parts.push({ start, end, outcome: helpers!.scan(job).catch(() => null) });
  }
  return parts;
}
