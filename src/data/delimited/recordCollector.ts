/**
 * Receives fields from a scanner and files them into column arrays, with no array per row
 * once the columns are known. The first records are held back until the header question is
 * settled. Blank records are skipped and reported; ragged ones padded (or cut) and reported.
 */
import type { Issue } from '../../engine/api.ts';
import type { FieldSink } from './csvScanner.ts';
import type { ByteFieldSink, PlainRecordSink } from './csvByteScanner.ts';
import type { ReadColumn } from '../buffers/numberColumn.ts';
import { RowNumbers } from '../rowIssues.ts';
import { ByteCodeColumnBuilder, CodeColumnBuilder } from '../typing/codeColumnBuilder.ts';
import { Undecodable, valueDecoder, type ByteDecoding } from './byteDecoding.ts';
import { Int32List } from '../buffers/int32List.ts';
import { completeColumns, fileHeldRecords, settleColumns } from './recordColumns.ts';
import { MAX_CELL_CHARS, MAX_COLUMNS } from '../readLimits.ts';
import { RecordLimits } from './recordLimits.ts';
import type { PartRecords } from './partRecords.ts';
import type { CompleteColumn, HeldRecord } from './recordColumns.ts';
import { PendingFields } from './pendingFields.ts';
import { BlankRecords } from './blankRecords.ts';
import { utf16LengthOfUtf8 } from '../buffers/utf16Length.ts';

export type { PartRecords } from './partRecords.ts';

const HEADER_SAMPLE = 200;

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
  /** The fields of the record being read once the columns are known (see PendingFields). */
  private readonly pending = new PendingFields();

  /** Which columns were read as numbers from the start (decided on the first records; see NumberLane). */
  lanes: boolean[] = [];
  private readonly blank = new BlankRecords();
  unclosedQuote = false;

  private readonly limits: RecordLimits;

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
    this.limits = new RecordLimits(fileName, (bytes, start, end) => this.charLength(bytes, start, end));
  }

  private textOfBytes(bytes: Uint8Array, start: number, end: number): string {
    const text = this.decode(bytes.subarray(start, end));
    if (text === null) throw new Undecodable();
    return text;
  }

  field(text: string): void {
    this.limits.cell(text.length, this.record + 1, this.fieldIndex);
    this.limits.field(this.fieldIndex, this.record + 1);
    if (this.width < 0) this.cells.push(text);
    else if (this.fieldIndex < this.width) this.pending.hold(text, 0, text.length);
    this.fieldIndex++;
    if (this.allEmpty && text.length > 0 && text.trim().length > 0) this.allEmpty = false;
  }

  fieldRange(input: string, start: number, end: number): void {
    // Before the columns are known, and for the limits' messages, as a whole text.
    if (this.width < 0 || end - start > MAX_CELL_CHARS || this.fieldIndex >= MAX_COLUMNS) {
      this.field(input.slice(start, end));
      return;
    }
    if (this.fieldIndex < this.width) this.pending.hold(input, start, end);
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
    if (end - start > MAX_CELL_CHARS) this.limits.cellBytes(bytes, start, end, this.record + 1, this.fieldIndex);
    this.limits.field(this.fieldIndex, this.record + 1);
    if (this.width < 0) {
      // The bytes are kept to be looked up as bytes once the columns are known (in GB18030 a
      // text's UTF-8 would be another key than the same value's bytes further on).
      this.raw.push(bytes.slice(start, end));
      this.field(this.textOfBytes(bytes, start, end));
      return;
    }
    if (this.fieldIndex < this.width) this.pending.hold(bytes, start, end);
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

  /**
   * A field of more than MAX_CELL_CHARS bytes (`recordsBefore` records after the last one
   * counted): refused when it is also longer in characters (UTF-16 units, as Excel counts).
   */
  longField(bytes: Uint8Array, start: number, end: number, column: number, recordsBefore: number): void {
    this.limits.cellBytes(bytes, start, end, this.record + recordsBefore + 1, column);
  }

  private charLength(bytes: Uint8Array, start: number, end: number): number {
    if (this.fromBytes && this.fromBytes.encoding === 'gb18030') return this.textOfBytes(bytes, start, end).length;
    return utf16LengthOfUtf8(bytes, start, end);
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
        if (end - start > MAX_CELL_CHARS) this.limits.cellBytes(bytes, start, end, this.record + 1, column);
        this.limits.field(column++, this.record + 1);
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
      if (blank) this.blank.note(this.record);
      else {
        this.blank.report(this.rows);
        this.held.push({ cells, record: this.record, raw });
        if (this.held.length >= HEADER_SAMPLE) this.settle();
      }
      return;
    }
    const width = this.width;
    if (blank) {
      this.pending.drop();
      this.blank.note(this.record);
      return;
    }
    this.pending.fileInto(this.builders);
    this.blank.report(this.rows);
    if (count !== width) {
      this.rows.ragged(this.record, count, width);
      for (let c = count; c < width; c++) this.builders[c].add('');
    }
    this.rows.push(this.record);
    this.limits.rows(this.rows.length, this.record, width);
  }

  quoteProblem(kind: 'unclosed' | 'stray'): void {
    if (kind === 'unclosed') this.unclosedQuote = true;
    this.rows.quote(kind === 'unclosed' ? 'MissingQuotes' : 'InvalidQuotes', this.record + 1);
  }

  /** The column builders for the scanner's fast lane: none until the columns are known, or when reading text. */
  plainColumns: ByteCodeColumnBuilder[] = [];

  plainRecords(count: number): void {
    this.blank.report(this.rows);
    this.rows.pushRun(this.record + 1, count);
    this.record += count;
    this.limits.rows(this.rows.length, this.record, this.width);
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
    collector.limits.forAPart = true;
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
      pendingBlank: this.blank.take(),
      unclosedQuote: this.unclosedQuote,
    };
    this.record = 0;
    this.rows = new RowNumbers();
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
    if (part.rows.length > 0) this.blank.report(this.rows);
    this.rows.appendShifted(part.rows, offset);
    this.blank.addShifted(part.pendingBlank, offset);
    part.columns.forEach((column, c) => (this.builders[c] as ByteCodeColumnBuilder).appendPart(column, merge[c]));
    this.record += part.records;
    this.limits.rows(this.rows.length, this.record, this.width);
  }

  /** Room for `records` data rows in all, in every column (see readDelimitedBytes). */
  reserve(records: number): void {
    for (const b of this.builders) b.reserve(records);
  }

  /** Ends reading: settles the header if fewer records than the sample arrived. */
  finish(): void {
    if (this.width < 0) this.settle();
  }

  private settle(): void {
    const settled = settleColumns(this.held, this.header, this.fileName, this.fromBytes);
    this.header = settled.header;
    this.names = settled.names;
    this.issues.push(...settled.issues);
    this.width = this.names.length;
    this.limits.width(this.width);
    this.lanes = settled.lanes;
    this.builders = settled.builders;
    if (this.fromBytes) this.plainColumns = this.builders as ByteCodeColumnBuilder[];
    this.held = [];
    fileHeldRecords(settled, this.fromBytes, this.rows);
  }
}
