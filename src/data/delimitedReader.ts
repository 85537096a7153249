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

/** Runs of spaces or tabs separate fields; there is no quoting. */
function scanWhitespace(input: string, newline: string, last: boolean, sink: RecordCollector): number {
  const cut = last ? input.length : input.lastIndexOf(newline) + newline.length;
  if (cut <= 0) return 0;
  const lines = input.slice(0, cut).split(newline);
  if (lines[lines.length - 1] === '') lines.pop();
  for (const line of lines) {
    for (const token of splitWhitespace(line)) sink.field(token);
    sink.endRecord();
  }
  return cut;
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
  let leftover = '';
  let chunk = CHUNK_CHARS;
  for (;;) {
    const end = Math.min(text.length, pos + chunk);
    const last = end >= text.length;
    const input = leftover + text.slice(pos, end);
    const consumed = scanner ? scanner.scan(input, last, collector) : scanWhitespace(input, newline, last, collector);
    collector.dropPartialRecord();
    // A record longer than a chunk: read more at once rather than re-scanning it each time.
    chunk = consumed === 0 ? chunk * 2 : CHUNK_CHARS;
    leftover = input.slice(consumed);
    pos = end;
    ctx.progress({
      phase: 'parsing',
      bytes: Math.round((pos - leftover.length) * bytesPerChar),
      rows: collector.record,
    });
    if (last) break;
    await ctx.checkpoint();
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
