/**
 * The "export to Excel" file that is an HTML table saved with an .xls name, read with the
 * tolerant tag scanner in markupScan.ts; cells come out as readXlsx gives them.
 */
import type { ReadContext, TextTable } from '../rawTable.ts';
import { UnreadableInput } from '../rawTable.ts';
import { MAX_COLUMNS, type Row, attribute, decodeEntities, scan, tooWide } from './markupScan.ts';
import { sheetTable } from './sheetTable.ts';
import type { Cell } from './xlsxSheet.ts';

/** <br> inside a cell, marked by a NUL (which text files cannot hold) until whitespace is collapsed. */
const BREAK = '\u0000';
const LINE_BREAK = new RegExp(` ?${BREAK} ?`, 'g');
/** HTML's own caps on spans (HTML Living Standard §4.9.11). */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65_534;

function span(attrs: string, name: string, cap: number): number {
  const n = Number.parseInt(attribute(attrs, name) ?? '1', 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, cap) : 1;
}

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
