/**
 * How the values of a delimited file read from its bytes become text. Reading from bytes works
 * for encodings in which every byte below 0x80 is that ASCII character wherever it appears, so
 * that delimiters, quotes and line ends are found byte by byte: UTF-8, and GB18030/GBK for
 * files separated by commas, semicolons or tabs (a GBK character's second byte can be
 * 0x40–0x7E, which holds `|` but none of `,` `;` tab `"` CR LF).
 *
 * A GB18030 file that was detected, not chosen, must not hold values that are valid UTF-8 with
 * non-ASCII bytes: such a file mixes encodings, and the text path reports it line by line.
 */
import { isValidUtf8 } from './encoding.ts';

export interface ByteDecoding {
  encoding: 'utf-8' | 'gb18030';
  /** GB18030 only: a value that is also valid non-ASCII UTF-8 means mixed encodings (not read from bytes). */
  refuseUtf8?: boolean;
}

export const UTF8: ByteDecoding = { encoding: 'utf-8' };

/** Thrown when a value's bytes are not valid in the file's encoding (or mix encodings): read the file as text. */
export class Undecodable extends Error {
  constructor() {
    super('not valid in the encoding');
    this.name = 'Undecodable';
  }
}

/** A decoder of one value's bytes to text that returns null for bytes it must not decode. */
export function valueDecoder(decoding: ByteDecoding): (bytes: Uint8Array) => string | null {
  const decoder = new TextDecoder(decoding.encoding, { fatal: true, ignoreBOM: true });
  const refuseUtf8 = decoding.encoding === 'gb18030' && decoding.refuseUtf8 === true;
  return (bytes) => {
    if (refuseUtf8 && isValidUtf8(bytes) && bytes.some((b) => b >= 0x80)) return null;
    try {
      return decoder.decode(bytes);
    } catch {
      return null;
    }
  };
}

/** Delimiters that a GB18030 file can be split at byte by byte. */
export function gbSafeDelimiter(delimiter: string): boolean {
  return delimiter === ',' || delimiter === ';' || delimiter === '\t';
}
