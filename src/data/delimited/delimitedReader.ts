/**
 * Delimited text (CSV, TSV, semicolon, pipe, runs of whitespace) into a RawTable, scanned in
 * chunks so that progress is reported and the user can cancel. Fields go straight into
 * column arrays; what must be reported is kept on the way: blank lines, ragged rows,
 * unclosed quotes.
 */
import { CsvScanner } from './csvScanner.ts';
import { CsvByteScanner } from './csvByteScanner.ts';
import { UTF8, Undecodable, type ByteDecoding } from './byteDecoding.ts';
import { startParts, takeInPart, type Part, type StartedParts } from './delimitedParts.ts';
import { detectDelimiter, detectNewline, splitWhitespace, WHITESPACE } from './delimiterDetection.ts';
import { RecordCollector } from './recordCollector.ts';
import type { RawTable, ReadContext } from '../rawTable.ts';
import { ByteWindow } from './byteWindow.ts';
import { WindowScan } from './windowScan.ts';
import { shapeIssues } from '../rowIssues.ts';

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
  const { names, rows, header } = collector;
  const told = ctx.columnComplete;
  const columns = collector.completeColumns(told && ((c, column, table) => told(c, names[c], column, table)));
  const issues = [...collector.issues, ...shapeIssues(rows, ctx.fileName, names.length, header === true)];
  return {
    names,
    columns,
    sourceRows: rows.map(),
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
): Promise<RawTable | null> {
  return readDelimitedWindow(ByteWindow.of(bytes), bytes.length, ctx, layout, header, byteOffset, {
    plan: (collector, pos) => startParts(bytes, pos, ctx, layout, collector),
  });
}

/**
 * readDelimitedBytes over a file read as it is scanned: `size` bytes from the window's start
 * (LF or CR LF line ends), with later parts already started on other threads.
 */
export async function readDelimitedStream(
  window: ByteWindow,
  size: number,
  ctx: ReadContext,
  layout: DelimitedLayout,
  header: boolean | undefined,
  byteOffset: number,
  started: StartedParts,
): Promise<RawTable | null> {
  if (layout.newline === '\r') throw new Error('a file with CR line ends is read whole');
  return readDelimitedWindow(window, size, ctx, layout, header, byteOffset, {
    plan: (collector) =>
      collector.columnCount === started.width && sameLanes(collector.lanes, started.lanes) ? started.parts : [],
    reopen: started.reopen,
  });
}

/** Where the parts after this thread's own come from, and how to read on past them. */
interface PartPlan {
  /** Called once the header is settled, with where the scan is. */
  plan(collector: RecordCollector, pos: number): Part[] | Promise<Part[]>;
  reopen?(from: number): Promise<ByteWindow>;
}

async function readDelimitedWindow(
  window: ByteWindow,
  size: number,
  ctx: ReadContext,
  layout: DelimitedLayout,
  header: boolean | undefined,
  byteOffset: number,
  plan: PartPlan,
): Promise<RawTable | null> {
  const collector = new RecordCollector(ctx.fileName, header, layout.decoding ?? UTF8);
  const scan = new WindowScan(window, collector, layout, ctx, size);
  const plainProgress = (pos: number) =>
    ctx.progress({ phase: 'parsing', bytes: pos + byteOffset, rows: collector.record });
  try {
    // The first records settle the header and the number of columns; then later parts can go to other threads.
    do await scan.to(Math.min(size, scan.pos + SETTLE_BYTES), plainProgress);
    while (collector.columnCount < 0 && scan.pos < Math.min(size, CHUNK_CHARS));
    const parts = await plan.plan(collector, scan.pos);
    const ownEnd = parts.length > 0 ? parts[0].start : size;
    // While the parts are read alongside, progress counts them as advancing at this thread's pace.
    const pace = parts.length + 1;
    await scan.to(ownEnd, (pos) =>
      ctx.progress({
        phase: 'parsing',
        bytes: Math.min(size, pos * pace) + byteOffset,
        rows: collector.record * pace,
      }),
    );
    let threads = 1;
    let at = scan.pos;
    for (const part of parts) {
      // A cut inside a quoted field: the scan here ran past it, so this part and the rest are read here.
      if (at !== part.start) break;
      const taken = await takeInPart(part, collector, size, (end) =>
        ctx.progress({ phase: 'parsing', bytes: end + byteOffset, rows: collector.record }),
      );
      if (taken === null) return null;
      if (taken.end > part.start) threads++;
      at = taken.end;
      if (at !== part.end) break;
    }
    if (at < size) {
      await scan.resume(at, plan.reopen!);
      await scan.to(size, plainProgress);
    }
    ctx.progress({ phase: 'parsing', bytes: size + byteOffset, rows: collector.record });
    return { ...finished(collector, ctx, layout.delimiter), threads };
  } catch (e) {
    if (e instanceof Undecodable) return null;
    throw e;
  } finally {
    scan.window.close();
  }
}

/**
 * The columns readDelimitedBytes settles on from the file's first bytes (`head`, as many as it
 * reads before settling): how many, and which it reads as numbers; null when they do not
 * settle it.
 */
export function settledColumns(
  head: Uint8Array,
  layout: DelimitedLayout,
  header: boolean | undefined,
): { width: number; lanes: boolean[] } | null {
  const collector = new RecordCollector('', header, layout.decoding ?? UTF8);
  const scanner = new CsvByteScanner(layout.delimiter, layout.newline);
  try {
    // As readDelimitedWindow settles it, over the bytes read so far.
    const end = Math.min(head.length, CHUNK_CHARS);
    for (let pos = 0; collector.columnCount < 0 && pos < end;) {
      const next = scanner.scanAvailable(head, pos, Math.min(end, pos + SETTLE_BYTES), false, collector);
      if (next === pos) break;
      pos = next;
    }
  } catch (e) {
    if (e instanceof Undecodable) return null;
    throw e;
  }
  return collector.columnCount < 0 ? null : { width: collector.columnCount, lanes: collector.lanes };
}

function sameLanes(a: boolean[], b: boolean[]): boolean {
  return a.length === b.length && a.every((lane, c) => lane === b[c]);
}

const SETTLE_BYTES = 1 << 12;
/** What a thread reads of a file before the rest is cut into parts: enough to settle the header. */
export const HEAD_BYTES = CHUNK_CHARS;
