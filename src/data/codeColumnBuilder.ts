/** A column being read: codes into its distinct texts, grown as rows arrive. */
import { StringDictionary } from '../core/stringDictionary.ts';
import { ByteDictionary } from '../core/byteDictionary.ts';
import type { EncodedColumn } from '../core/encodedColumn.ts';
import { Int32List } from '../core/int32List.ts';
import { UTF8, Undecodable, valueDecoder, type ByteDecoding } from './byteDecoding.ts';

/** A column read in a part of a file by another thread: codes into distinct byte strings. */
export interface PartColumn {
  codes: Int32Array;
  arena: Uint8Array;
  /** Entry k is arena[starts[k], starts[k + 1]). */
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

/** A column read from UTF-8 bytes; only its distinct values are decoded, at the end. */
export class ByteCodeColumnBuilder extends Int32List {
  readonly dictionary = new ByteDictionary();

  private readonly decode: (bytes: Uint8Array) => string | null;

  constructor(decoding: ByteDecoding = UTF8) {
    super();
    this.decode = valueDecoder(decoding);
  }

  /** Only '' (a ragged record's missing cell) comes as text: every other value comes as bytes. */
  add(text: string): void {
    this.push(this.dictionary.code(text));
  }

  // The previous field: logs repeat a value on consecutive rows (an order's date, an
  // invoice's customer), and comparing a few bytes still hot in cache beats a table lookup.
  private lastBytes: Uint8Array | null = null;
  private lastStart = 0;
  private lastLength = -1;
  private lastCode = -1;

  addBytes(bytes: Uint8Array, start: number, end: number): void {
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

  /** The column as read in a part of a file, with its distinct values still as bytes. */
  partColumn(): PartColumn {
    // A view, not a copy: its buffer is transferred to the reading thread, and this builder is done.
    return { codes: this.view(), ...this.dictionary.entries() };
  }

  /** Appends a later part's cells, its codes translated into this column's dictionary. */
  appendPart(part: PartColumn): void {
    this.appendCodes(part.codes, this.mergeDictionary(part));
  }

  /**
   * Adds a later part's distinct values to this column's dictionary (in the part's order, so
   * codes stay in order of first appearance): each part code's code here.
   */
  mergeDictionary(part: PartColumn): Int32Array {
    const { arena, starts } = part;
    const remap = new Int32Array(starts.length - 1);
    for (let k = 0; k < remap.length; k++) remap[k] = this.dictionary.codeOfBytes(arena, starts[k], starts[k + 1]);
    return remap;
  }

  /** Appends a part's cells, their codes translated by `remap` (see mergeDictionary). */
  appendCodes(codes: Int32Array, remap: Int32Array): void {
    const need = this.length + codes.length;
    this.reserve(need);
    const out = this.values;
    for (let i = 0, at = this.length; i < codes.length; i++, at++) out[at] = remap[codes[i]];
    this.length = need;
  }

  /** Throws Undecodable when a value is not valid in the file's encoding. */
  finish(): EncodedColumn {
    const texts = this.dictionary.texts(this.decode);
    if (texts === null) throw new Undecodable();
    return { codes: this.toArray(), dictionary: texts, blankFree: !this.dictionary.mayBeBlank };
  }
}
