/**
 * Blank records seen since the last data record: reported only once data follows them (blank
 * lines at a file's or a part's end are not worth a note).
 */
import type { RowNumbers } from '../rowIssues.ts';

export class BlankRecords {
  private list: number[] = [];

  note(record: number): void {
    this.list.push(record);
  }

  /** Data follows: the blank records become row notes. Called for every record, so no new array unless there were some. */
  report(rows: RowNumbers): void {
    if (this.list.length === 0) return;
    for (const b of this.list) rows.blank(b);
    this.list = [];
  }

  /** The pending ones, handed over (a part's batch) and forgotten here. */
  take(): number[] {
    const taken = this.list;
    this.list = [];
    return taken;
  }

  /** Another reader's pending blank records, numbered from `offset`. */
  addShifted(records: readonly number[], offset: number): void {
    for (const b of records) this.list.push(b + offset);
  }
}
