/**
 * The rows of one worksheet's XML (ECMA-376 §18.3.1.73 `row`, §18.3.1.4 `c`), each with its
 * spreadsheet row number and its non-empty cells as texts.
 */
import { excelSerialToMs } from '../../core/cellText/dateText.ts';
import type { ReadContext } from '../rawTable.ts';
import { attributes, decodeXml, eachElement, elements, itemText } from './xlsxParts.ts';
import { UnreadableInput } from '../rawTable.ts';
import { cellOverLimit, MAX_CELL_CHARS, MAX_COLUMNS, MAX_SHEET_ROWS } from '../readLimits.ts';

const CELL_REF = /^([A-Z]+)(\d+)$/;

export interface Cell {
  col: number;
  text: string;
  /** A string cell (shared, inline or formula), as opposed to a number, date, boolean or error. */
  isText: boolean;
  /** Styled as a date, but its serial is no day Excel can show (negative, or past 9999-12-31): kept as the number. */
  impossibleDate?: boolean;
}

/** 9999-12-31, the last day Excel shows (its serial in the 1900 system). */
const LAST_EXCEL_SERIAL = 2958465;

export interface SheetStyle {
  strings: string[];
  isDate: boolean[];
  date1904: boolean;
}

/** The column's letters as Excel shows them: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  // More than three letters is past XFD; the loop is not run on an arbitrarily long name.
  if (letters.length > 3) return Infinity;
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** A cell (or a row) outside Excel's 16,384 × 1,048,576 grid: refused, named by sheet and cell. */
function beyondGrid(ctx: ReadContext, sheet: string, cell: string): UnreadableInput {
  const shown = cell.length > 24 ? `${cell.slice(0, 24)}…` : cell;
  return new UnreadableInput({
    severity: 'error',
    code: 'cell-beyond-grid',
    file: ctx.fileName,
    params: { sheet, cell: shown },
    message: `Sheet "${sheet}" in ${ctx.fileName} has a cell at ${shown}, beyond Excel's grid (last column XFD, last row 1,048,576). The file was not written by Excel or is damaged: open it in Excel and save it again.`,
  });
}

/** The serial as a date text, or null when it is no day Excel can show (`new Date` would throw "Invalid time value"). */
export function serialText(serial: number, date1904: boolean): string | null {
  const days = date1904 ? serial + 1462 : serial;
  if (!(serial >= 0) || !(days < LAST_EXCEL_SERIAL + 1)) return null;
  const ms = excelSerialToMs(days);
  const iso = new Date(Math.round(ms / 1000) * 1000).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

function cellText(tag: string, inner: string, style: SheetStyle): Omit<Cell, 'col'> {
  const a = attributes(tag);
  const v = elements(inner, 'v')[0]?.[1];
  const raw = v === undefined ? '' : decodeXml(v);
  switch (a.t) {
    case 's':
      return { text: style.strings[Number(raw)] ?? '', isText: true };
    case 'inlineStr':
      return { text: itemText(elements(inner, 'is')[0]?.[1] ?? ''), isText: true };
    case 'str':
      return { text: raw, isText: true };
    case 'b':
      return { text: raw === '' ? '' : raw === '1' || raw === 'true' ? 'TRUE' : 'FALSE', isText: false };
    case 'e':
    case 'd':
      return { text: raw, isText: false };
  }
  if (raw.trim() === '') return { text: '', isText: false };
  const n = Number(raw);
  if (!style.isDate[Number(a.s ?? 0)]) return { text: String(n), isText: false };
  const date = serialText(n, style.date1904);
  return date === null ? { text: String(n), isText: false, impossibleDate: true } : { text: date, isText: false };
}

/**
 * Rows with at least one non-empty cell, in time linear in the XML (unclosed tags included);
 * yields to the event loop every 5,000 rows. A cell or row outside Excel's grid, or a text
 * longer than a cell may hold, is refused with the sheet and cell.
 */
export async function* sheetRows(
  xml: string,
  style: SheetStyle,
  ctx: ReadContext,
  sheet = '',
): AsyncGenerator<{ rowNumber: number; cells: Cell[] }> {
  let rowNumber = 0;
  let seen = 0;
  for (const row of eachElement(xml, 'row')) {
    const r = attributes(row.attrs).r;
    const given = Number(r);
    rowNumber = r !== undefined && Number.isInteger(given) && given > 0 ? given : rowNumber + 1;
    if (rowNumber > MAX_SHEET_ROWS) throw beyondGrid(ctx, sheet, `${rowNumber}:${rowNumber}`);
    if (++seen % 5000 === 0) {
      ctx.progress({ phase: 'parsing', bytes: Math.round((ctx.totalBytes * row.start) / xml.length), rows: seen });
      await ctx.checkpoint();
    }
    const cells: Cell[] = [];
    let col = -1;
    for (const c of eachElement(row.inner ?? '', 'c')) {
      const a = attributes(c.attrs);
      const ref = a.r === undefined ? null : CELL_REF.exec(a.r);
      if (ref && Number(ref[2]) > MAX_SHEET_ROWS) throw beyondGrid(ctx, sheet, a.r!);
      col = ref ? columnIndex(ref[1]) : col + 1;
      if (col >= MAX_COLUMNS) throw beyondGrid(ctx, sheet, a.r ?? `${columnLetters(col)}${rowNumber}`);
      const cell = cellText(c.attrs, c.inner ?? '', style);
      if (cell.text.length > MAX_CELL_CHARS)
        throw cellOverLimit(ctx.fileName, cell.text.length, { sheet, cell: `${columnLetters(col)}${rowNumber}` });
      if (cell.text !== '') cells.push({ col, ...cell });
    }
    if (cells.length > 0) yield { rowNumber, cells };
  }
}
