/**
 * Two exports joined into one file (`cat a.csv b.csv`, or pasted one below the other): the
 * second one's header turns up as a row, often after its own UTF-8 byte-order mark. Read as
 * data it becomes a customer called like the id column and breaks the typing of every column,
 * so it is named by its row with what to do. Looked for in the first column's distinct texts,
 * then along that column's codes: linear, and no string per row.
 */
import type { Issue } from '../engine/api.ts';
import { isNumberColumn } from './buffers/numberColumn.ts';
import type { RawTable } from './rawTable.ts';

const BOM = 0xfeff;
const MAX_ROWS = 20;

function withoutBom(text: string): string {
  return text.charCodeAt(0) === BOM ? text.slice(1) : text;
}

/** Whether a cell's text is what the header gave a column (blank and repeated names were renamed). */
function isHeaderText(text: string, name: string): boolean {
  const t = withoutBom(text).trim();
  if (t === name) return true;
  if (t === '') return /^column_\d+$/.test(name);
  return name.startsWith(t) && /^_\d+$/.test(name.slice(t.length));
}

export function joinedExportIssues(raw: RawTable, fileName: string): Issue[] {
  const first = raw.columns[0];
  if (!first || isNumberColumn(first)) return [];
  const { codes, dictionary } = first;
  const headerEntries: number[] = [];
  const bomEntries: number[] = [];
  const name = raw.header ? raw.names[0] : null;
  for (let k = 0; k < dictionary.length; k++) {
    const text = dictionary[k];
    if (name !== null && isHeaderText(text, name)) headerEntries.push(k);
    else if (text.charCodeAt(0) === BOM) bomEntries.push(k);
  }
  if (headerEntries.length === 0 && bomEntries.length === 0) return [];
  const isHeader = new Uint8Array(dictionary.length);
  for (const k of headerEntries) isHeader[k] = 1;
  for (const k of bomEntries) isHeader[k] = 2;
  const headerRows: number[] = [];
  const bomRows: number[] = [];
  let headerCount = 0;
  let bomCount = 0;
  for (let r = 0; r < codes.length; r++) {
    const seen = isHeader[codes[r]];
    if (seen === 0) continue;
    if (seen === 1 && restIsHeader(raw, r)) {
      if (headerCount++ < MAX_ROWS) headerRows.push(raw.sourceRows.at(r));
    } else if (dictionary[codes[r]].charCodeAt(0) === BOM) {
      if (bomCount++ < MAX_ROWS) bomRows.push(raw.sourceRows.at(r));
    }
  }
  const issues: Issue[] = [];
  if (headerCount > 0) {
    const rows = headerRows.join(', ');
    issues.push({
      severity: 'warning',
      code: 'repeated-header',
      file: fileName,
      rows: headerRows,
      count: headerCount,
      params: { row: headerRows[0] },
      message: `${fileName} repeats its header row at row ${rows}: it looks like ${headerCount + 1} exports joined one after the other. That row was read as data (a customer named “${raw.names[0].slice(0, 40)}”, and text in number and date columns). Delete the repeated header row${headerCount > 1 ? 's' : ''}, check that the parts do not overlap, and open the file again.`,
    });
  }
  if (bomCount > 0) {
    issues.push({
      severity: 'warning',
      code: 'stray-bom',
      file: fileName,
      rows: bomRows,
      count: bomCount,
      params: { row: bomRows[0] },
      message: `${fileName} has a byte-order mark (an invisible character that starts a file) at the start of row ${bomRows.join(', ')}: another file seems to have been joined on there, and its first value now starts with that character, so it differs from the same value elsewhere. Remove it (re-save the parts as one file) and open the file again.`,
    });
  }
  return issues;
}

function restIsHeader(raw: RawTable, r: number): boolean {
  for (let c = 1; c < raw.columns.length; c++) {
    const column = raw.columns[c];
    if (isNumberColumn(column)) return false;
    if (!isHeaderText(column.dictionary[column.codes[r]], raw.names[c])) return false;
  }
  return true;
}
