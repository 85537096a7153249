/**
 * The two "export to Excel" files that are markup saved with an .xls name: an HTML table and a
 * SpreadsheetML 2003 workbook (an XML Workbook in urn:schemas-microsoft-com:office:spreadsheet).
 * One tolerant tag scanner reads both in a single pass (indexOf, no backtracking), so unclosed
 * or stray tags cost nothing extra; cells come out as readXlsx gives them.
 */
import type { ReadContext, TextTable } from '../rawTable.ts';
import { UnreadableInput } from '../rawTable.ts';
import { chooseSheet, hiddenSheetsNote, sheetTable } from './sheetTable.ts';
import type { Cell } from './xlsxSheet.ts';

const MAX_COLUMNS = 16_384;
/** <br> inside a cell, marked by a NUL (which text files cannot hold) until whitespace is collapsed. */
const BREAK = '\u0000';
const LINE_BREAK = new RegExp(` ?${BREAK} ?`, 'g');
/** HTML's own caps on spans (HTML Living Standard §4.9.11). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65_534;

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  reg: '®',
  yen: '¥',
  euro: '€',
  pound: '£',
  middot: '·',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  times: '×',
  divide: '÷',
  deg: '°',
  plusmn: '±',
};

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));?/g,
    (m, dec?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? m;
      const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    },
  );
}

interface Tag {
  name: string;
  closing: boolean;
  attrs: string;
}

/**
 * Calls `onText` for the text between tags and `onTag` for each tag, in order; comments,
 * <script>, <style> and processing instructions are skipped. Linear in the text.
 */
function scan(text: string, onTag: (t: Tag) => void, onText: (s: string) => void) {
  let at = 0;
  const n = text.length;
  while (at < n) {
    const lt = text.indexOf('<', at);
    if (lt < 0) {
      onText(text.slice(at));
      return;
    }
    if (lt > at) onText(text.slice(at, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      at = end < 0 ? n : end + 3;
      continue;
    }
    const gt = text.indexOf('>', lt + 1);
    if (gt < 0) {
      onText(text.slice(lt));
      return;
    }
    const inner = text.slice(lt + 1, gt);
    at = gt + 1;
    const m = /^(\/?)([A-Za-z][\w:.-]*)/.exec(inner);
    if (!m) continue; // <!DOCTYPE>, <?xml?>, or a stray '<'
    const name = m[2].toLowerCase().replace(/^\w+:/, '');
    const closing = m[1] === '/';
    if (!closing && (name === 'script' || name === 'style')) {
      const close = name === 'script' ? /<\/script/gi : /<\/style/gi;
      close.lastIndex = at;
      at = close.exec(text)?.index ?? n;
      continue;
    }
    onTag({ name, closing, attrs: inner.slice(m[0].length) });
  }
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)(?:\\w+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3]) : undefined;
}

