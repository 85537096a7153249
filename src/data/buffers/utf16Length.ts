/**
 * The length in UTF-16 units (as JavaScript and Excel count characters) of UTF-8 bytes, without
 * decoding them: one unit per lead byte, two for a 4-byte sequence (a surrogate pair).
 */
export function utf16LengthOfUtf8(bytes: Uint8Array, start: number, end: number): number {
  let units = 0;
  for (let k = start; k < end; k++) {
    const b = bytes[k];
    if ((b & 0xc0) !== 0x80) units += b >= 0xf0 ? 2 : 1;
  }
  return units;
}
