/**
 * A SpreadsheetML 2003 workbook (an XML Workbook in urn:schemas-microsoft-com:office:spreadsheet)
 * saved with an .xls name, read with the tolerant tag scanner in markupScan.ts; cells come out
 * as readXlsx gives them.
 */
import type { ReadContext, TextTable } from '../rawTable.ts';
import { MAX_COLUMNS, type Row, attribute, decodeEntities, scan, tooWide } from './markupScan.ts';
import { chooseSheet, hiddenSheetsNote, sheetTable } from './sheetTable.ts';

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
