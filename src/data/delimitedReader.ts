/**
 * Delimited text (CSV, TSV, semicolon, pipe, runs of whitespace) into a RawTable, scanned in
 * chunks so that progress is reported and the user can cancel. Fields go straight into
 * column arrays; what must be reported is kept on the way: blank lines, ragged rows,
 * unclosed quotes.
 */
import { CsvScanner } from './csvScanner.ts';
import { CsvByteScanner } from './csvByteScanner.ts';
import { NotUtf8 } from './codeColumnBuilder.ts';
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
 * The same reading straight from UTF-8 bytes (after any BOM), without decoding the file to one
 * string: only each column's distinct values are decoded. Null when a value turns out not to
 * be valid UTF-8 — the caller then decodes the file (GBK, mixed lines) and uses readDelimited.
 */
export async function readDelimitedBytes(
  bytes: Uint8Array,
  ctx: ReadContext,
  layout: DelimitedLayout,
  header: boolean | undefined,
  byteOffset = 0,
): Promise<RawTable | null> {
  const collector = new RecordCollector(ctx.fileName, header, true);
  const scanner = new CsvByteScanner(layout.delimiter, layout.newline);
  try {
    let pos = 0;
    while (pos < bytes.length) {
      pos = scanner.scan(bytes, pos, Math.min(bytes.length, pos + CHUNK_CHARS), collector);
      ctx.progress({ phase: 'parsing', bytes: pos + byteOffset, rows: collector.record });
      if (pos < bytes.length) await ctx.checkpoint();
    }
    return finished(collector, ctx, layout.delimiter);
  } catch (e) {
    if (e instanceof NotUtf8) return null;
    throw e;
  }
}
