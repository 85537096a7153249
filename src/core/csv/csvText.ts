/**
 * CSV text as every export writes it: RFC 4180 (fields joined by commas; a field holding a
 * quote, comma, CR or LF is quoted with its quotes doubled; CRLF after every line), and cells a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) get a
 * leading apostrophe, as OWASP advises against CSV injection. Turning the text into bytes is
 * the caller's.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell: text neutralised and quoted; a finite number as JavaScript prints it, any other blank. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One line from cells already written (by csvCell, or a number or date as the export spells it). */
export function csvRow(cells: readonly string[]): string {
  return cells.join(',');
}

/** A whole file: the stamp lines, the column names (written as text cells), then the rows. */
export function csvTable(
  columnNames: readonly string[],
  rows: Iterable<readonly string[]>,
  stamp: readonly string[] = [],
): string {
  const lines = [...stamp, csvRow(columnNames.map(csvCell))];
  for (const row of rows) lines.push(csvRow(row));
  return `${lines.join('\r\n')}\r\n`;
}

/** What produced the numbers: the churn definition in words and the as-of day. */
export interface CsvStamp {
  definitionText: string;
  asOf: string;
}

/**
 * How one export words its stamp. The exports differ today (the customer table says "churn
 * definition" and "n/a" for a missing as-of day, only chart data puts the definition on one line);
 * these options keep each one's bytes until they are made one style.
 */
export interface StampStyle {
  /** The first line's label; "definition" if not given. */
  definitionLabel?: string;
  /** Written instead of an empty as-of day. */
  blankAsOf?: string;
  /** Appended to the as-of line after "; ". */
  asOfDetail?: string;
  /** Each run of line breaks in the definition text becomes one space. */
  oneLineDefinition?: boolean;
}

/** The "# " lines that open an export: the definition, then the as-of day. */
export function stampLines(stamp: CsvStamp, style: StampStyle = {}): string[] {
  const definition = style.oneLineDefinition ? stamp.definitionText.replace(/[\r\n]+/g, ' ') : stamp.definitionText;
  const asOf = !stamp.asOf && style.blankAsOf !== undefined ? style.blankAsOf : stamp.asOf;
  return [
    `# ${style.definitionLabel ?? 'definition'}: ${definition}`,
    `# as of: ${asOf}${style.asOfDetail === undefined ? '' : `; ${style.asOfDetail}`}`,
  ];
}
