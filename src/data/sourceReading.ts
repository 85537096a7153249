/** One file's bytes into a RawTable, by format; what cannot be read comes back as an issue. */
import type { Issue, ParseOptions } from '../engine/api.ts';
import {
  bomEncoding,
  bomlessUtf16,
  decodeText,
  encodingNotice,
  isValidUtf8,
  looksGb18030,
} from './delimited/encoding.ts';
import { guessLegacyEncoding } from './delimited/encodingGuess.ts';
import { UTF8, gbSafeDelimiter, type ByteDecoding } from './delimited/byteDecoding.ts';
import {
  delimitedLayout,
  readableAsBytes,
  readDelimited,
  readDelimitedBytes,
  type DelimitedLayout,
} from './delimited/delimitedReader.ts';
import { sniffFormat } from './formats/formatSniffing.ts';
import { readXlsx } from './formats/xlsxReader.ts';
import { readXls } from './formats/xlsReader.ts';
import { readHtmlTable, readSpreadsheetMl } from './formats/markupWorkbooks.ts';
import { readParquet } from './formats/parquetReader.ts';
import { readArrow } from './formats/arrowReader.ts';
import { readJson } from './formats/jsonReader.ts';
import { UnreadableInput, type RawTable, type ReadContext, type TextTable } from './rawTable.ts';
import { checkTextTable } from './readLimits.ts';
import { encodeTexts } from '../core/columns/encodedColumn.ts';

function encoded(table: TextTable): RawTable {
  return { ...table, columns: table.columns.map((texts) => encodeTexts(texts)) };
}

/** A Parquet or Arrow table held to the limits (its size was checked before its cells were made). */
function checked(table: TextTable, file: string): TextTable {
  checkTextTable(table, file, (r) => table.sourceRows.at(r));
  return table;
}

/**
 * The file's bytes come in a box so that text formats can let go of them once decoded: on a
 * 125 MB export that is 125 MB less held while the rows are scanned and typed.
 */
export async function readSource(
  box: { bytes: Uint8Array | null },
  ctx: ReadContext,
  options: ParseOptions,
): Promise<RawTable> {
  const sniffed = sniffFormat(box.bytes!, ctx.fileName);
  if ('issue' in sniffed) throw new UnreadableInput(sniffed.issue);
  switch (sniffed.format) {
    case 'xlsx':
      return encoded(await readXlsx(box.bytes!, ctx, { sheet: options.sheet, header: options.header }));
    case 'xls':
      return encoded(await readXls(box.bytes!, ctx, { sheet: options.sheet, header: options.header }));
    case 'spreadsheetml':
    case 'html-table': {
      const decoded = decodeText(box.bytes!, ctx.fileName, options.encoding);
      box.bytes = null;
      const read = sniffed.format === 'html-table' ? readHtmlTable : readSpreadsheetMl;
      const raw = encoded(await read(decoded.text, ctx, { sheet: options.sheet, header: options.header }));
      return { ...raw, encoding: decoded.encoding, issues: [...decoded.issues, ...raw.issues] };
    }
    case 'parquet':
      return encoded(checked(await readParquet(box.bytes!, ctx), ctx.fileName));
    case 'arrow':
      return encoded(checked(await readArrow(box.bytes!, ctx), ctx.fileName));
    case 'json': {
      const decoded = decodeText(box.bytes!, ctx.fileName, options.encoding);
      box.bytes = null;
      const raw = encoded(await readJson(decoded.text, ctx, ctx.fileName));
      return { ...raw, encoding: decoded.encoding, issues: [...decoded.issues, ...raw.issues] };
    }
    case 'delimited': {
      const fromBytes = await readBytesDelimited(box.bytes!, ctx, options);
      if (fromBytes) {
        box.bytes = null;
        return fromBytes;
      }
      const size = box.bytes!.length;
      const decoded = decodeText(box.bytes!, ctx.fileName, options.encoding);
      box.bytes = null;
      const bytesPerChar = decoded.text.length > 0 ? size / decoded.text.length : 1;
      const raw = await readDelimited(
        decoded.text,
        ctx,
        { delimiter: options.delimiter, header: options.header },
        bytesPerChar,
      );
      return { ...raw, encoding: decoded.encoding, issues: [...decoded.issues, ...raw.issues] };
    }
  }
}

const SAMPLE_BYTES = 65_536;

/**
 * Delimited text read from its bytes (the fast path) when it is UTF-8, or GB18030/GBK separated
 * by commas, semicolons or tabs; null when the file is in another encoding or layout — then it
 * is decoded whole and scanned as text. A start that cannot be read this way goes the decoding
 * way at once; a bad byte further in (or a value in the other encoding) is found when the
 * values are decoded, and the file is read again the other way.
 */
