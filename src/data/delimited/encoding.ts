/**
 * Which text encoding a file is in, and its text. A BOM decides; otherwise the bytes must be
 * valid UTF-8, or they are read as GB18030 (the superset of GBK that Chinese Excel writes).
 * A file whose lines mix the two is decoded line by line and the report says which lines.
 * Nothing is silently replaced with U+FFFD.
 */
import type { Encoding, Issue } from '../../engine/api.ts';

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

export function decodeText(bytes: Uint8Array, fileName: string, forced?: Encoding): DecodedText {
  const bom = bomEncoding(bytes);
  if (forced) {
    const body = bom && bom.encoding === forced ? bytes.subarray(bom.length) : bytes;
    return { text: new TextDecoder(forced, { ignoreBOM: true }).decode(body), encoding: forced, issues: [] };
  }
  if (bom)
    return {
      text: new TextDecoder(bom.encoding, { ignoreBOM: true }).decode(bytes.subarray(bom.length)),
      encoding: bom.encoding,
      issues: [],
    };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8', issues: [] };
  } catch {
    // Not UTF-8: find out whether every non-ASCII line fails, or only some.
  }
  const { utf8Lines, gbLines } = nonAsciiLines(bytes, 0, bytes.length);
  if (utf8Lines.length > 0 && gbLines.length > 0) return decodeMixed(bytes, fileName, utf8Lines, gbLines);
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    return { text, encoding: 'gb18030', issues: [gb18030Notice(fileName)] };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      issues: [
        {
          severity: 'error',
          code: 'encoding-invalid',
          file: fileName,
          rows: gbLines.slice(0, 20),
          params: { lines: describeLines(gbLines) },
          message: `${fileName} is neither valid UTF-8 nor GB18030 (lines ${describeLines(gbLines)}); unreadable characters are shown as �. Choose the file's encoding, or re-save it as UTF-8.`,
        },
      ],
    };
  }
}

/** What the report says of a file that was read as GB18030 because it is not UTF-8. */
export function gb18030Notice(fileName: string): Issue {
  return {
    severity: 'info',
    code: 'encoding-invalid',
    file: fileName,
    params: { encoding: 'GB18030' },
    message: `${fileName} is not UTF-8; it was read as GB18030/GBK (as Chinese Excel saves CSV). If the text looks wrong, choose another encoding.`,
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
