/**
 * The fields of the record being read (bytes or text: source[start, end)), held until the
 * record turns out not to be blank and then filed into the columns, so a blank line leaves no
 * trace in them (its spaces would end a number column's lane). Three flat lists, no object per field.
 */
import type { ByteCodeColumnBuilder, CodeColumnBuilder } from '../typing/codeColumnBuilder.ts';

export class PendingFields {
  private readonly sources: (Uint8Array | string)[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  hold(source: Uint8Array | string, start: number, end: number): void {
    this.sources.push(source);
    this.starts.push(start);
    this.ends.push(end);
  }

  /** Files field c into column c (text into a text builder, bytes into a byte builder), then forgets them. */
  fileInto(builders: readonly (CodeColumnBuilder | ByteCodeColumnBuilder)[]): void {
    const { sources, starts, ends } = this;
    for (let c = 0; c < sources.length; c++) {
      const source = sources[c];
      if (typeof source === 'string') (builders[c] as CodeColumnBuilder).addRange(source, starts[c], ends[c]);
      else (builders[c] as ByteCodeColumnBuilder).addBytes(source, starts[c], ends[c]);
    }
    this.drop();
  }

  /** Forgets the held fields (a blank record). */
  drop(): void {
    this.sources.length = 0;
    this.starts.length = 0;
    this.ends.length = 0;
  }
}
