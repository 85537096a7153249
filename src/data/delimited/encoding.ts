/**
 * Which text encoding a file is in, and its text. A BOM decides; then UTF-16 without a BOM
 * (told by its zero bytes); then the bytes must be valid UTF-8, or they are in a legacy encoding
 * (GB18030/GBK, Big5, Shift_JIS or Windows-1252), the likeliest by encodingGuess — with a
 * warning when another reads about as well. A file whose lines mix UTF-8 and GB18030 is decoded
 * line by line and the report says which lines. Nothing is silently replaced with U+FFFD.
 */
import type { Encoding, Issue } from '../../engine/api.ts';
import { guessLegacyEncoding, type EncodingGuess } from './encodingGuess.ts';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  issues: Issue[];
}

export function bomEncoding(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Byte-level UTF-8 validity of bytes[start, end): shortest forms, no surrogates. */
export function isValidUtf8(bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return false;
    if (i + need >= end) return false;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

function hasHighBytes(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] >= 0x80) return true;
  return false;
}

/** The lines of bytes[start, end) with non-ASCII bytes (numbered from 1): valid UTF-8, or not (GBK). */
function nonAsciiLines(bytes: Uint8Array, start: number, end: number): { utf8Lines: number[]; gbLines: number[] } {
  const utf8Lines: number[] = [];
  const gbLines: number[] = [];
  for (let at = start, line = 1; at < end; line++) {
    let lineEnd = bytes.indexOf(0x0a, at);
    lineEnd = lineEnd < 0 || lineEnd > end ? end : lineEnd;
    if (hasHighBytes(bytes, at, lineEnd)) (isValidUtf8(bytes, at, lineEnd) ? utf8Lines : gbLines).push(line);
    at = lineEnd + 1;
  }
  return { utf8Lines, gbLines };
}

function describeLines(lines: number[]): string {
  const shown = lines.slice(0, 8).join(', ');
  return lines.length > 8 ? `${shown} and ${lines.length - 8} more` : shown;
}

/** Decodes line by line, each line in UTF-8 when it is valid UTF-8 and in GB18030 when not. */
function decodeMixed(bytes: Uint8Array, fileName: string, utf8Lines: number[], gbLines: number[]): DecodedText {
  const utf8 = new TextDecoder('utf-8');
  const gb = new TextDecoder('gb18030');
  const parts: string[] = [];
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    end = end < 0 ? bytes.length : end + 1;
    const line = bytes.subarray(start, end);
    parts.push(isValidUtf8(line) ? utf8.decode(line) : gb.decode(line));
    start = end;
  }
  return {
    text: parts.join(''),
    encoding: 'utf-8',
    issues: [
      {
        severity: 'warning',
        code: 'encoding-mixed',
        file: fileName,
        rows: gbLines.slice(0, 20),
        count: gbLines.length,
        params: { gbLines: describeLines(gbLines), utf8Lines: utf8Lines.length },
        message: `${fileName} mixes encodings: ${gbLines.length} line(s) are GBK/GB18030 (lines ${describeLines(gbLines)}) while ${utf8Lines.length} others are UTF-8. Each line was decoded in its own encoding; check those rows, and re-save the file as UTF-8 if you can.`,
      },
    ],
  };
}

/** How the engine's English messages name an encoding (the app names them in its own catalogs). */
export const ENCODING_NAMES: Record<Encoding, string> = {
  'utf-8': 'UTF-8',
  gb18030: 'GB18030/GBK (Simplified Chinese)',
  big5: 'Big5 (Traditional Chinese)',
  shift_jis: 'Shift_JIS (Japanese)',
  'windows-1252': 'Windows-1252 (Western European)',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/**
 * UTF-16 without a BOM, told from the first 4 KB: text a CSV holds has delimiters, digits and
 * line ends, each a zero byte and an ASCII byte, so one side of the byte pairs has many zeros
 * and the other almost none; and the start decodes without control characters.
 */
export function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length, 4096) & ~1;
  if (end < 4 || (bytes[0] !== 0 && bytes[1] !== 0 && !bytes.subarray(0, end).includes(0))) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  const encoding =
    odd >= pairs / 10 && even * 8 <= odd ? 'utf-16le' : even >= pairs / 10 && odd * 8 <= even ? 'utf-16be' : null;
  if (!encoding) return null;
  let text: string;
  try {
    // A character cut at the 4 KB mark is no reason to doubt the rest.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, end - 2));
  } catch {
    return null;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return null;
  }
  return encoding;
}

/** The lines (from 1) of bytes that are not valid in `encoding` (one that never has 0x0A inside a character). */
function undecodableLines(bytes: Uint8Array, encoding: Encoding): number[] {
  const decoder = new TextDecoder(encoding, { fatal: true, ignoreBOM: true });
  const lines: number[] = [];
  for (let at = 0, line = 1; at < bytes.length; line++) {
    let end = bytes.indexOf(0x0a, at);
    end = end < 0 ? bytes.length : end;
    try {
      decoder.decode(bytes.subarray(at, end));
    } catch {
      lines.push(line);
    }
    at = end + 1;
  }
  return lines;
}

