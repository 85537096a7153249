/**
 * A sheet's rows of cells as a TextTable, the same way for every spreadsheet format (.xlsx,
 * .xls, SpreadsheetML, an HTML table): the first row is the header when it holds only text,
 * and what a user should know about the sheet (no rows, hidden sheets left closed) is said.
 */
import type { FileFormat, Issue } from '../../engine/api.ts';
import { type TextTable, UnreadableInput, uniqueColumnNames } from '../rawTable.ts';
import { RowMap } from '../buffers/rowMap.ts';
import { cellsOverLimit, rowsWithin } from '../readLimits.ts';
import { type Cell, columnLetters } from './xlsxSheet.ts';

const NUMERIC_TEXT = /^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?\s*$/i;

export interface SheetEntryState {
  name: string;
  hidden: boolean;
}

/** The sheet asked for, else the first visible one (hidden sheets are opened only by name). */
export function chooseSheet<T extends SheetEntryState>(sheets: T[], wanted: string | undefined, file: string): T {
  const chosen =
    wanted === undefined ? (sheets.find((s) => !s.hidden) ?? sheets[0]) : sheets.find((s) => s.name === wanted);
  if (chosen === undefined) {
    const names = sheets.map((s) => s.name).join(', ');
    throw new UnreadableInput({
      severity: 'error',
      code: 'sheet-missing',
      file,
      params: { sheet: wanted ?? '', sheets: names },
      message:
        sheets.length === 0
          ? `${file} has no worksheets.`
          : `No sheet named "${wanted ?? ''}" in ${file}; its sheets are: ${names}.`,
    });
  }
  return chosen;
}

/** An info note naming the hidden sheets that were not opened, or none. */
export function hiddenSheetsNote(sheets: SheetEntryState[], chosen: string, file: string): Issue[] {
  const hidden = sheets.filter((s) => s.hidden && s.name !== chosen).map((s) => s.name);
  if (hidden.length === 0) return [];
  const names = hidden.slice(0, 10).join(', ') + (hidden.length > 10 ? ', …' : '');
  return [
    {
      severity: 'info',
      code: 'hidden-sheets',
      file,
      count: hidden.length,
      params: { sheets: names, sheet: chosen },
      message: `${file} has ${hidden.length} hidden sheet(s) (${names}) that were not opened; sheet "${chosen}" was read. Choose a hidden sheet by name to read it.`,
    },
  ];
}

export async function sheetTable(
  rows: AsyncIterable<{ rowNumber: number; cells: Cell[] }> | Iterable<{ rowNumber: number; cells: Cell[] }>,
  where: { file: string; format: FileFormat; sheet?: string; sheets?: string[]; header?: boolean },
): Promise<TextTable> {
  const { file } = where;
  const issues: Issue[] = [];
  const body: string[][] = [];
  const rowNumbers: number[] = [];
  let head: Cell[] | undefined;
  let headRow = 0;
  let header = where.header;
  const impossibleDates: string[] = [];
  let widest = 0;
  for await (const { rowNumber, cells } of rows) {
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
  if (impossibleDates.length > 0) issues.push(impossibleDateIssue(file, where.sheet ?? file, impossibleDates));
  if (body.length === 0) {
    const sheet = where.sheet ?? file;
    issues.push({
      severity: 'warning',
      code: head ? 'header-only' : 'empty-file',
      file,
      params: { sheet },
      message: head
        ? `Sheet "${sheet}" in ${file} has a header (row ${headRow}) but no data rows below it.`
        : `Sheet "${sheet}" in ${file} is empty. Choose another sheet.`,
    });
  }
  return {
    names,
    columns,
    sourceRows: RowMap.of(rowNumbers),
    issues,
    format: where.format,
    header: header ?? false,
    sheet: where.sheet,
    sheets: where.sheets,
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
