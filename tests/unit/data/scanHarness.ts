/** Runs the scanner as the reader does (in chunks of given sizes) and collects its records. */
import { CsvScanner } from '../../../src/data/csvScanner.ts';

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
