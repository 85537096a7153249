/** A part of a delimited file read by another thread (RecordCollector.forPart), handed over as plain data. */
import type { NumberColumn } from '../buffers/numberColumn.ts';
import type { PlainRowNumbers } from '../rowIssues.ts';
import type { PartColumn } from '../typing/codeColumnBuilder.ts';

/** What a collector for a later part of a file (see forPart) read, or a batch of it, as plain data. */
export interface PartRecords {
  records: number;
  /** Where in the part the batch's records end (its last batch ends with the part). */
  end?: number;
  columns: (PartColumn | NumberColumn)[];
  rows: PlainRowNumbers;
  /** Blank records at the part's end, not reported unless data follows them. */
  pendingBlank: number[];
  /** A quote opened and never closed before the part's end. */
  unclosedQuote: boolean;
}
