/**
 * Excel 97–2003 workbooks (.xls: BIFF8 records, [MS-XLS], in an OLE2 compound file) as cell
 * texts, the same way readXlsx gives them. Our own reader: the only npm package that reads
 * BIFF8 is SheetJS's `xlsx` 0.18.5, stale with known advisories (its maintained builds are
 * published off npm). One pass over the records of the globals (xlsGlobals.ts) and of the
 * chosen sheet, here; every length is checked against the bytes that remain (xlsRecords.ts),
 * so a damaged file is named, not followed.
 */
import type { Issue } from '../../engine/api.ts';
import { type ReadContext, type TextTable, UnreadableInput } from '../rawTable.ts';
import { CompoundFile, DamagedCompoundFile } from './compoundFile.ts';
import { chooseSheet, hiddenSheetsNote, sheetTable } from './sheetTable.ts';
import { damagedWorkbookIssue, otherWorkbookIssue } from './workbookKinds.ts';
import { type Globals, globals, type SheetEntry } from './xlsGlobals.ts';
import { Damaged, Rec, records, rkNumber, Segments, unicodeString } from './xlsRecords.ts';
import { type Cell, serialText } from './xlsxSheet.ts';

/** BErr values ([MS-XLS] 2.5.10) as Excel shows them. */
const ERRORS: Record<number, string> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/** BIFF8 sheets are 256 columns wide ([MS-XLS] 2.5.10 Col). */
const MAX_COLUMNS = 256;

/** The non-empty cells of one worksheet, by row (0-based), each row's cells by column. */
async function sheetCells(
  stream: Uint8Array,
  g: Globals,
  sheet: SheetEntry,
  ctx: ReadContext,
): Promise<Map<number, Cell[]>> {
  const rows = new Map<number, Cell[]>();
  const put = (row: number, col: number, text: string, isText: boolean) => {
    if (col >= MAX_COLUMNS)
      throw new Damaged(
        `sheet "${sheet.name}" has a cell in column ${col + 1}, past the 256 columns an Excel 97–2003 sheet holds`,
      );
    if (text === '') return;
    let cells = rows.get(row);
    if (cells === undefined) rows.set(row, (cells = []));
    cells.push({ col, text, isText });
  };
  const numberText = (xf: number, n: number) => (g.isDate[xf] ? (serialText(n, g.date1904) ?? String(n)) : String(n));
  let pendingString: { row: number; col: number } | undefined;
  let depth = 0;
  let seen = 0;
  if (sheet.offset >= stream.length) throw new Damaged(`sheet "${sheet.name}" starts past the end of the workbook`);
  for (const rec of records(stream, sheet.offset)) {
    if (++seen % 50_000 === 0) {
      ctx.progress({ phase: 'parsing', bytes: Math.round((ctx.totalBytes * rec.at) / stream.length), rows: rows.size });
      await ctx.checkpoint();
    }
    const d = rec.data;
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    if (seen === 1 && rec.type !== Rec.BOF)
      throw new Damaged(`sheet "${sheet.name}" does not start where the workbook says`);
    if (rec.type === Rec.BOF) {
      depth++;
      continue;
    }
    if (rec.type === Rec.EOF) {
      if (--depth <= 0) return rows;
      continue;
    }
    if (depth !== 1) continue;
    const cellAt = (size: number) => {
      if (d.length < size) throw new Damaged(`a cell record in sheet "${sheet.name}" is cut short`);
      return { row: view.getUint16(0, true), col: view.getUint16(2, true), xf: view.getUint16(4, true) };
    };
    switch (rec.type) {
      case Rec.LABELSST: {
        const c = cellAt(10);
        put(c.row, c.col, g.strings[view.getUint32(6, true)] ?? '', true);
        break;
      }
      case Rec.LABEL:
      case Rec.RSTRING: {
        const c = cellAt(9);
        put(c.row, c.col, unicodeString(new Segments([d], 8), view.getUint16(6, true)), true);
        break;
      }
      case Rec.NUMBER: {
        const c = cellAt(14);
        put(c.row, c.col, numberText(c.xf, view.getFloat64(6, true)), false);
        break;
      }
      case Rec.RK: {
        const c = cellAt(10);
        put(c.row, c.col, numberText(c.xf, rkNumber(view, 6)), false);
        break;
      }
      case Rec.MULRK: {
        const c = cellAt(6);
        const count = Math.floor((d.length - 6) / 6);
        for (let k = 0; k < count; k++) {
          put(c.row, c.col + k, numberText(view.getUint16(4 + 6 * k, true), rkNumber(view, 6 + 6 * k)), false);
        }
        break;
      }
      case Rec.BOOLERR: {
        const c = cellAt(8);
        const text = d[7] === 1 ? (ERRORS[d[6]] ?? '#N/A') : d[6] ? 'TRUE' : 'FALSE';
        put(c.row, c.col, text, false);
        break;
      }
      case Rec.FORMULA: {
        const c = cellAt(20);
        pendingString = undefined;
        if (d[12] !== 0xff || d[13] !== 0xff) put(c.row, c.col, numberText(c.xf, view.getFloat64(6, true)), false);
        else if (d[6] === 0) pendingString = { row: c.row, col: c.col };
        else if (d[6] === 1) put(c.row, c.col, d[8] ? 'TRUE' : 'FALSE', false);
        else if (d[6] === 2) put(c.row, c.col, ERRORS[d[8]] ?? '#N/A', false);
        break;
      }
      case Rec.STRING: {
        if (pendingString === undefined || d.length < 3) break;
        const text = unicodeString(new Segments([d, ...rec.more], 2), view.getUint16(0, true));
        put(pendingString.row, pendingString.col, text, true);
        pendingString = undefined;
        break;
      }
    }
  }
  throw new Damaged(`sheet "${sheet.name}" is cut short`);
}

