/** A column being read: codes into its distinct texts, grown as rows arrive. */
import { StringDictionary } from '../core/stringDictionary.ts';
import { ByteDictionary } from '../core/byteDictionary.ts';
import type { EncodedColumn } from '../core/encodedColumn.ts';

/** Thrown when a column read from bytes holds a value that is not valid UTF-8. */
export class NotUtf8 extends Error {
  constructor() {
    super('not UTF-8');
    this.name = 'NotUtf8';
  }
}

/** A column read in a part of a file by another thread: codes into distinct byte strings. */
export interface PartColumn {
  codes: Int32Array;
  arena: Uint8Array;
  /** Entry k is arena[starts[k], starts[k + 1]). */
  starts: Int32Array;
}

class CodeList {
  protected codes = new Int32Array(1024);
  length = 0;

  protected push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  /**
   * The codes: the buffer itself when it is exactly full (as after a part appended last), else
   * a trimmed copy. Copying a 5M-row column's codes took ~85 ms here (a fresh 20 MB buffer).
   */
  protected finalCodes(): Int32Array {
    return this.length === this.codes.length ? this.codes : this.codes.slice(0, this.length);
  }
}

/** A column read from decoded text. */
export class CodeColumnBuilder extends CodeList {
  readonly dictionary = new StringDictionary();

  add(text: string): void {
    this.push(this.dictionary.code(text));
  }

  addRange(input: string, start: number, end: number): void {
    this.push(this.dictionary.codeOfRange(input, start, end));
  }

  finish(): EncodedColumn {
    return { codes: this.finalCodes(), dictionary: this.dictionary.values };
  }
}

/** A column read from UTF-8 bytes; only its distinct values are decoded, at the end. */
export class ByteCodeColumnBuilder extends CodeList {
  readonly dictionary = new ByteDictionary();

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
    return { codes: this.codes.subarray(0, this.length), ...this.dictionary.entries() };
  }

  /** Appends a later part's cells, its codes translated into this column's dictionary. */
  appendPart(part: PartColumn): void {
    const { arena, starts, codes } = part;
    const remap = new Int32Array(starts.length - 1);
    for (let k = 0; k < remap.length; k++) remap[k] = this.dictionary.codeOfBytes(arena, starts[k], starts[k + 1]);
    const need = this.length + codes.length;
    if (need > this.codes.length) {
      // Exactly: parts come last, so the codes are then final without a trimming copy.
      const grown = new Int32Array(need);
      grown.set(this.codes.subarray(0, this.length));
      this.codes = grown;
    }
    const out = this.codes;
    for (let i = 0, at = this.length; i < codes.length; i++, at++) out[at] = remap[codes[i]];
    this.length = need;
  }

  /** Throws NotUtf8 when a value is not valid UTF-8. */
  finish(): EncodedColumn {
    const texts = this.dictionary.texts();
    if (texts === null) throw new NotUtf8();
    return { codes: this.finalCodes(), dictionary: texts };
  }
}