function span(attrs: string, name: string, cap: number): number {
  const n = Number.parseInt(attribute(attrs, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, cap) : 1;
}

function tooWide(file: string, where: string): UnreadableInput {
  return new UnreadableInput({
    severity: 'error',
    code: 'too-many-columns',
    file,
    params: { count: MAX_COLUMNS },
    message: `${file} has more than ${MAX_COLUMNS.toLocaleString('en')} columns (${where}), more than Excel holds. Export fewer columns and open that.`,
  });
}

type Row = { rowNumber: number; cells: Cell[] };

/**
 * An HTML table as Excel opens it: each <tr> a row, each <td>/<th> a cell, a spanned cell's
 * text in its first column and row (the rest empty, as Excel merges them), <br> a line break,
 * whitespace collapsed. Of several tables the one with the most rows is read; a table inside a
 * cell is that cell's text.
 */
export async function readHtmlTable(text: string, ctx: ReadContext, options: { header?: boolean }): Promise<TextTable> {
  const file = ctx.fileName;
  const tables: Row[][] = [];
  let rows: Row[] | undefined;
  let nested = 0;
  let cells: Cell[] | undefined;
  let cellText: string[] | undefined;
  let col = 0;
  let isHeaderCell = false;
  let covered: number[] = []; // rows still covered by a rowspan, per column
  let cellSpan = { cols: 1, rows: 1 };

  const endCell = () => {
    if (!cells || !cellText) return;
    const value = cellText
      .join('')
      .replace(/[ \t\r\n\f\u00a0]+/g, ' ')
      .replace(LINE_BREAK, '\n')
      .trim();
    while ((covered[col] ?? 0) > 0) col++;
    if (col + cellSpan.cols > MAX_COLUMNS) throw tooWide(file, `row ${(rows?.length ?? 0) + 1}`);
    if (value !== '') cells.push({ col, text: value, isText: isHeaderCell || !/^[-+]?[\d.,]+%?$/.test(value) });
    for (let k = 0; k < cellSpan.cols; k++) covered[col + k] = Math.max(covered[col + k] ?? 0, cellSpan.rows);
    col += cellSpan.cols;
    cellText = undefined;
  };
  const endRow = () => {
    endCell();
    if (!cells || !rows) return;
    const kept = cells.filter((c) => c.text !== '');
    rows.push({ rowNumber: rows.length + 1, cells: kept });
    for (let k = 0; k < covered.length; k++) if (covered[k] > 0) covered[k]--;
    cells = undefined;
  };
  scan(
    text,
    (t) => {
      if (t.name === 'table') {
        if (cellText !== undefined) {
          nested += t.closing ? -1 : 1;
          if (nested >= 0) return;
          nested = 0;
        }
        if (t.closing) {
          endRow();
          if (rows) tables.push(rows);
          rows = undefined;
        } else if (rows === undefined) {
          rows = [];
          covered = [];
        }
        return;
      }
      if (rows === undefined || nested > 0) {
        if (cellText !== undefined && t.name === 'br') cellText.push(BREAK);
        return;
      }
      switch (t.name) {
        case 'tr':
          endRow();
          if (!t.closing) {
            cells = [];
            col = 0;
          }
          break;
        case 'td':
        case 'th':
          endCell();
          if (!t.closing) {
            if (!cells) {
              cells = [];
              col = 0;
            }
            cellText = [];
            isHeaderCell = t.name === 'th';
            cellSpan = { cols: span(t.attrs, 'colspan', MAX_COLSPAN), rows: span(t.attrs, 'rowspan', MAX_ROWSPAN) };
          }
          break;
        case 'br':
          cellText?.push(BREAK);
          break;
        case 'p':
        case 'div':
          if (t.closing && cellText && cellText.length > 0) cellText.push(BREAK);
          break;
      }
    },
    (s) => cellText?.push(decodeEntities(s)),
  );
  endRow();
  if (rows) tables.push(rows);
  await ctx.checkpoint();
  if (tables.length === 0 || tables.every((t) => t.length === 0)) {
    throw new UnreadableInput({
      severity: 'error',
      code: 'empty-file',
      file,
      message: `${file} is a web page (HTML) with no table in it. Export the data again as a table, CSV or .xlsx.`,
    });
  }
  let best = tables[0];
  for (const t of tables) if (t.length > best.length) best = t;
  const table = await sheetTable(
    best.filter((r) => r.cells.length > 0),
    { file, format: 'html-table', header: options.header },
  );
  if (tables.length > 1) {
    table.issues.unshift({
      severity: 'info',
      code: 'several-tables',
      file,
      count: tables.length,
      params: { table: tables.indexOf(best) + 1, rows: best.length },
      message: `${file} holds ${tables.length} tables; the one with the most rows (table ${tables.indexOf(best) + 1}, ${best.length} rows) was read.`,
    });
  }
  ctx.progress({ phase: 'parsing', bytes: ctx.totalBytes, rows: table.sourceRows.length });
  return table;
}

/** SpreadsheetML 2003 DateTime ('2024-01-05T00:00:00.000') as readXlsx words a date. */
function dateTimeText(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(value.trim());
  if (!m) return value.trim();
  return m[2] === undefined || m[2] === '00:00:00' ? m[1] : `${m[1]}T${m[2]}`;
}

function spreadsheetMlValue(type: string, raw: string): string {
  switch (type) {
    case 'DateTime':
      return dateTimeText(raw);
    case 'Boolean':
      return raw.trim() === '' ? '' : raw.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'Number': {
      // As readXlsx gives a number: 2726.0 is 2726.
      const n = raw.trim() === '' ? NaN : Number(raw);
      return Number.isFinite(n) ? String(n) : raw.trim();
    }
    default:
      return raw;
  }
}

/**
 * A SpreadsheetML 2003 workbook: <Worksheet ss:Name> → <Table> → <Row ss:Index> → <Cell
 * ss:Index ss:MergeAcross> → <Data ss:Type>. A sheet whose options say <Visible>SheetHidden
 * (or SheetVeryHidden) is not opened unless asked for by name.
 */
export async function readSpreadsheetMl(
  text: string,
  ctx: ReadContext,
  options: { sheet?: string; header?: boolean },
): Promise<TextTable> {
  const file = ctx.fileName;
  type Sheet = { name: string; hidden: boolean; rows: Row[] };
  const sheets: Sheet[] = [];
  let sheet: Sheet | undefined;
  let row: Row | undefined;
  let col = 0;
  let cell: { col: number; type: string; text: string[] } | undefined;
  let inData = false;
  let inVisible: string[] | undefined;
  scan(
    text,
    (t) => {
      switch (t.name) {
        case 'worksheet':
          if (t.closing) sheet = undefined;
          else
            sheets.push(
              (sheet = { name: attribute(t.attrs, 'Name') ?? `Sheet${sheets.length + 1}`, hidden: false, rows: [] }),
            );
          break;
        case 'row':
          if (!sheet) break;
          if (t.closing) row = undefined;
          else {
            const index = Number(attribute(t.attrs, 'Index'));
            const last = sheet.rows[sheet.rows.length - 1]?.rowNumber ?? 0;
            row = { rowNumber: Number.isInteger(index) && index > last ? index : last + 1, cells: [] };
            sheet.rows.push(row);
            col = 0;
            if (t.attrs.trimEnd().endsWith('/')) row = undefined;
          }
          break;
        case 'cell':
          if (!row) break;
          if (t.closing || t.attrs.trimEnd().endsWith('/')) {
            if (!t.closing) {
              const index = Number(attribute(t.attrs, 'Index'));
              col =
                (Number.isInteger(index) && index > col ? index - 1 : col) +
                1 +
                Number(attribute(t.attrs, 'MergeAcross') ?? 0);
            }
            if (cell) {
              const raw = cell.text.join('');
              const value = spreadsheetMlValue(cell.type, raw);
              if (value !== '') row.cells.push({ col: cell.col, text: value, isText: cell.type === 'String' });
              cell = undefined;
            }
          } else {
            const index = Number(attribute(t.attrs, 'Index'));
            if (Number.isInteger(index) && index > col) col = index - 1;
            if (col >= MAX_COLUMNS) throw tooWide(file, `sheet "${sheet?.name ?? ''}", row ${row.rowNumber}`);
            cell = { col, type: 'String', text: [] };
            col += 1 + Math.max(0, Math.min(MAX_COLUMNS, Number(attribute(t.attrs, 'MergeAcross') ?? 0) || 0));
          }
          break;
        case 'data':
          if (!cell) break;
          inData = !t.closing;
          if (!t.closing) cell.type = attribute(t.attrs, 'Type') ?? 'String';
          break;
        case 'visible':
          inVisible = t.closing ? undefined : [];
          break;
      }
    },
    (s) => {
      if (inData && cell) cell.text.push(decodeEntities(s));
      else if (inVisible && sheet) sheet.hidden ||= /SheetHidden|SheetVeryHidden/.test(s);
    },
  );
  await ctx.checkpoint();
  const chosen = chooseSheet(sheets, options.sheet, file);
  const table = await sheetTable(
    chosen.rows.filter((r) => r.cells.length > 0),
    { file, format: 'spreadsheetml', sheet: chosen.name, sheets: sheets.map((s) => s.name), header: options.header },
  );
  table.issues.unshift(...hiddenSheetsNote(sheets, chosen.name, file));
  ctx.progress({ phase: 'parsing', bytes: ctx.totalBytes, rows: table.sourceRows.length });
  return table;
}
