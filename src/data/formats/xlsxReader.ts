/**
 * Excel workbooks (.xlsx) as cell texts. Our own small reader on fflate: SheetJS's npm package
 * (`xlsx`) is stale with known CVEs, and exceljs is large and built on Node streams; neither is a
 * runtime dependency.
 */
import { type TextTable, type ReadContext, UnreadableInput } from '../rawTable.ts';
import { dateStyles, relationships, sharedStrings, usesDate1904, workbookSheets } from './xlsxParts.ts';
import { sheetRows } from './xlsxSheet.ts';
import { chooseSheet, hiddenSheetsNote, sheetTable } from './sheetTable.ts';
import { otherWorkbookIssue } from './workbookKinds.ts';
import { keyedRecord } from '../../core/columns/keyedRecord.ts';
import { checkPartLimits, inflatePart, zipDirectory } from './zipParts.ts';

/**
 * The wanted parts of the archive as text, each inflated under the limits of zipParts.ts; all
 * are checked against the limits (from the directory) before any is inflated.
 */
function unzipParts(bytes: Uint8Array, file: string, wanted: (name: string) => boolean): Record<string, string> {
  const parts = zipDirectory(bytes, file).filter((p) => wanted(p.name));
  for (const part of parts) checkPartLimits(part, file);
  const decoder = new TextDecoder();
  const texts = keyedRecord<string>();
  for (const part of parts) texts[part.name] = decoder.decode(inflatePart(bytes, part, file));
  return texts;
}

export async function readXlsx(
  bytes: Uint8Array,
  ctx: ReadContext,
  options: { sheet?: string; header?: boolean },
): Promise<TextTable> {
  const file = ctx.fileName;
  const meta = unzipParts(
    bytes,
    file,
    (n) => n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || n === 'xl/workbook.bin' || n === 'mimetype',
  );
  const workbookXml = meta['xl/workbook.xml'];
  if (workbookXml === undefined) {
    const other =
      meta['xl/workbook.bin'] !== undefined
        ? otherWorkbookIssue('xlsb', file)
        : /opendocument\.spreadsheet/.test(meta['mimetype'] ?? '')
          ? otherWorkbookIssue('ods', file)
          : undefined;
    if (other) throw new UnreadableInput(other);
    throw new UnreadableInput({
      severity: 'error',
      code: 'not-a-workbook',
      file,
      params: { what: 'no xl/workbook.xml' },
      message: `${file} is a zip archive but not an .xlsx workbook (no xl/workbook.xml). Save it from Excel or LibreOffice as .xlsx or CSV and open that.`,
    });
  }
  const rels = relationships(meta['xl/_rels/workbook.xml.rels'] ?? '');
  const sheets = workbookSheets(workbookXml, rels);
  const chosen = chooseSheet(sheets, options.sheet, file);
  const partOf = (type: string, fallback: string) =>
    [...rels.values()].find((r) => r.type.endsWith(`/${type}`))?.path ?? fallback;
  const stringsPath = partOf('sharedStrings', 'xl/sharedStrings.xml');
  const stylesPath = partOf('styles', 'xl/styles.xml');
  const parts = unzipParts(bytes, file, (n) => n === chosen.path || n === stringsPath || n === stylesPath);
  const style = {
    strings: sharedStrings(parts[stringsPath] ?? ''),
    isDate: dateStyles(parts[stylesPath] ?? ''),
    date1904: usesDate1904(workbookXml),
  };

  const table = await sheetTable(sheetRows(parts[chosen.path] ?? '', style, ctx, chosen.name), {
    file,
    format: 'xlsx',
    sheet: chosen.name,
    sheets: sheets.map((s) => s.name),
    header: options.header,
  });
  table.issues.unshift(...hiddenSheetsNote(sheets, chosen.name, file));
  ctx.progress({ phase: 'parsing', bytes: bytes.length, rows: table.sourceRows.length });
  return table;
}
