/** One file's bytes into a RawTable, by format; what cannot be read comes back as an issue. */
import type { Issue, ParseOptions } from '../engine/api.ts';
import { bomEncoding, decodeText, isValidUtf8 } from './encoding.ts';
import {
  delimitedLayout,
  readableAsBytes,
  readDelimited,
  readDelimitedBytes,
  type DelimitedLayout,
} from './delimitedReader.ts';
import { sniffFormat } from './formatSniffing.ts';
import { readXlsx } from './formats/xlsxReader.ts';
import { readParquet } from './formats/parquetReader.ts';
import { readArrow } from './formats/arrowReader.ts';
import { readJson } from './formats/jsonReader.ts';
import { UnreadableInput, type RawTable, type ReadContext, type TextTable } from './rawTable.ts';
import { encodeTexts } from '../core/encodedColumn.ts';

function encoded(table: TextTable): RawTable {
  return { ...table, columns: table.columns.map((texts) => encodeTexts(texts)) };
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
    case 'parquet':
      return encoded(await readParquet(box.bytes!, ctx));
    case 'arrow':
      return encoded(await readArrow(box.bytes!, ctx));
    case 'json': {
      const decoded = decodeText(box.bytes!, ctx.fileName, options.encoding);
      box.bytes = null;
      const raw = encoded(await readJson(decoded.text, ctx, ctx.fileName));
      return { ...raw, encoding: decoded.encoding, issues: [...decoded.issues, ...raw.issues] };
    }
    case 'delimited': {
      const fromBytes = await readUtf8Delimited(box.bytes!, ctx, options);
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
 * Delimited UTF-8 text read from its bytes (the fast path), or null when the file is in
 * another encoding or layout — then it is decoded whole and scanned as text. A start that is
 * not valid UTF-8 goes the decoding way at once; a bad byte further in is found when the
 * values are decoded, and the file is read again the other way.
 */
async function readUtf8Delimited(bytes: Uint8Array, ctx: ReadContext, options: ParseOptions): Promise<RawTable | null> {
  const start = utf8DelimitedStart(bytes, options);
  if (!start) return null;
  const { layout, skip } = start;
  const raw = await readDelimitedBytes(bytes.subarray(skip), ctx, layout, options.header, skip);
  return raw && { ...raw, encoding: 'utf-8' };
}

/**
 * How delimited text is laid out and where its first record starts (after a UTF-8 BOM), when
 * its first bytes say it can be read as UTF-8 bytes; null when it must be decoded first. Only
 * the first 64 KB of `bytes` are looked at: the start of the file is enough.
 */
export function utf8DelimitedStart(
  bytes: Uint8Array,
  options: ParseOptions,
): { layout: DelimitedLayout; skip: number } | null {
  if (options.encoding && options.encoding !== 'utf-8') return null;
  const bom = bomEncoding(bytes);
  if (bom && bom.encoding !== 'utf-8') return null;
  const skip = bom ? bom.length : 0;
  let sampleEnd = Math.min(bytes.length, skip + SAMPLE_BYTES);
  // Do not judge a character cut at the sample's end.
  while (sampleEnd < bytes.length && sampleEnd > skip && (bytes[sampleEnd] & 0xc0) === 0x80) sampleEnd--;
  if (!isValidUtf8(bytes, skip, sampleEnd)) return null;
  const sample = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(skip, sampleEnd));
  const layout = delimitedLayout(sample, { delimiter: options.delimiter });
  return readableAsBytes(layout) ? { layout, skip } : null;
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
