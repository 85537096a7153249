/**
 * One worksheet as SpreadsheetML (ECMA-376 Part 1 §18.3): typed cells (§18.3.1.4 `c`: numbers as
 * `<v>`, text as inline strings `t="inlineStr"`), column widths, and the header row frozen.
 * Text is never written as a formula, so a cell starting with "=" stays text: no neutralising
 * apostrophe is needed here, unlike CSV.
 */
import { roundFor, type ExportKind, type ExportValue } from '../exports/exportTable.ts';

/** Cell style indexes into styles.xml's cellXfs (see xlsxWorkbook.ts STYLES). */
export const STYLE: Record<ExportKind | 'header', number> = {
  text: 0,
  header: 1,
  integer: 2,
  number: 0,
  money: 3,
  percent: 4,
  date: 5,
  datetime: 6,
};

/** Excel's limit on the characters of one cell (Excel specifications and limits). */
const MAX_CELL_TEXT = 32_767;
/** Characters XML 1.0 forbids (§2.2): C0 controls other than tab, LF, CR, and the non-characters. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** 0 → A, 25 → Z, 26 → AA (§18.3.1.4: column letters of a cell reference). */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const MS_PER_DAY = 86_400_000;
/** Days since 1899-12-30, the 1900 date system as Excel counts it from 1900-03-01 on (§18.17.4.1). */
export function excelSerial(iso: string): number {
  const ms = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return ms / MS_PER_DAY + 25_569;
}

function textCell(ref: string, text: string, style = 0): string {
  const s = style ? ` s="${style}"` : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(text.slice(0, MAX_CELL_TEXT))}</t></is></c>`;
}

/** One cell, or '' for a blank. */
export function cellXml(ref: string, value: ExportValue, kind: ExportKind): string {
  if (value === null || value === '') return '';
  if (typeof value === 'string') {
    if (kind !== 'date' && kind !== 'datetime') return textCell(ref, value);
    const serial = excelSerial(value);
    return Number.isFinite(serial) ? `<c r="${ref}" s="${STYLE[kind]}"><v>${serial}</v></c>` : textCell(ref, value);
  }
  if (!Number.isFinite(value)) return '';
  return `<c r="${ref}" s="${STYLE[kind]}"><v>${roundFor(kind, value)}</v></c>`;
}

export interface SheetColumn {
  kind: ExportKind;
  width: number;
}

/** A worksheet: the header row (when given) bold and frozen, then the rows. */
export function worksheetXml(
  columns: readonly SheetColumn[],
  rows: Iterable<readonly ExportValue[]>,
  options: { header?: readonly string[] } = {},
): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">',
  ];
  if (options.header)
    parts.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  if (columns.length > 0)
    parts.push(
      `<cols>${columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`,
    );
  parts.push('<sheetData>');
  let r = 0;
  if (options.header) {
    r++;
    parts.push(
      `<row r="${r}">${options.header.map((h, i) => textCell(`${columnLetters(i)}${r}`, h, STYLE.header)).join('')}</row>`,
    );
  }
  for (const row of rows) {
    r++;
    let cells = '';
    for (let i = 0; i < row.length; i++)
      cells += cellXml(`${columnLetters(i)}${r}`, row[i], columns[i]?.kind ?? 'text');
    parts.push(`<row r="${r}">${cells}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}