/** Windows-1252's characters for bytes 0x80–0x9F (the five it leaves undefined stay C1 controls, as WHATWG says). */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Node's TextDecoder (from 20.18.3 and 22.13.0, nodejs/node#60888) decodes windows-1252 as
 * Latin-1, giving C1 controls for € ‘ ’ “ ” – — and the rest; browsers decode them right. The
 * command line must read the same file to the same text, so such controls are mapped here.
 */
function cp1252Fixed(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80])
    : text;
}

function decoded(bytes: Uint8Array, encoding: Encoding, fatal: boolean): string {
  const text = new TextDecoder(encoding, { fatal, ignoreBOM: true }).decode(bytes);
  return encoding === 'windows-1252' ? cp1252Fixed(text) : text;
}

/** Decodes bytes in `encoding`; bytes not valid in it become U+FFFD and an error names their lines. */
function decodeIn(bytes: Uint8Array, encoding: Encoding, fileName: string, issues: Issue[]): DecodedText {
  try {
    return { text: decoded(bytes, encoding, true), encoding, issues };
  } catch {
    // Some bytes are not valid in this encoding: say where.
  }
  const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
  const lines = utf16 ? [] : undecodableLines(bytes, encoding);
  const where = lines.length > 0 ? ` (lines ${describeLines(lines)})` : '';
  return {
    text: decoded(bytes, encoding, false),
    encoding,
    issues: [
      ...issues,
      {
        severity: 'error',
        code: 'encoding-invalid',
        file: fileName,
        ...(lines.length > 0 ? { rows: lines.slice(0, 20), count: lines.length } : {}),
        params: { encoding, lines: lines.length > 0 ? describeLines(lines) : '?' },
        message: `${fileName} is not valid ${ENCODING_NAMES[encoding]}${where}; unreadable characters are shown as �. Choose the file's encoding, or re-save it as UTF-8.`,
      },
    ],
  };
}

export function decodeText(bytes: Uint8Array, fileName: string, forced?: Encoding): DecodedText {
  const bom = bomEncoding(bytes);
  if (forced)
    return decodeIn(bom && bom.encoding === forced ? bytes.subarray(bom.length) : bytes, forced, fileName, []);
  if (bom) return decodeIn(bytes.subarray(bom.length), bom.encoding, fileName, []);
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeIn(bytes, utf16, fileName, [encodingNotice(fileName, utf16)]);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', issues: [] };
  } catch {
    // Not UTF-8: find out whether every non-ASCII line fails, or only some.
  }
  const { utf8Lines, gbLines } = nonAsciiLines(bytes, 0, bytes.length);
  if (utf8Lines.length > 0 && gbLines.length > 0) return decodeMixed(bytes, fileName, utf8Lines, gbLines);
  const guess = guessLegacyEncoding(bytes);
  return decodeIn(bytes, guess.encoding, fileName, [legacyNotice(fileName, guess)]);
}

/** What the report says of a file read in an encoding that was detected, not given. */
export function encodingNotice(fileName: string, encoding: Encoding): Issue {
  return {
    severity: 'info',
    code: 'encoding-detected',
    file: fileName,
    params: { encoding },
    message: `${fileName} is not UTF-8; it was read as ${ENCODING_NAMES[encoding]}. If the text looks wrong, choose the file's encoding.`,
  };
}

/**
 * What the report says of a file read in a guessed legacy encoding: a note when the guess is
 * clear, a warning when another encoding reads about as well (GB18030 decodes Japanese and
 * Traditional-Chinese bytes into plausible but wrong Simplified Chinese).
 */
export function legacyNotice(fileName: string, guess: EncodingGuess): Issue {
  if (guess.certain) return encodingNotice(fileName, guess.encoding);
  const others = guess.alternatives.map((e) => ENCODING_NAMES[e]).join(' or ');
  return {
    severity: 'warning',
    code: 'encoding-uncertain',
    file: fileName,
    params: { encoding: guess.encoding, alternatives: guess.alternatives.join(',') },
    message: `${fileName} is not UTF-8 and its encoding is uncertain: it was read as ${ENCODING_NAMES[guess.encoding]}, but ${others ? `it reads about as well as ${others}` : 'few of its characters are common ones'}. If names in the preview look wrong (for example Japanese or Traditional Chinese shown as unrelated Simplified Chinese), choose the file's encoding.`,
  };
}

/**
 * Whether bytes[start, end) (a file's first lines) look like GB18030 and not like a file that
 * mixes encodings: no line with non-ASCII bytes is valid UTF-8, and the lines decode as
 * GB18030 without error. The caller makes sure `end` is at a line end or the file's end.
 */
export function looksGb18030(bytes: Uint8Array, start: number, end: number): boolean {
  if (nonAsciiLines(bytes, start, end).utf8Lines.length > 0) return false;
  try {
    new TextDecoder('gb18030', { fatal: true }).decode(bytes.subarray(start, end));
    return true;
  } catch {
    return false;
  }
}
