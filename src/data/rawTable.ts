/**
 * What every reader (delimited text, Excel, Parquet, Arrow, JSON) hands on: named columns of
 * cell texts, the spreadsheet row number of each record, and what the reader noticed.
 * Typing happens once, after reading, the same way for every format.
 */
import type { Encoding, FileFormat, Issue, Progress } from '../engine/api.ts';
import type { EncodedColumn } from '../core/columns/encodedColumn.ts';
import type { HelperPool } from './parallel/parts.ts';

export type { EncodedColumn };
import type { ReadColumn } from './buffers/numberColumn.ts';
import type { RowMap } from './buffers/rowMap.ts';
import type { CompletedTable } from './delimited/recordColumns.ts';
import { shortText } from '../core/cellText/shortText.ts';

export interface RawTable {
  names: string[];
  /**
   * Each column's cells as codes into its distinct texts ('' when empty), or as numbers when
   * they all were plain numbers (delimited text read from bytes; see NumberColumn).
   */
  columns: ReadColumn[];
  /** 1-based row number in the file of each record, as a spreadsheet shows it. */
  sourceRows: RowMap;
  issues: Issue[];
  format: FileFormat;
  encoding?: Encoding;
  delimiter?: string;
  header?: boolean;
  sheet?: string;
  sheets?: string[];
  /** How many threads read parts of the file (delimited text read from bytes; 1 when not split). */
  threads?: number;
}

/** What the readers of typed formats (Excel, Parquet, Arrow, JSON) return: cell texts per column. */
export interface TextTable extends Omit<RawTable, 'columns'> {
  /** columns[c][r]: the text of the cell; '' when empty. */
  columns: string[][];
}

/** Lets long reads report progress and stop when the user cancels. */
export interface ReadContext {
  fileName: string;
  totalBytes: number;
  progress(p: Omit<Progress, 'totalBytes' | 'file'>): void;
  /** Resolves after giving the event loop a turn; throws CancelledError if cancelled. */
  checkpoint(): Promise<void>;
  /** Other threads that can read parts of a large delimited file while this one reads the first. */
  helpers?: HelperPool;
  /**
   * Told of each column of a delimited file as soon as it is read whole, the columns with the
   * fewest distinct values first (see RecordCollector.completeColumns): the engine starts
   * typing some on helper threads while this thread puts the larger ones together.
   */
  columnComplete?: ColumnComplete;
}

export type ColumnComplete = (c: number, name: string, column: ReadColumn, table: CompletedTable) => void;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'CancelledError';
  }
}

/** Thrown by readers for input they cannot read at all; carries the user-facing issue. */
export class UnreadableInput extends Error {
  constructor(readonly issue: Issue) {
    super(issue.message);
    this.name = 'UnreadableInput';
  }
}

/** Names for columns: blanks become column_N and repeats get _2, _3, both reported. */
export function uniqueColumnNames(raw: string[], fileName: string): { names: string[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const names: string[] = [];
  const used = new Set<string>();
  const blanks: number[] = [];
  const repeats: string[] = [];
  raw.forEach((name, i) => {
    let base = name.trim();
    if (base === '') {
      base = `column_${i + 1}`;
      blanks.push(i + 1);
    }
    let candidate = base;
    let k = 2;
    while (used.has(candidate)) candidate = `${base}_${k++}`;
    if (candidate !== base) repeats.push(`${shortText(base)} → ${shortText(candidate)}`);
    used.add(candidate);
    names.push(candidate);
  });
  if (blanks.length > 0) {
    issues.push({
      severity: 'warning',
      code: 'blank-header',
      file: fileName,
      count: blanks.length,
      examples: blanks.slice(0, 5).map((p) => `column_${p}`),
      params: { positions: blanks.slice(0, 10).join(', ') },
      message: `${blanks.length} column(s) had no name in the header (position ${blanks.slice(0, 10).join(', ')}); they were named column_N. Rename them in the file if they matter.`,
    });
  }
  if (repeats.length > 0) {
    issues.push({
      severity: 'warning',
      code: 'duplicate-header',
      file: fileName,
      count: repeats.length,
      examples: repeats.slice(0, 5),
      params: { renamed: repeats.slice(0, 5).join('; ') },
      message: `${repeats.length} column name(s) appear more than once; renamed ${repeats.slice(0, 5).join('; ')}.`,
    });
  }
  return { names, issues };
}