async function readBytesDelimited(
  bytes: Uint8Array,
  ctx: ReadContext,
  options: ParseOptions,
): Promise<RawTable | null> {
  const start = byteDelimitedStart(bytes, options);
  if (!start) return null;
  const { layout, skip } = start;
  const raw = await readDelimitedBytes(bytes.subarray(skip), ctx, layout, options.header, skip);
  if (raw) return readFromBytes(raw, layout, ctx.fileName);
  // An ASCII start read as UTF-8 with a value further in that is not: the file may be GB18030
  // (an English header, Chinese values further down). Read it so, with the same checks as a
  // GB18030 start; a file that mixes encodings still goes the decoding way.
  const asciiStart = skip === 0 && !bytes.subarray(0, SAMPLE_BYTES).some((b) => b >= 0x80);
  if (options.encoding || !asciiStart || !gbSafeDelimiter(layout.delimiter)) return null;
  // Only when GB18030 is clearly the likeliest legacy encoding: a Windows-1252 or Shift_JIS file
  // with an English start is decoded whole, in its own encoding.
  const guess = guessLegacyEncoding(bytes, SAMPLE_BYTES);
  if (guess.encoding !== 'gb18030' || !guess.certain) return null;
  const gb: DelimitedLayout = { ...layout, decoding: { encoding: 'gb18030', refuseUtf8: true } };
  const again = await readDelimitedBytes(bytes, ctx, gb, options.header, 0);
  return again && readFromBytes(again, gb, ctx.fileName);
}

/** A table read from bytes, with its encoding (and the notice the text path gives a GB18030 file it detected). */
export function readFromBytes(raw: RawTable, layout: DelimitedLayout, fileName: string): RawTable {
  const decoding = layout.decoding ?? UTF8;
  const detected = decoding.encoding === 'gb18030' && decoding.refuseUtf8 === true;
  return {
    ...raw,
    encoding: decoding.encoding,
    issues: detected ? [encodingNotice(fileName, 'gb18030'), ...raw.issues] : raw.issues,
  };
}

/**
 * How delimited text is laid out, in which encoding its values are, and where its first
 * record starts (after a UTF-8 BOM), when its first bytes say it can be read from bytes; null
 * when it must be decoded first. Only the first 64 KB of `bytes` are looked at. A file that is
 * not UTF-8 is GB18030 when its first lines read as such and none of them is UTF-8 (as
 * decodeText decides), and it must be separated by commas, semicolons or tabs.
 */
export function byteDelimitedStart(
  bytes: Uint8Array,
  options: ParseOptions,
): { layout: DelimitedLayout; skip: number } | null {
  const forced = options.encoding;
  if (forced && forced !== 'utf-8' && forced !== 'gb18030') return null;
  const bom = bomEncoding(bytes);
  if (bom && (bom.encoding !== 'utf-8' || (forced && forced !== 'utf-8'))) return null;
  if (!bom && bomlessUtf16(bytes)) return null;
  const skip = bom ? bom.length : 0;
  let sampleEnd = Math.min(bytes.length, skip + SAMPLE_BYTES);
  let decoding: ByteDecoding;
  if (forced === 'gb18030') decoding = { encoding: 'gb18030' };
  else {
    // Do not judge a character cut at the sample's end.
    while (sampleEnd < bytes.length && sampleEnd > skip && (bytes[sampleEnd] & 0xc0) === 0x80) sampleEnd--;
    if (isValidUtf8(bytes, skip, sampleEnd)) decoding = UTF8;
    else if (forced) return null;
    else {
      // GB18030 is judged on whole lines: the sample ends after its last line end.
      const lastLf = bytes.lastIndexOf(0x0a, sampleEnd - 1);
      if (sampleEnd < bytes.length) sampleEnd = lastLf >= skip ? lastLf + 1 : skip;
      if (sampleEnd === skip || !looksGb18030(bytes, skip, sampleEnd)) return null;
      // GB18030 reads most Big5, Shift_JIS and Latin bytes too: only a clear GB18030 is read so.
      const guess = guessLegacyEncoding(bytes, skip, sampleEnd);
      if (guess.encoding !== 'gb18030' || !guess.certain) return null;
      decoding = { encoding: 'gb18030', refuseUtf8: true };
    }
  }
  const sample = new TextDecoder(decoding.encoding, { ignoreBOM: true }).decode(bytes.subarray(skip, sampleEnd));
  const layout = { ...delimitedLayout(sample, { delimiter: options.delimiter }), decoding };
  if (!readableAsBytes(layout)) return null;
  if (decoding.encoding === 'gb18030' && !gbSafeDelimiter(layout.delimiter)) return null;
  return { layout, skip };
}

export function noDataIssue(raw: RawTable, fileName: string): Issue | null {
  if (raw.columns.length > 0 && raw.sourceRows.length > 0) return null;
  if (raw.names.length > 0 && raw.header) {
    return {
      severity: 'error',
      code: 'header-only',
      file: fileName,
      message: `${fileName} has a header row (${raw.names.slice(0, 5).join(', ')}${raw.names.length > 5 ? ', …' : ''}) but no data rows. Export the data again with its rows.`,
    };
  }
  return {
    severity: 'error',
    code: 'empty-file',
    file: fileName,
    message: `${fileName} has no data rows. Export the data again, or choose another file.`,
  };
}
