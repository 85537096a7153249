/** A column being read: codes into its distinct texts, grown as rows arrive. */
import { StringDictionary } from '../core/stringDictionary.ts';
import type { EncodedColumn } from '../core/encodedColumn.ts';

export class CodeColumnBuilder {
  readonly dictionary = new StringDictionary();
  private codes = new Int32Array(1024);
  length = 0;

  private push(code: number): void {
    if (this.length === this.codes.length) {
      const grown = new Int32Array(this.codes.length * 2);
      grown.set(this.codes);
      this.codes = grown;
    }
    this.codes[this.length++] = code;
  }

  add(text: string): void {
    this.push(this.dictionary.code(text));
  }

  addRange(input: string, start: number, end: number): void {
    this.push(this.dictionary.codeOfRange(input, start, end));
  }

  pop(): void {
    if (this.length > 0) this.length--;
  }

  finish(): EncodedColumn {
    return { codes: this.codes.slice(0, this.length), dictionary: this.dictionary.values };
  }
}
