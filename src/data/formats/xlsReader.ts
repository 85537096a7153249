/**
 * Excel 97–2003 workbooks (.xls: BIFF8 records, [MS-XLS], in an OLE2 compound file) as cell
 * texts, the same way readXlsx gives them. Our own reader: the only npm package that reads
 * BIFF8 is SheetJS's `xlsx` 0.18.5, stale with known advisories (its maintained builds are
 * published off npm). One pass over the records of the globals and of the chosen sheet; every
 * length is checked against the bytes that remain, so a damaged file is named, not followed.
 */
import type { Issue } from '../../engine/api.ts';
import { type ReadContext, type TextTable, UnreadableInput } from '../rawTable.ts';
import { CompoundFile, DamagedCompoundFile } from './compoundFile.ts';
import { chooseSheet, hiddenSheetsNote, sheetTable } from './sheetTable.ts';
import { damagedWorkbookIssue, otherWorkbookIssue } from './workbookKinds.ts';
import { BUILTIN_DATE_FORMATS, isDateFormatCode } from './xlsxParts.ts';
import { type Cell, serialText } from './xlsxSheet.ts';

const enum Rec {
  BOF = 0x0809,
  EOF = 0x000a,
  FILEPASS = 0x002f,
  DATEMODE = 0x0022,
  FORMAT = 0x041e,
  XF = 0x00e0,
  SST = 0x00fc,
  CONTINUE = 0x003c,
  BOUNDSHEET = 0x0085,
  LABELSST = 0x00fd,
  LABEL = 0x0204,
  RSTRING = 0x00d6,
  NUMBER = 0x0203,
  RK = 0x027e,
  MULRK = 0x00bd,
  BOOLERR = 0x0205,
  FORMULA = 0x0006,
  STRING = 0x0207,
}

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

class Damaged extends Error {}

/** Bytes split over a record and the CONTINUE records after it, read as one run. */
class Segments {
  private k = 0;
  pos: number;
  constructor(
    private readonly parts: Uint8Array[],
    start: number,
  ) {
    this.pos = start;
  }
  private get seg(): Uint8Array {
    return this.parts[this.k];
  }
  get done(): boolean {
    while (this.k < this.parts.length - 1 && this.pos >= this.seg.length) {
      this.pos -= this.seg.length;
      this.k++;
    }
    return this.pos >= this.seg.length;
  }
  private need(n: number): Uint8Array {
    if (this.done || this.pos + n > this.seg.length) throw new Damaged('a text is cut short');
    return this.seg;
  }
  u8(): number {
    return this.need(1)[this.pos++];
  }
  u16(): number {
    const s = this.need(2);
    const v = s[this.pos] | (s[this.pos + 1] << 8);
    this.pos += 2;
    return v;
  }
  u32(): number {
    const s = this.need(4);
    const v = (s[this.pos] | (s[this.pos + 1] << 8) | (s[this.pos + 2] << 16) | (s[this.pos + 3] << 24)) >>> 0;
    this.pos += 4;
    return v;
  }
  /** Skips bytes (rich-text runs, phonetic data), which continue with no option byte. */
  skip(n: number) {
    this.pos += n;
    if (this.done && this.pos > this.seg.length) throw new Damaged('a text is cut short');
  }
  /**
   * `count` characters, one byte each (Latin-1) or two (UTF-16LE) as `high` says; where they
   * run into a CONTINUE record, its first byte says which again ([MS-XLS] 2.5.293).
   */
  chars(count: number, high: boolean): string {
    let text = '';
    let left = count;
    const codes: number[] = [];
    for (;;) {
      const s = this.seg;
      const width = high ? 2 : 1;
      const take = Math.min(left, Math.max(0, Math.floor((s.length - this.pos) / width)));
      for (let i = 0; i < take; i++) {
        codes.push(high ? s[this.pos] | (s[this.pos + 1] << 8) : s[this.pos]);
        this.pos += width;
        if (codes.length === 4096) {
          text += String.fromCharCode(...codes);
          codes.length = 0;
        }
      }
      left -= take;
      if (left === 0) break;
      if (this.k + 1 >= this.parts.length) throw new Damaged('a text is cut short');
      this.k++;
      this.pos = 0;
      high = (this.u8() & 1) === 1;
    }
    return text + String.fromCharCode(...codes);
  }
}

/** An XLUnicodeRichExtendedString (SST items, [MS-XLS] 2.5.293) or, without extras, an XLUnicodeString. */
function unicodeString(r: Segments, cch: number): string {
  const flags = r.u8();
  const runs = flags & 0x08 ? r.u16() : 0;
  const ext = flags & 0x04 ? r.u32() : 0;
  const text = r.chars(cch, (flags & 1) === 1);
  if (runs + ext > 0) r.skip(4 * runs + ext);
  return text;
}

