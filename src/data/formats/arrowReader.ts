/**
 * Arrow IPC files and streams (Feather v2) as cell texts. apache-arrow gives dates and
 * timestamps of every unit as epoch milliseconds, dictionaries as their values, 64-bit
 * integers as bigint and decimals as unscaled big numbers.
 */
import { DataType, tableFromIPC, type Table } from 'apache-arrow';
import type { Issue } from '../../engine/api.ts';
import { type TextTable, type ReadContext, UnreadableInput, uniqueColumnNames } from '../rawTable.ts';
import { cellText, instantText } from './cellText.ts';
import { checkTableSize } from '../readLimits.ts';
import { RowMap } from '../buffers/rowMap.ts';
import { shortText } from '../../core/cellText/shortText.ts';

type CellReader = (value: unknown) => string;

function withScale(digits: string, scale: number): string {
  if (scale <= 0) return digits;
  const negative = digits.startsWith('-');
  const body = (negative ? digits.slice(1) : digits).padStart(scale + 1, '0');
  return `${negative ? '-' : ''}${body.slice(0, -scale)}.${body.slice(-scale)}`;
}

/** How to turn this type's values into texts, or undefined when a flat table cannot hold them. */
function cellReader(type: DataType): CellReader | undefined {
  if (DataType.isDictionary(type)) return cellReader(type.dictionary);
  if (DataType.isDate(type) || DataType.isTimestamp(type)) {
    return (v) => (typeof v === 'number' ? instantText(v) : cellText(v));
  }
  if (DataType.isDecimal(type)) {
    const scale = type.scale;
    return (v) => (v === null || v === undefined ? '' : withScale(String(v), scale));
  }
  const flat =
    DataType.isNull(type) ||
    DataType.isInt(type) ||
    DataType.isFloat(type) ||
    DataType.isBool(type) ||
    DataType.isUtf8(type) ||
    DataType.isLargeUtf8(type) ||
    DataType.isUtf8View(type);
  return flat ? cellText : undefined;
}

function parse(bytes: Uint8Array, file: string): Table {
  const damaged = (code: 'truncated-file' | 'unreadable') =>
    new UnreadableInput({
      severity: 'error',
      code,
      file,
      message:
        code === 'truncated-file'
          ? `${file} seems cut short or damaged: its Arrow data ends early or is broken. Export or download it again and reopen it.`
          : `${file} is not an Arrow IPC file or stream. Check the file's type, or export it again as Arrow (Feather v2).`,
    });
  let table: Table;
  try {
    table = tableFromIPC(bytes);
  } catch {
    const magic = new TextDecoder().decode(bytes.subarray(0, 6)) === 'ARROW1';
    const continuation =
      bytes.length >= 4 && bytes[0] === 0xff && bytes[1] === 0xff && bytes[2] === 0xff && bytes[3] === 0xff;
    throw damaged(magic || continuation ? 'truncated-file' : 'unreadable');
  }
  // apache-arrow reads bytes that are not Arrow at all as a table without columns.
  if (table.numCols === 0 && bytes.length > 0) throw damaged('unreadable');
  return table;
}

export async function readArrow(bytes: Uint8Array, ctx: ReadContext): Promise<TextTable> {
  const file = ctx.fileName;
  const table = parse(bytes, file);
  const fields = table.schema.fields;
  const readers = fields.map((field) => {
    const reader = cellReader(field.type);
    if (reader !== undefined) return reader;
    const kind = String(field.type).split('<')[0].toLowerCase();
    throw new UnreadableInput({
      severity: 'error',
      code: 'unsupported-type',
      file,
      column: field.name,
      params: { type: String(field.type) },
      message: `Column "${shortText(field.name)}" in ${file} holds ${kind} values (${String(field.type)}), which cannot be shown as one cell per row. Convert this column to text or drop it before export, then open the file again.`,
    });
  });
  const { names, issues } = uniqueColumnNames(
    fields.map((f) => f.name),
    file,
  );
  checkTableSize(file, fields.length, table.numRows);
  const columns = fields.map(() => new Array<string>(table.numRows).fill(''));
  let offset = 0;
  for (const batch of table.batches) {
    for (let c = 0; c < fields.length; c++) {
      const column = columns[c];
      const read = readers[c];
      let r = offset;
      for (const value of batch.getChildAt(c) ?? []) column[r++] = read(value);
    }
    offset += batch.numRows;
    ctx.progress({
      phase: 'parsing',
      bytes: Math.round((bytes.length * offset) / Math.max(table.numRows, 1)),
      rows: offset,
    });
    await ctx.checkpoint();
  }
  const noted: Issue[] = [...issues];
  if (table.numRows === 0)
    noted.push({ severity: 'warning', code: 'header-only', file, message: `${file} has columns but no rows.` });
  const sourceRows = RowMap.fromRuns(table.numRows, Int32Array.of(0), Int32Array.of(1));
  return { names, columns, sourceRows, issues: noted, format: 'arrow', header: true };
}
