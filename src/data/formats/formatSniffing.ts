/** Telling a file's format from its first bytes, and its name only where bytes cannot tell. */
import type { FileFormat, Issue } from '../../engine/api.ts';
import { bomlessUtf16 } from '../delimited/encoding.ts';

const BINARY_SIGNATURES: [string, number[]][] = [
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['gzip archive', [0x1f, 0x8b]],
  ['7-Zip archive', [0x37, 0x7a, 0xbc, 0xaf]],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

export type Sniffed = { format: FileFormat } | { issue: Issue };

export function sniffFormat(bytes: Uint8Array, fileName: string): Sniffed {
  const lower = fileName.toLowerCase();
  if (bytes.length === 0) {
    return {
      issue: {
        severity: 'error',
        code: 'empty-file',
        file: fileName,
        message: `${fileName} is empty (0 bytes). Export the data again, or choose another file.`,
      },
    };
  }
  for (const [what, sig] of BINARY_SIGNATURES) {
    if (startsWith(bytes, sig)) {
      return {
        issue: {
          severity: 'error',
          code: 'binary-file',
          file: fileName,
          params: { what },
          message: `${fileName} is a ${what}, not a data table. Open a CSV, Excel (.xlsx), Parquet, Arrow or JSON file.`,
        },
      };
    }
  }
  // An OLE2 compound file: an Excel 97–2003 workbook, or a password-protected Office file.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { format: 'xls' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]))
    return { format: 'xlsx' };
  if (ascii(bytes, 0, 4) === 'PAR1') return { format: 'parquet' };
  if (ascii(bytes, 0, 6) === 'ARROW1' || (bytes.length >= 8 && startsWith(bytes, [0xff, 0xff, 0xff, 0xff])))
    return { format: 'arrow' };
  if (/\.(arrow|feather|ipc|arrows)$/.test(lower)) return { format: 'arrow' };
  if (/\.(json|ndjson|jsonl)$/.test(lower)) return { format: 'json' };
  if (/\.parquet$/.test(lower)) return { format: 'parquet' };
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0) && !bomlessUtf16(head)) {
    return {
      issue: {
        severity: 'error',
        code: 'binary-file',
        file: fileName,
        params: { what: 'binary file' },
        message: `${fileName} contains binary data, not text. Open a CSV, Excel (.xlsx), Parquet, Arrow or JSON file.`,
      },
    };
  }
  let i = 0;
  while (
    i < head.length &&
    (head[i] === 0x20 ||
      head[i] === 0x0a ||
      head[i] === 0x0d ||
      head[i] === 0x09 ||
      head[i] === 0xef ||
      head[i] === 0xbb ||
      head[i] === 0xbf)
  )
    i++;
  if (head[i] === 0x3c || (utf16 && (head[2] === 0x3c || head[3] === 0x3c))) {
    const markup = markupFormat(head, utf16);
    if (markup) return { format: markup };
  }
  if (head[i] === 0x5b || (head[i] === 0x7b && /^\{\s*"/.test(ascii(head, i, 40)))) return { format: 'json' };
  return { format: 'delimited' };
}

/**
 * What an "export to Excel" that is really markup holds, from its first 4 KB: SpreadsheetML 2003
 * (an XML Workbook in Excel's namespace) or an HTML table; null for other markup.
 */
function markupFormat(head: Uint8Array, utf16: boolean): 'spreadsheetml' | 'html-table' | null {
  const text = new TextDecoder(utf16 ? (head[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8').decode(head);
  const start = text
    .replace(/^[\s\ufeff]+/, '')
    .slice(0, 4096)
    .toLowerCase();
  if (!start.startsWith('<')) return null;
  if (/<(?:\w+:)?workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/.test(start)) return 'spreadsheetml';
  if (start.includes('progid="excel.sheet"') && start.startsWith('<?xml')) return 'spreadsheetml';
  if (
    /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*(?:<!doctype html|<html\b|<head\b|<body\b|<table\b|<meta\b|<style\b)/.test(
      start,
    )
  )
    return 'html-table';
  return null;
}
