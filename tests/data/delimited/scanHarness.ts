/** Runs a scanner as the reader does (in chunks of given sizes) and collects its records. */
import { CsvScanner } from '../../../src/data/delimited/csvScanner.ts';
import { CsvByteScanner } from '../../../src/data/delimited/csvByteScanner.ts';

type Newline = '\r\n' | '\n' | '\r';

/** A sink that keeps every record as texts, and the quote problems in order. */
function recordSink() {
  const records: string[][] = [];
  const problems: string[] = [];
  let fields: string[] = [];
  return {
    records,
    problems,
    field: (t: string) => void fields.push(t),
    endRecord: () => {
      records.push(fields);
      fields = [];
    },
    quoteProblem: (k: 'unclosed' | 'stray') => void problems.push(k),
  };
}

/** Calls scan(pos, until) over [0, length) in chunks of the given sizes, in turn. */
function inChunks(length: number, chunkSizes: number[], scan: (pos: number, until: number) => number): void {
  let pos = 0;
  for (let k = 0; pos < length; k++) pos = scan(pos, Math.min(length, pos + chunkSizes[k % chunkSizes.length]));
}

export function scanAll(text: string, delimiter: string, newline: Newline, chunkSizes = [text.length || 1]) {
  const scanner = new CsvScanner(delimiter, newline);
  const sink = recordSink();
  inChunks(text.length, chunkSizes, (pos, until) => scanner.scan(text, pos, until, sink));
  return { records: sink.records, problems: sink.problems };
}

/** The byte scanner on the text's UTF-8 bytes, in chunks of given byte sizes; fields decoded back to text. */
export function scanAllBytes(text: string, delimiter: string, newline: Newline, chunkSizes?: number[]) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const scanner = new CsvByteScanner(delimiter, newline);
  const sink = recordSink();
  const byteSink = {
    ...sink,
    fieldBytes: (b: Uint8Array, s: number, e: number) => sink.field(decoder.decode(b.subarray(s, e))),
  };
  inChunks(bytes.length, chunkSizes ?? [bytes.length || 1], (pos, until) => scanner.scan(bytes, pos, until, byteSink));
  return { records: sink.records, problems: sink.problems };
}
