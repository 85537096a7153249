import { Int32List } from './int32List.ts';

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
    const runs = new RowRuns();
    for (let i = 0; i < rows.length; i++) runs.pushRun(rows[i], 1);
    return runs.map();
  }

  /** Runs given as they are: `starts` in increasing order from 0, each run's first row in `rows`. */
  static fromRuns(length: number, starts: Int32Array, rows: Int32Array): RowMap {
    return new RowMap(length, starts, rows);
  }

  /** Tables one after another (appended files, each numbering its own rows). */
  static concat(maps: RowMap[]): RowMap {
    const runs = new RowRuns();
    for (const map of maps) runs.appendRuns(map.length, map.starts, map.rows, 0);
    return runs.map();
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

/** Row numbers as they are kept, a record or a run of records at a time, gathered into runs. */
export class RowRuns {
  length = 0;
  private readonly starts = new Int32List();
  private readonly firsts = new Int32List();
  private lastRow = -1;

  /** The next `count` records kept are rows `first`, first + 1, …. */
  pushRun(first: number, count: number): void {
    if (count <= 0) return;
    if (this.length === 0 || first !== this.lastRow + 1) {
      this.starts.push(this.length);
      this.firsts.push(first);
    }
    this.length += count;
    this.lastRow = first + count - 1;
  }

  /** Appends `length` records given as runs (see RowMap), their rows shifted by `offset`. */
  appendRuns(length: number, starts: ArrayLike<number>, firsts: ArrayLike<number>, offset: number): void {
    for (let k = 0; k < starts.length; k++) {
      const end = k + 1 < starts.length ? starts[k + 1] : length;
      this.pushRun(firsts[k] + offset, end - starts[k]);
    }
  }

  /** The runs as plain arrays of their own (to cross to another thread). */
  plain(): { length: number; runStarts: Int32Array; runRows: Int32Array } {
    return { length: this.length, runStarts: this.starts.view().slice(), runRows: this.firsts.view().slice() };
  }

  map(): RowMap {
    return RowMap.fromRuns(this.length, this.starts.toArray(), this.firsts.toArray());
  }
}
