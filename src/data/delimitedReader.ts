/**
 * Delimited text (CSV, TSV, semicolon, pipe, runs of whitespace) into a RawTable, scanned in
 * chunks so that progress is reported and the user can cancel. Fields go straight into
 * column arrays; what must be reported is kept on the way: blank lines, ragged rows,
 * unclosed quotes.
 */
import { CsvScanner } from './csvScanner.ts';
import { detectDelimiter, detectNewline, splitWhitespace, WHITESPACE } from './delimiterDetection.ts';
import { RecordCollector } from './recordCollector.ts';
import type { RawTable, ReadContext } from './rawTable.ts';
import { shapeIssues } from './rowIssues.ts';

const CHUNK_CHARS = 1 << 20;

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

export async function readDelimited(
  text: string,
  ctx: ReadContext,
  options: DelimitedOptions,
  bytesPerChar: number,
): Promise<RawTable> {
  const sample = text.slice(0, 65_536);
  const newline = detectNewline(sample);
  const delimiter = options.delimiter ?? detectDelimiter(sample, newline);
  const collector = new RecordCollector(ctx.fileName, options.header);
  const scanner = delimiter === WHITESPACE ? null : new CsvScanner(delimiter, newline);
  let pos = 0;
  while (pos < text.length) {
    const until = Math.min(text.length, pos + CHUNK_CHARS);
    pos = scanner ? scanner.scan(text, pos, until, collector) : scanWhitespace(text, pos, until, newline, collector);
    ctx.progress({ phase: 'parsing', bytes: Math.round(pos * bytesPerChar), rows: collector.record });
    if (pos < text.length) await ctx.checkpoint();
  }
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
