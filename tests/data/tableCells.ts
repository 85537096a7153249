import type { EncodedColumn, RawTable } from '../../src/data/rawTable.ts';
import { encodeNumbers, isNumberColumn, type ReadColumn } from '../../src/data/buffers/numberColumn.ts';
import type { ParseOptions } from '../../src/engine/api.ts';
import { decodeText } from '../../src/data/delimited/encoding.ts';
import { readDelimited } from '../../src/data/delimited/delimitedReader.ts';
import { readContext } from './formats/readContext.ts';

/**
 * A RawTable as plain data, to compare two readings of the same file: every cell's text, the
 * codes (a dictionary in first-appearance order, as one scan numbers it), row numbers, issues,
 * header and delimiter.
 */
export function tableCells(raw: RawTable) {
  const columns = raw.columns.map(asTexts);
  return {
    names: raw.names,
    rows: columns.map((c) => Array.from(c.codes, (code) => c.dictionary[code])),
    codes: columns.map((c) => Array.from(c.codes)),
    sourceRows: Array.from(raw.sourceRows),
    issues: raw.issues,
    header: raw.header,
    delimiter: raw.delimiter,
  };
}

/** A column as read as codes into its cell texts (a number column's texts are its numbers). */
export function asTexts(column: ReadColumn): EncodedColumn {
  return isNumberColumn(column) ? encodeNumbers(column) : column;
}

/** The cell texts of a column as read. */
export function cellTexts(column: ReadColumn): string[] {
  const { codes, dictionary } = asTexts(column);
  return Array.from(codes, (code) => dictionary[code]);
}

/** tableCells of a reading that may have given up (null). */
export function tableCellsOrNull(raw: RawTable | null) {
  return raw && tableCells(raw);
}

/**
 * A delimited file read the way that does not go through bytes: decoded whole (decodeText)
 * and scanned as text. The reference for the readers that work on bytes.
 */
export async function readAsText(bytes: Uint8Array, options: ParseOptions = {}): Promise<RawTable> {
  const decoded = decodeText(bytes, 't.csv', options.encoding);
  const raw = await readDelimited(decoded.text, readContext('t.csv'), { delimiter: options.delimiter }, 1);
  return { ...raw, encoding: decoded.encoding, issues: [...decoded.issues, ...raw.issues] };
}
