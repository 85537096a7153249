/**
 * Text handed on in chunks of about 64 KiB, so a file of a million customers is written
 * without holding a string per row: the generator adds lines, the sink gets each full chunk.
 */
const CHUNK_CHARS = 1 << 16;

export class CsvChunks {
  private parts: string[] = [];
  private size = 0;
  constructor(private readonly sink: (chunk: string) => void) {}

  line(text: string): void {
    this.parts.push(text, '\n');
    this.size += text.length + 1;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  flush(): void {
    if (this.size === 0) return;
    this.sink(this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** ISO dates of the days from `start` (an ISO date), one string per day, for formatting by index. */
export function isoDays(start: string, days: number): string[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: days }, (_, d) => new Date(t0 + d * 86_400_000).toISOString().slice(0, 10));
}

/** Days from `from` to `to` (ISO dates). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Customer ids of one width: prefix then the number padded with zeros. */
export const customerId = (prefix: string, i: number, width: number): string => prefix + String(i).padStart(width, '0');