function sharedStrings(parts: Uint8Array[]): string[] {
  const r = new Segments(parts, 8);
  const head = parts[0];
  const declared = head.length >= 8 ? (head[4] | (head[5] << 8) | (head[6] << 16) | (head[7] << 24)) >>> 0 : 0;
  const out: string[] = [];
  while (out.length < declared && !r.done) out.push(unicodeString(r, r.u16()));
  return out;
}

function rkNumber(view: DataView, at: number): number {
  const rk = view.getInt32(at, true);
  let n: number;
  if (rk & 2) n = rk >> 2;
  else {
    const bits = new DataView(new ArrayBuffer(8));
    bits.setUint32(4, rk & 0xfffffffc, true);
    n = bits.getFloat64(0, true);
  }
  return rk & 1 ? n / 100 : n;
}

interface BiffRecord {
  type: number;
  data: Uint8Array;
  /** The CONTINUE records right after it. */
  more: Uint8Array[];
  /** Where it starts in the stream. */
  at: number;
}

/** The records from `start` on; a record longer than the stream is damage. */
function* records(stream: Uint8Array, start: number): Generator<BiffRecord> {
  let at = start;
  while (at + 4 <= stream.length) {
    const type = stream[at] | (stream[at + 1] << 8);
    const size = stream[at + 2] | (stream[at + 3] << 8);
    if (at + 4 + size > stream.length) throw new Damaged(`a record at byte ${at} runs past the end of the workbook`);
    const rec: BiffRecord = { type, data: stream.subarray(at + 4, at + 4 + size), more: [], at };
    at += 4 + size;
    if (type === Rec.SST || type === Rec.STRING) {
      while (at + 4 <= stream.length && (stream[at] | (stream[at + 1] << 8)) === Rec.CONTINUE) {
        const n = stream[at + 2] | (stream[at + 3] << 8);
        if (at + 4 + n > stream.length) throw new Damaged(`a record at byte ${at} runs past the end of the workbook`);
        rec.more.push(stream.subarray(at + 4, at + 4 + n));
        at += 4 + n;
      }
    }
    yield rec;
  }
}

interface SheetEntry {
  name: string;
  hidden: boolean;
  offset: number;
}

interface Globals {
  strings: string[];
  isDate: boolean[];
  date1904: boolean;
  sheets: SheetEntry[];
}

function globals(stream: Uint8Array, file: string): Globals {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  const sheets: SheetEntry[] = [];
  let strings: string[] = [];
  let date1904 = false;
  let first = true;
  for (const rec of records(stream, 0)) {
    const d = rec.data;
    const view = new DataView(d.buffer, d.byteOffset, d.byteLength);
    if (first) {
      first = false;
      const version = rec.type === Rec.BOF && d.length >= 2 ? view.getUint16(0, true) : -1;
      if (version === 0x0500) throw new UnreadableInput(otherWorkbookIssue('biff5', file));
      if (version !== 0x0600) throw new Damaged('it does not start with an Excel 97–2003 workbook header');
      continue;
    }
    switch (rec.type) {
      case Rec.FILEPASS:
        throw new UnreadableInput(otherWorkbookIssue('encrypted', file));
      case Rec.DATEMODE:
        date1904 = d.length >= 2 && view.getUint16(0, true) === 1;
        break;
      case Rec.FORMAT:
        if (d.length >= 5)
          custom.set(view.getUint16(0, true), unicodeString(new Segments([d], 4), view.getUint16(2, true)));
        break;
      case Rec.XF:
        xfFormats.push(d.length >= 4 ? view.getUint16(2, true) : 0);
        break;
      case Rec.SST:
        strings = sharedStrings([d, ...rec.more]);
        break;
      case Rec.BOUNDSHEET: {
        if (d.length < 8) throw new Damaged('a sheet entry is cut short');
        // Worksheets only (dt 0): chart sheets, macro sheets and VBA modules hold no table.
        if (d[5] !== 0) break;
        const r = new Segments([d], 7);
        const name = r.chars(d[6], (r.u8() & 1) === 1);
        sheets.push({ name, hidden: (d[4] & 3) !== 0, offset: view.getUint32(0, true) });
        break;
      }
      case Rec.EOF:
        return { strings, isDate: dateFlags(xfFormats, custom), date1904, sheets };
    }
  }
  throw new Damaged('its list of sheets is cut short');
}

function dateFlags(xfFormats: number[], custom: Map<number, string>): boolean[] {
  return xfFormats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_FORMATS.has(id);
  });
}

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
