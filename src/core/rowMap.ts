/**
 * The file's row number of each record kept (as a spreadsheet numbers rows), for a table of
 * `length` records. Kept records mostly follow one another, so the numbers are kept as runs:
 * a file without blank lines is one run, whatever its size. (Written out, a 5M-row log's
 * numbers took 20 MB, filled row by row on every thread that read a part, and copied again
 * when the parts were put together.)
 */
export class RowMap implements Iterable<number> {
  /** Run k begins at record starts[k], whose row is rows[k]; each run goes on to the next one's start. */
  private constructor(
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly rows: Int32Array,
  ) {}

  /** The runs of these row numbers. */
  static of(rows: ArrayLike<number>): RowMap {
    const starts: number[] = [];
    const firsts: number[] = [];
    for (let i = 0; i < rows.length; i++) {
      if (i === 0 || rows[i] !== rows[i - 1] + 1) {
        starts.push(i);
        firsts.push(rows[i]);
      }
    }
    return new RowMap(rows.length, Int32Array.from(starts), Int32Array.from(firsts));
  }

  /** Runs given as they are: `starts` in increasing order from 0, each run's first row in `rows`. */
  static fromRuns(length: number, starts: Int32Array, rows: Int32Array): RowMap {
    return new RowMap(length, starts, rows);
  }

  /** Tables one after another (appended files, each numbering its own rows). */
  static concat(maps: RowMap[]): RowMap {
    const starts: number[] = [];
    const rows: number[] = [];
    let length = 0;
    for (const map of maps) {
      for (let k = 0; k < map.starts.length; k++) {
        starts.push(map.starts[k] + length);
        rows.push(map.rows[k]);
      }
      length += map.length;
    }
    return new RowMap(length, Int32Array.from(starts), Int32Array.from(rows));
  }

  /** The row number of record i. */
  at(i: number): number {
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= i) lo = mid;
      else hi = mid - 1;
    }
    return this.rows[lo] + (i - starts[lo]);
  }

  /** The row numbers of records [from, to). */
  slice(from: number, to: number): Int32Array {
    const out = new Int32Array(Math.max(0, Math.min(to, this.length) - from));
    for (let i = 0; i < out.length; i++) out[i] = this.at(from + i);
    return out;
  }

  *[Symbol.iterator](): Iterator<number> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }
}
