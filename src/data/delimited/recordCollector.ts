/**
 * Receives fields from a scanner and files them into column arrays, with no array per row
 * once the columns are known. The first records are held back until the header question is
 * settled. Blank records are skipped and reported; ragged ones padded (or cut) and reported.
 */
import type { Issue } from '../../engine/api.ts';
import type { FieldSink } from './csvScanner.ts';
import type { ByteFieldSink, PlainRecordSink } from './csvByteScanner.ts';
import type { NumberColumn, ReadColumn } from '../buffers/numberColumn.ts';
import { RowNumbers, type PlainRowNumbers } from '../rowIssues.ts';
import { ByteCodeColumnBuilder, CodeColumnBuilder, type PartColumn } from '../typing/codeColumnBuilder.ts';
import { Undecodable, valueDecoder, type ByteDecoding } from './byteDecoding.ts';
import { Int32List } from '../buffers/int32List.ts';
import { completeColumns, fileHeldRecords, settleColumns } from './recordColumns.ts';
import {
  cellOverLimit,
  cellsOverLimit,
  columnsOverLimit,
  MAX_CELL_CHARS,
  MAX_COLUMNS,
  rowsWithin,
} from '../readLimits.ts';
import type { UnreadableInput } from '../rawTable.ts';
import type { CompleteColumn, HeldRecord } from './recordColumns.ts';

const HEADER_SAMPLE = 200;

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

export class RecordCollector implements FieldSink, ByteFieldSink, PlainRecordSink {
  rows = new RowNumbers();
  readonly issues: Issue[] = [];
  names: string[] = [];
  private builders: (CodeColumnBuilder | ByteCodeColumnBuilder)[] = [];
  header: boolean | undefined;
  record = 0;
  private width = -1;
  /** Records before the header question is settled; read from bytes, with each cell's bytes too. */
  private held: HeldRecord[] = [];
  private cells: string[] = [];
  private raw: Uint8Array[] = [];
  private fieldIndex = 0;
  private allEmpty = true;
  /**
   * The fields of a record read field by field (bytes or text: source[start, end)), handed to
   * the columns once the record turns out not to be blank, so a blank line leaves no trace in
   * them (its spaces would end a number column's lane).
   */
  private readonly pendingSources: (Uint8Array | string)[] = [];
  private readonly pendingStarts: number[] = [];
  private readonly pendingEnds: number[] = [];

  private hold(source: Uint8Array | string, start: number, end: number): void {
    this.pendingSources.push(source);
    this.pendingStarts.push(start);
    this.pendingEnds.push(end);
  }

  /** Which columns were read as numbers from the start (decided on the first records; see NumberLane). */
  lanes: boolean[] = [];
  private pendingBlank: number[] = [];
  unclosedQuote = false;

  /** The text of a value read from bytes (Undecodable when it is not valid in the file's encoding). */
  private readonly decode: (bytes: Uint8Array) => string | null;

  /**
   * fromBytes: fields arrive as bytes in this encoding (fieldBytes), and columns throw
   * Undecodable when they are not valid in it.
   */
  constructor(
    private readonly fileName: string,
    header: boolean | undefined,
    private readonly fromBytes: ByteDecoding | false = false,
  ) {
    this.header = header;
    this.decode = fromBytes ? valueDecoder(fromBytes) : () => null;
  }

  private textOfBytes(bytes: Uint8Array, start: number, end: number): string {
    const text = this.decode(bytes.subarray(start, end));
    if (text === null) throw new Undecodable();
    return text;
  }

  field(text: string): void {
    if (text.length > MAX_CELL_CHARS) throw this.overLimit(this.cellOverLimit(text.length));
    if (this.fieldIndex >= MAX_COLUMNS)
      throw this.overLimit(columnsOverLimit(this.fileName, undefined, this.record + 1));
    if (this.width < 0) this.cells.push(text);
    else if (this.fieldIndex < this.width) this.hold(text, 0, text.length);
    this.fieldIndex++;
    if (this.allEmpty && text.length > 0 && text.trim().length > 0) this.allEmpty = false;
  }

  fieldRange(input: string, start: number, end: number): void {
    if (end - start > MAX_CELL_CHARS || this.fieldIndex >= MAX_COLUMNS) {
      this.field(input.slice(start, end));
      return;
    }
    if (this.width < 0) {
      this.field(input.slice(start, end));
      return;
    }
    if (this.fieldIndex < this.width) this.hold(input, start, end);
    this.fieldIndex++;
    if (this.allEmpty) {
      for (let k = start; k < end; k++) {
        const c = input.charCodeAt(k);
        if (c <= 32) continue;
        // As in field() and fieldBytes: beyond ASCII, blank only if it is all (Unicode) white space.
        if (c < 0x80 || input.slice(start, end).trim().length > 0) this.allEmpty = false;
        break;
      }
    }
  }

