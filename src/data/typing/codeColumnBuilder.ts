/** A column being read: codes into its distinct texts, grown as rows arrive. */
import { StringDictionary } from '../../core/columns/stringDictionary.ts';
import { ByteDictionary } from '../buffers/byteDictionary.ts';
import type { EncodedColumn } from '../../core/columns/encodedColumn.ts';
import { encodeNumbers, isNumberColumn, type NumberColumn, type ReadColumn } from '../buffers/numberColumn.ts';
import { NumberLane } from '../delimited/numberLane.ts';
import { Int32List } from '../buffers/int32List.ts';
import { UTF8, Undecodable, valueDecoder, type ByteDecoding } from '../delimited/byteDecoding.ts';

/**
 * A column read in a part of a file by another thread, or a batch of the part's records:
 * codes into the part's distinct byte strings.
 */
export interface PartColumn {
  codes: Int32Array;
  /**
   * The distinct values first seen in this batch (earlier ones came with the part's earlier
   * batches): entry `first + k` is arena[starts[k], starts[k + 1]).
   */
  first: number;
  arena: Uint8Array;
  starts: Int32Array;
}

/** A column read from decoded text. */
export class CodeColumnBuilder extends Int32List {
  readonly dictionary = new StringDictionary();

  add(text: string): void {
    this.push(this.dictionary.code(text));
  }

  addRange(input: string, start: number, end: number): void {
    this.push(this.dictionary.codeOfRange(input, start, end));
  }

  finish(): EncodedColumn {
    return { codes: this.toArray(), dictionary: this.dictionary.values };
  }
}

/**
 * A column read from UTF-8 (or GB18030) bytes; only its distinct values are decoded, at the
 * end. A column whose first cells are plain numbers is read as numbers (see NumberLane) for as
 * long as its cells are.
 */
export class ByteCodeColumnBuilder extends Int32List {
  readonly dictionary = new ByteDictionary();

  private readonly decode: (bytes: Uint8Array) => string | null;
  /** The numbers read, while every cell is one. */
  private lane: NumberLane | null;

  constructor(
    private readonly decoding: ByteDecoding = UTF8,
    numbers = false,
  ) {
    super();
    this.decode = valueDecoder(decoding);
    this.lane = numbers ? new NumberLane() : null;
  }

  /** Whether the column is (still) read as numbers. */
  get readsNumbers(): boolean {
    return this.lane !== null;
  }

  /** How many distinct values the column has so far. */
  get distinct(): number {
    return this.lane ? this.lane.distinctCount : this.dictionary.size;
  }

  /** Only '' (a ragged record's missing cell) comes as text: every other value comes as bytes. */
  add(text: string): void {
    if (this.lane && text === '') this.lane.addEmpty();
    else {
      this.leaveLane();
      this.push(this.dictionary.code(text));
    }
  }

  override pop(): void {
    if (this.lane) this.lane.pop();
    else super.pop();
  }

  override reserve(capacity: number): void {
    if (this.lane) this.lane.values.reserve(capacity);
    else super.reserve(capacity);
  }

  /** Goes on with codes: the numbers read so far become codes into their texts. */
  private leaveLane(): void {
    const lane = this.lane;
    if (!lane) return;
    this.lane = null;
    this.appendTexts(encodeNumbers(lane.finish()));
  }

  /** Appends cells given as codes into texts. */
  private appendTexts({ codes, dictionary }: EncodedColumn): void {
    const remap = Int32Array.from(dictionary, (text) => this.dictionary.code(text));
    this.reserve(this.length + codes.length);
    for (let i = 0; i < codes.length; i++) this.push(remap[codes[i]]);
  }

  // The previous field: logs repeat a value on consecutive rows (an order's date, an
  // invoice's customer), and comparing a few bytes still hot in cache beats a table lookup.
  private lastBytes: Uint8Array | null = null;
  private lastStart = 0;
  private lastLength = -1;
  private lastCode = -1;

  addBytes(bytes: Uint8Array, start: number, end: number): void {
    if (this.lane) {
      if (this.lane.add(bytes, start, end)) return;
      this.leaveLane();
    }
    const length = end - start;
    if (bytes === this.lastBytes && length === this.lastLength) {
      const from = this.lastStart;
      let k = 0;
      while (k < length && bytes[from + k] === bytes[start + k]) k++;
      if (k === length) {
        this.push(this.lastCode);
        return;
      }
    }
    const code = this.dictionary.codeOfBytes(bytes, start, end);
    this.lastBytes = bytes;
    this.lastStart = start;
    this.lastLength = length;
    this.lastCode = code;
    this.push(code);
  }

  /** The dictionary's size when the last batch was taken: later entries go with the next batch. */
  private batchFirst = 0;

  /**
   * The cells read since the last batch, with the distinct values first seen since, still as
   * bytes. The codes are a view, not a copy (their buffer is transferred to the thread that
   * reads the file); the next batch starts in a buffer of its own.
   */
  takeBatch(): PartColumn | NumberColumn {
    if (this.lane) return this.lane.takeBatch();
    const codes = this.view();
    const first = this.batchFirst;
    this.batchFirst = this.dictionary.size;
    this.restart(Math.ceil(codes.length * 1.1));
    this.lastBytes = null;
    return { codes, first, ...this.dictionary.entries(first) };
  }

  /**
   * Appends a later part's cells (or a batch of them), their codes translated into this
   * column's dictionary. `remap` (one per part, kept across its batches) gives each of the
   * part's codes its code here; the batch's new values are added to both in the part's order,
   * so codes stay in order of first appearance.
   */
  appendPart(part: PartColumn | NumberColumn, remap = new Int32List()): void {
    if (isNumberColumn(part)) {
      if (this.lane?.append(part)) return;
      this.leaveLane();
      this.appendTexts(encodeNumbers(part));
      return;
    }
    this.leaveLane();
    const { arena, starts, first, codes } = part;
    if (remap.length !== first) throw new Error('the batches of a part arrived out of order');
    for (let k = 0; k + 1 < starts.length; k++)
      remap.push(this.dictionary.codeOfBytes(arena, starts[k], starts[k + 1]));
    const map = remap.view();
    const need = this.length + codes.length;
    this.reserve(need);
    const out = this.values;
    for (let i = 0, at = this.length; i < codes.length; i++, at++) out[at] = map[codes[i]];
    this.length = need;
  }

  /** The column read: numbers, or codes (Undecodable when a value is not valid in the file's encoding). */
  finish(): ReadColumn {
    // A column of empty cells only is no number column: typing reads it as text.
    if (this.lane && this.lane.values.length === this.lane.empties) this.leaveLane();
    if (this.lane) return this.lane.finish();
    const texts = this.dictionary.texts(this.decode);
    if (texts === null) throw new Undecodable();
    const { dictionary } = this;
    const column: EncodedColumn = {
      codes: this.toArray(),
      dictionary: texts,
      blankFree: !dictionary.mayBeBlank,
      formulaFree: !dictionary.mayBeFormula,
    };
    if (this.decoding.encoding === 'utf-8') {
      const { arena, starts } = dictionary.stored();
      column.utf8 = { bytes: arena, offsets: starts };
    }
    return column;
  }
}
