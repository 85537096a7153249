/** Runs the scanner as the reader does (in chunks of given sizes) and collects its records. */
import { CsvScanner } from '../../../src/data/csvScanner.ts';
import { CsvByteScanner } from '../../../src/data/csvByteScanner.ts';

export function scanAll(
  text: string,
  delimiter: string,
  newline: '\r\n' | '\n' | '\r',
  chunkSizes: number[] = [text.length || 1],
) {
  const scanner = new CsvScanner(delimiter, newline);
  const records: string[][] = [];
  const problems: string[] = [];
  let fields: string[] = [];
  const sink = {
    field: (t: string) => void fields.push(t),
    endRecord: () => {
      records.push(fields);
      fields = [];
    },
    quoteProblem: (k: 'unclosed' | 'stray') => void problems.push(k),
  };
  let pos = 0;
  let k = 0;
  while (pos < text.length) {
    const size = chunkSizes[k++ % chunkSizes.length];
    pos = scanner.scan(text, pos, Math.min(text.length, pos + size), sink);
  }
  return { records, problems };
}

/** The byte scanner on the text's UTF-8 bytes, in chunks of given byte sizes; fields decoded back to text. */
export function scanAllBytes(text: string, delimiter: string, newline: '\r\n' | '\n' | '\r', chunkSizes?: number[]) {
  const bytes = new TextEncoder().encode(text);
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const scanner = new CsvByteScanner(delimiter, newline);
  const records: string[][] = [];
  const problems: string[] = [];
  let fields: string[] = [];
  const sink = {
    fieldBytes: (b: Uint8Array, start: number, end: number) => void fields.push(decoder.decode(b.subarray(start, end))),
    endRecord: () => {
      records.push(fields);
      fields = [];
    },
    quoteProblem: (k: 'unclosed' | 'stray') => void problems.push(k),
  };
  const sizes = chunkSizes ?? [bytes.length || 1];
  let pos = 0;
  let k = 0;
  while (pos < bytes.length) {
    const size = sizes[k++ % sizes.length];
    pos = scanner.scan(bytes, pos, Math.min(bytes.length, pos + size), sink);
  }
  return { records, problems };
}