  fieldBytes(bytes: Uint8Array, start: number, end: number): void {
    if (end - start > MAX_CELL_CHARS) this.longField(bytes, start, end, this.fieldIndex, 0);
    if (this.fieldIndex >= MAX_COLUMNS)
      throw this.overLimit(columnsOverLimit(this.fileName, undefined, this.record + 1));
    if (this.width < 0) {
      // The bytes are kept to be looked up as bytes once the columns are known (in GB18030 a
      // text's UTF-8 would be another key than the same value's bytes further on).
      this.raw.push(bytes.slice(start, end));
      this.field(this.textOfBytes(bytes, start, end));
      return;
    }
    if (this.fieldIndex < this.width) this.hold(bytes, start, end);
    this.fieldIndex++;
    if (this.allEmpty) {
      for (let k = start; k < end; k++) {
        const c = bytes[k];
        if (c <= 32) continue;
        // Non-ASCII: blank only if it is all (Unicode) white space.
        if (c < 0x80 || this.textOfBytes(bytes, start, end).trim().length > 0) this.allEmpty = false;
        break;
      }
    }
  }

  /** A part collector's record numbers count from the part's start: it leaves the refusal to the reading thread. */
  private forAPart = false;
  /** Data rows of this width that fit in MAX_CELLS (set once the columns are known). */
  private maxRows = Infinity;

  private overLimit(refusal: UnreadableInput): Error {
    // The thread reading the file from its start reads this part again and refuses it with the right row.
    return this.forAPart ? new Undecodable() : refusal;
  }

  private cellOverLimit(length: number, column = this.fieldIndex, recordsBefore = 0): UnreadableInput {
    return cellOverLimit(this.fileName, length, { row: this.record + recordsBefore + 1, column: column + 1 });
  }

  /**
   * A field of more than MAX_CELL_CHARS bytes (`recordsBefore` records after the last one
   * counted): refused when it is also longer in characters (UTF-16 units, as Excel counts).
   */
  longField(bytes: Uint8Array, start: number, end: number, column: number, recordsBefore: number): void {
    const length = this.charLength(bytes, start, end);
    if (length > MAX_CELL_CHARS) throw this.overLimit(this.cellOverLimit(length, column, recordsBefore));
  }

  private charLength(bytes: Uint8Array, start: number, end: number): number {
    if (this.fromBytes && this.fromBytes.encoding === 'gb18030') return this.textOfBytes(bytes, start, end).length;
    // UTF-8 without decoding: one unit per lead byte, two for a 4-byte sequence (a surrogate pair).
    let units = 0;
    for (let k = start; k < end; k++) {
      const b = bytes[k];
      if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
    }
    return units;
  }

  /**
   * The record at bytes[at, …) runs on past the bytes read so far, already longer than a cell
   * and its line end could be: refused now, before more of it is read into memory, if one of
   * its fields (the last one so far included) is already too long or it has too many fields.
   */
  probeRunningRecord(scan: (sink: ByteFieldSink) => void): void {
    let column = 0;
    scan({
      fieldBytes: (bytes, start, end) => {
        if (end - start > MAX_CELL_CHARS) this.longField(bytes, start, end, column, 0);
        if (++column > MAX_COLUMNS) throw this.overLimit(columnsOverLimit(this.fileName, undefined, this.record + 1));
      },
      endRecord() {},
      quoteProblem() {},
    });
  }

  /** The columns read, as numbers or codes into distinct texts (Undecodable from bytes that are not valid). */
  get columns(): ReadColumn[] {
    return this.completeColumns();
  }

  private completed: ReadColumn[] | null = null;

  /** The columns read, completed once (see completeColumns in recordColumns.ts). */
  completeColumns(onColumn?: CompleteColumn): ReadColumn[] {
    if (this.completed) return this.completed;
    this.completed = completeColumns(this.builders, this.rows.length, onColumn);
    return this.completed;
  }

  endRecord(): void {
    this.record++;
    const count = this.fieldIndex;
    const blank = this.allEmpty;
    this.fieldIndex = 0;
    this.allEmpty = true;
    if (this.width < 0) {
      const { cells, raw } = this;
      this.cells = [];
      this.raw = [];
      if (blank) this.pendingBlank.push(this.record);
      else {
        this.flushBlank();
        this.held.push({ cells, record: this.record, raw });
        if (this.held.length >= HEADER_SAMPLE) this.settle();
      }
      return;
    }
    const width = this.width;
    if (blank) {
      this.dropPending();
      this.pendingBlank.push(this.record);
      return;
    }
    const { pendingSources, pendingStarts, pendingEnds } = this;
    for (let c = 0; c < pendingSources.length; c++) {
      const source = pendingSources[c];
      if (typeof source === 'string')
        (this.builders[c] as CodeColumnBuilder).addRange(source, pendingStarts[c], pendingEnds[c]);
      else (this.builders[c] as ByteCodeColumnBuilder).addBytes(source, pendingStarts[c], pendingEnds[c]);
    }
    this.dropPending();
    this.flushBlank();
    if (count !== width) {
      this.rows.ragged(this.record, count, width);
      for (let c = count; c < width; c++) this.builders[c].add('');
    }
    this.rows.push(this.record);
    if (this.rows.length > this.maxRows) throw this.overLimit(cellsOverLimit(this.fileName, this.record, width));
  }

