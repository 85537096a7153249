/**
 * CSV text as every export writes it: UTF-8 with a byte-order mark (without it Excel on Windows
 * reads the file in the ANSI code page and Chinese turns to mojibake), RFC 4180 fields (joined by
 * commas; a field holding a quote, comma, CR or LF is quoted with its quotes doubled; CRLF after
 * every line), and the OWASP defence against CSV injection: a cell a spreadsheet would run as a
 * formula gets a leading apostrophe, and so does a formula after a separator Excel may split on
 * (`;` in locales whose list separator it is, a tab, a line break), the field then quoted. Any
 * field holding `;` or a tab is quoted too, so no locale splits it.
 *
 * The stamp comes last, after one empty line, one quoted cell per line. Not `#` lines on top:
 * Excel shows those as data and splits them at every comma, and every CSV reader (Excel's,
 * pandas', R's) takes the first line as the header. A trailing block leaves the header where
 * readers look for it, stays in column A in Excel, travels with the file (a sidecar is a second
 * download the browser may block and the reader may never see), and a program stops at the
 * first empty line.
 */
import {
  roundFor,
  type AboutLine,
  type ExportKind,
  type ExportTable,
  type ExportValue,
} from '../exports/exportTable.ts';

/**
 * = + - @ (or their full-width forms ＝＋－＠, which a spreadsheet in an East Asian locale may
 * take for them) first, also after leading white space (Excel trims it before it decides), or a
 * tab or CR first.
 */
const FORMULA_START = /^(?:[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r])/;
/** A formula character after a separator Excel may split the field at (OWASP, "CSV Injection"). */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n][\s\u3000]*)([=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/g;
const NEEDS_QUOTES = /[",;\t\r\n]/;
export const BOM = '\uFEFF';

/** A text cell, neutralised and quoted as the module comment says. */
export function csvCell(value: string): string {
  const start = FORMULA_START.test(value) ? `'${value}` : value;
  const text = start.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A value of a column of `kind`: a number rounded (roundFor) and as JavaScript prints it, text as csvCell, blanks empty. */
export function csvValue(value: ExportValue, kind: ExportKind): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(roundFor(kind, value)) : '';
  return csvCell(value);
}

/** One line from cells already written. */
export function csvRow(cells: readonly string[]): string {
  return cells.join(',');
}

/** The stamp after the table: one quoted "label: text" cell per line. */
export function aboutCsv(about: readonly AboutLine[]): string[] {
  return about.map(({ label, text }) => {
    const cell = csvCell(`${label}: ${text}`);
    return cell.startsWith('"') ? cell : `"${cell}"`;
  });
}

/** The whole file: BOM, header, rows, an empty line, the stamp; CRLF after every line. */
export function csvFile(table: ExportTable): string {
  const kinds = table.columns.map((c) => c.kind);
  const lines = [BOM + csvRow(table.columns.map((c) => csvCell(c.name)))];
  for (const row of table.rows) lines.push(csvRow(row.map((v, i) => csvValue(v, kinds[i] ?? 'text'))));
  if (table.about.length > 0) lines.push('', ...aboutCsv(table.about));
  return `${lines.join('\r\n')}\r\n`;
}