function workbookStream(bytes: Uint8Array, file: string): Uint8Array {
  const cfb = CompoundFile.open(bytes);
  if (cfb.has('EncryptionInfo') || cfb.has('EncryptedPackage'))
    throw new UnreadableInput(otherWorkbookIssue('encrypted', file));
  const stream = cfb.read('Workbook');
  if (stream !== undefined) return stream;
  if (cfb.has('Book')) throw new UnreadableInput(otherWorkbookIssue('biff5', file));
  const what = cfb.has('WordDocument')
    ? 'Word document'
    : cfb.has('PowerPoint Document')
      ? 'PowerPoint presentation'
      : 'Office document that is not a workbook';
  throw new UnreadableInput({
    severity: 'error',
    code: 'binary-file',
    file,
    params: { what },
    message: `${file} is a ${what}, not a data table. Open a CSV, Excel (.xlsx or .xls), Parquet, Arrow or JSON file.`,
  });
}

export async function readXls(
  bytes: Uint8Array,
  ctx: ReadContext,
  options: { sheet?: string; header?: boolean },
): Promise<TextTable> {
  const file = ctx.fileName;
  try {
    const stream = workbookStream(bytes, file);
    const g = globals(stream, file);
    const chosen = chooseSheet(g.sheets, options.sheet, file);
    const byRow = await sheetCells(stream, g, chosen, ctx);
    const rowIndexes = [...byRow.keys()].sort((a, b) => a - b);
    const rows = rowIndexes.map((r) => {
      const cells = byRow.get(r)!;
      // Cells come in column order in files Excel writes; others may not.
      for (let k = 1; k < cells.length; k++) {
        if (cells[k].col <= cells[k - 1].col) {
          const last = new Map(cells.map((c) => [c.col, c]));
          return { rowNumber: r + 1, cells: [...last.values()].sort((a, b) => a.col - b.col) };
        }
      }
      return { rowNumber: r + 1, cells };
    });
    const table = await sheetTable(rows, {
      file,
      format: 'xls',
      sheet: chosen.name,
      sheets: g.sheets.map((s) => s.name),
      header: options.header,
    });
    const notes: Issue[] = hiddenSheetsNote(g.sheets, chosen.name, file);
    table.issues.unshift(...notes);
    ctx.progress({ phase: 'parsing', bytes: bytes.length, rows: table.sourceRows.length });
    return table;
  } catch (e) {
    if (e instanceof Damaged || e instanceof DamagedCompoundFile)
      throw new UnreadableInput(damagedWorkbookIssue(file, e instanceof Damaged ? e.message : e.reason));
    throw e;
  }
}
