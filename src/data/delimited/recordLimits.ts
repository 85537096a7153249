/**
 * The reading limits (readLimits.ts) as a delimited reader meets them, field by field and
 * record by record: a cell over MAX_CELL_CHARS, a record over MAX_COLUMNS fields, more rows
 * than MAX_CELLS holds at the table's width — each refused with its row and column.
 */
import { Undecodable } from './byteDecoding.ts';
import {
  cellOverLimit,
  cellsOverLimit,
  columnsOverLimit,
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  rowsWithin,
} from '../readLimits.ts';
import type { UnreadableInput } from '../rawTable.ts';

export class RecordLimits {
  /**
   * A reader of a later part of a file counts records from the part's start, so it cannot name
   * the row: it gives up (Undecodable) and the thread reading from the file's start reads the
   * part again and refuses it with the right row.
   */
  forAPart = false;
  /** Data rows of the table's width that fit in MAX_CELLS (set once the columns are known). */
  private maxRows = Infinity;

  constructor(
    private readonly fileName: string,
    /** A field's length in characters (UTF-16 units, as Excel counts). */
    private readonly charLength: (bytes: Uint8Array, start: number, end: number) => number,
  ) {}

  private refuse(refusal: UnreadableInput): Error {
    return this.forAPart ? new Undecodable() : refusal;
  }

  /** A cell of `length` characters in `row` (1-based) and column index `column`. */
  cell(length: number, row: number, column: number): void {
    if (length > MAX_CELL_CHARS) throw this.refuse(cellOverLimit(this.fileName, length, { row, column: column + 1 }));
  }

  /** A field of more than MAX_CELL_CHARS bytes: refused when it is also longer in characters. */
  cellBytes(bytes: Uint8Array, start: number, end: number, row: number, column: number): void {
    this.cell(this.charLength(bytes, start, end), row, column);
  }

  /** Field index `column` of record `row` (1-based): one field too many past MAX_COLUMNS. */
  field(column: number, row: number): void {
    if (column >= MAX_COLUMNS) throw this.refuse(columnsOverLimit(this.fileName, undefined, row));
  }

  /** `rows` data rows of `width` columns read, the last one at record `last`: refused at the first row past the limit. */
  rows(rows: number, last: number, width: number): void {
    if (rows > this.maxRows) throw this.refuse(cellsOverLimit(this.fileName, last - (rows - this.maxRows) + 1, width));
  }

  /** The header is settled: the table is `width` columns wide. */
  width(width: number): void {
    if (width > MAX_COLUMNS) throw columnsOverLimit(this.fileName, width);
    this.maxRows = rowsWithin(width);
  }
}
