/**
 * Excel workbooks (.xlsx) as cell texts. Our own small reader on fflate: SheetJS's npm package
 * (`xlsx`) is stale with known CVEs, and exceljs is large and built on Node streams; neither is a
 * runtime dependency.
 */
import type { Issue } from '../../engine/api.ts';
import { type TextTable, type ReadContext, UnreadableInput, uniqueColumnNames } from '../rawTable.ts';
import { dateStyles, relationships, sharedStrings, usesDate1904, workbookSheets } from './xlsxParts.ts';
import { type Cell, columnLetters, sheetRows } from './xlsxSheet.ts';
import { RowMap } from '../buffers/rowMap.ts';
import { keyedRecord } from '../../core/columns/keyedRecord.ts';
import { checkPartLimits, inflatePart, zipDirectory } from './zipParts.ts';
import { cellsOverLimit, rowsWithin } from '../readLimits.ts';

const NUMERIC_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/i;

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
    const what =
      meta['xl/workbook.bin'] !== undefined
        ? '.xlsb, Excel Binary Workbook'
        : meta.mimetype?.startsWith('application/vnd.oasis.opendocument')
          ? '.ods, OpenDocument Spreadsheet'
          : 'no xl/workbook.xml';
    throw new UnreadableInput({
      severity: 'error',
      code: 'not-a-workbook',
      file,
      params: { what },
      message: `${file} is a zip archive but not an .xlsx workbook (${what}). Save it from Excel or LibreOffice as .xlsx or CSV and open that.`,
    });
  }
  const rels = relationships(meta['xl/_rels/workbook.xml.rels'] ?? '');
  const sheets = workbookSheets(workbookXml, rels);
  const chosen = options.sheet === undefined ? sheets[0] : sheets.find((s) => s.name === options.sheet);
  if (chosen === undefined) {
    const names = sheets.map((s) => s.name).join(', ');
    throw new UnreadableInput({
      severity: 'error',
      code: 'sheet-missing',
      file,
      params: { sheet: options.sheet ?? '', sheets: names },
      message: `No sheet named "${options.sheet ?? ''}" in ${file}; its sheets are: ${names}.`,
    });
  }
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

  const issues: Issue[] = [];
  const body: string[][] = [];
  const rowNumbers: number[] = [];
  let head: Cell[] | undefined;
  let headRow = 0;
  let header = options.header;
  const impossibleDates: string[] = [];
  let widest = 0;
  for await (const { rowNumber, cells } of sheetRows(parts[chosen.path] ?? '', style, ctx, chosen.name)) {
    for (const c of cells) if (c.impossibleDate) impossibleDates.push(`${columnLetters(c.col)}${rowNumber}`);
    if (head === undefined) {
      head = cells;
      headRow = rowNumber;
      // A header row holds only strings, and not only numbers typed as text.
      header ??= cells.every((c) => c.isText) && !cells.every((c) => NUMERIC_TEXT.test(c.text));
      if (header) continue;
    }
    const row: string[] = [];
    for (const c of cells) row[c.col] = c.text;
    widest = Math.max(widest, row.length);
    // Cells count every column up to the widest row's last: the table is that wide.
    if (body.length >= rowsWithin(widest)) throw cellsOverLimit(file, rowNumber, widest);
    body.push(row);
    rowNumbers.push(rowNumber);
  }

  let width = 0;
  for (const c of head ?? []) width = Math.max(width, c.col + 1);
  for (const row of body) width = Math.max(width, row.length);
  let names: string[];
  if (header && head) {
    const raw = Array<string>(width).fill('');
    for (const c of head) raw[c.col] = c.text;
    const unique = uniqueColumnNames(raw, file);
    names = unique.names;
    issues.push(...unique.issues);
  } else {
    names = Array.from({ length: width }, (_, i) => `column_${i + 1}`);
  }
  const columns = names.map((_, c) => body.map((row) => row[c] ?? ''));
  if (impossibleDates.length > 0) issues.push(impossibleDateIssue(file, chosen.name, impossibleDates));
  if (body.length === 0) {
    issues.push({
      severity: 'warning',
      code: head ? 'header-only' : 'empty-file',
      file,
      params: { sheet: chosen.name },
      message: head
        ? `Sheet "${chosen.name}" in ${file} has a header (row ${headRow}) but no data rows below it.`
        : `Sheet "${chosen.name}" in ${file} is empty. Choose another sheet.`,
    });
  }
  ctx.progress({ phase: 'parsing', bytes: bytes.length, rows: body.length });
  return {
    names,
    columns,
    sourceRows: RowMap.of(rowNumbers),
    issues,
    format: 'xlsx',
    header: header ?? false,
    sheet: chosen.name,
    sheets: sheets.map((s) => s.name),
  };
}

/** Cells styled as dates whose serial is no day (Excel shows them as #####): named by sheet and cell. */
function impossibleDateIssue(file: string, sheet: string, cells: string[]): Issue {
  const shown = cells.slice(0, 10).join(', ') + (cells.length > 10 ? ', …' : '');
  return {
    severity: 'warning',
    code: 'impossible-date-serial',
    file,
    count: cells.length,
    examples: cells.slice(0, 10),
    params: { sheet, cells: shown },
    message: `${cells.length} cell(s) on sheet "${sheet}" of ${file} are formatted as dates but hold a number that is no date (negative, or after 9999-12-31; Excel shows #####): ${shown}. They are kept as numbers, so their column counts them as invalid; correct them in the workbook.`,
  };
}
