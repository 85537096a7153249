/** One file's bytes into a RawTable, by format; what cannot be read comes back as an issue. */
import type { Issue, ParseOptions } from '../engine/api.ts';
import { decodeText } from './encoding.ts';
import { readDelimited } from './delimitedReader.ts';
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