  private dropPending(): void {
    this.pendingSources.length = 0;
    this.pendingStarts.length = 0;
    this.pendingEnds.length = 0;
  }

  quoteProblem(kind: 'unclosed' | 'stray'): void {
    if (kind === 'unclosed') this.unclosedQuote = true;
    this.rows.quote(kind === 'unclosed' ? 'MissingQuotes' : 'InvalidQuotes', this.record + 1);
  }

  /** The column builders for the scanner's fast lane: none until the columns are known, or when reading text. */
  plainColumns: ByteCodeColumnBuilder[] = [];

  plainRecords(count: number): void {
    this.flushBlank();
    this.rows.pushRun(this.record + 1, count);
    this.record += count;
    if (this.rows.length > this.maxRows) {
      const row = this.record - (this.rows.length - this.maxRows) + 1;
      throw this.overLimit(cellsOverLimit(this.fileName, row, this.width));
    }
  }

  /** The number of columns, once the header question is settled (−1 before). */
  get columnCount(): number {
    return this.width;
  }

  /**
   * A collector for a later part of a file read from bytes by another thread: the number of
   * columns is known and every record is data. Its record numbers count from the part's start.
   */
  static forPart(fileName: string, width: number, decoding: ByteDecoding, lanes: boolean[] = []): RecordCollector {
    const collector = new RecordCollector(fileName, false, decoding);
    collector.width = width;
    collector.forAPart = true;
    collector.lanes = Array.from({ length: width }, (_, c) => lanes[c] === true);
    collector.builders = collector.plainColumns = collector.lanes.map(
      (numbers) => new ByteCodeColumnBuilder(decoding, numbers),
    );
    return collector;
  }

  /**
   * The records this part collector (see forPart) read since the last batch (all of them,
   * without batches), as plain data: their cells, their row numbers counted from the batch's
   * start, and the blank records at its end, which the reader reports once data follows them.
   * The next batch starts from here.
   */
  takeBatch(): PartRecords {
    const batch: PartRecords = {
      records: this.record,
      columns: this.builders.map((b) => (b as ByteCodeColumnBuilder).takeBatch()),
      rows: this.rows.plain(),
      pendingBlank: this.pendingBlank,
      unclosedQuote: this.unclosedQuote,
    };
    this.record = 0;
    this.rows = new RowNumbers();
    this.pendingBlank = [];
    return batch;
  }

  /** The translations of one later part's codes into this collector's, kept across its batches. */
  partMerge(): Int32List[] {
    return this.builders.map(() => new Int32List());
  }

  /**
   * Appends the records of the part of the file that follows what this collector has read,
   * or of the next batch of them (`merge`: that part's partMerge).
   */
  appendPart(part: PartRecords, merge = this.partMerge()): void {
    const offset = this.record;
    if (part.rows.length > 0) this.flushBlank();
    this.rows.appendShifted(part.rows, offset);
    for (const b of part.pendingBlank) this.pendingBlank.push(b + offset);
    part.columns.forEach((column, c) => (this.builders[c] as ByteCodeColumnBuilder).appendPart(column, merge[c]));
    this.record += part.records;
    if (this.rows.length > this.maxRows) throw cellsOverLimit(this.fileName, this.record, this.width);
  }

  /** Room for `records` data rows in all, in every column (see readDelimitedBytes). */
  reserve(records: number): void {
    for (const b of this.builders) b.reserve(records);
  }

  /** Ends reading: settles the header if fewer records than the sample arrived. */
  finish(): void {
    if (this.width < 0) this.settle();
  }

  private flushBlank(): void {
    // Called for every record: no new array unless there were blank lines to report.
    if (this.pendingBlank.length === 0) return;
    for (const b of this.pendingBlank) this.rows.blank(b);
    this.pendingBlank = [];
  }

  private settle(): void {
    const settled = settleColumns(this.held, this.header, this.fileName, this.fromBytes);
    this.header = settled.header;
    this.names = settled.names;
    this.issues.push(...settled.issues);
    this.width = this.names.length;
    if (this.width > MAX_COLUMNS) throw columnsOverLimit(this.fileName, this.width);
    this.maxRows = rowsWithin(this.width);
    this.lanes = settled.lanes;
    this.builders = settled.builders;
    if (this.fromBytes) this.plainColumns = this.builders as ByteCodeColumnBuilder[];
    this.held = [];
    fileHeldRecords(settled, this.fromBytes, this.rows);
  }
}
