/**
 * The engine reports reading progress per file; several appended files should show one bar.
 * Reports naming a known file are summed over files; the rest already speak for the whole load.
 */
import type { Progress } from '../engine/api.ts';

export class ProgressTally {
  readonly totalBytes: number;
  #bytes = new Map<string, number>();
  #rows = new Map<string, number>();
  #sizes: Map<string, number>;

  constructor(files: readonly { name: string; size: number }[]) {
    this.#sizes = new Map(files.map((f) => [f.name, f.size]));
    this.totalBytes = files.reduce((n, f) => n + f.size, 0);
  }

  add(p: Progress): Pick<Progress, 'bytes' | 'totalBytes' | 'rows'> {
    const perFile =
      this.#sizes.size > 1 && p.file !== undefined && this.#sizes.has(p.file) && p.totalBytes !== this.totalBytes;
    if (!perFile) return { bytes: p.bytes, totalBytes: p.totalBytes || this.totalBytes, rows: p.rows };
    this.#bytes.set(p.file!, p.bytes);
    this.#rows.set(p.file!, p.rows);
    const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    return { bytes: sum(this.#bytes), totalBytes: this.totalBytes, rows: sum(this.#rows) };
  }
}
