/**
 * What every chart shares: its data as a table (shown by the "table" toggle and exported as
 * CSV) and the stamp of the definition and as-of date that produced it. Pure and DOM-free.
 */

export type ColumnKind = 'text' | 'count' | 'percent' | 'number' | 'ratio';

export interface ChartTable {
  columns: { label: string; kind: ColumnKind }[];
  rows: (string | number)[][];
}

/** The churn definition in words and the as-of date, printed on every chart and export. */
export interface ChartStamp {
  definitionText: string;
  asOf: string;
}

/**
 * A CSV cell for a spreadsheet: text starting with = + - @ (or a tab or carriage return) could
 * run as a formula, so it gets a leading apostrophe; quotes, commas and line breaks are quoted.
 */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table as CSV with "# " lines first stating the definition and the as-of date. */
export function chartCsv(table: ChartTable, stamp: ChartStamp): string {
  const lines = [
    `# definition: ${stamp.definitionText.replace(/[\r\n]+/g, ' ')}`,
    `# as of: ${stamp.asOf}`,
    table.columns.map((c) => csvCell(c.label)).join(','),
    ...table.rows.map((row) => row.map(csvCell).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A file name made from a chart title: letters, digits (any script) and dashes. */
export function fileNameOf(title: string, extension: string): string {
  const base = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${base || 'chart'}.${extension}`;
}

/** Words wrapped to lines of at most `width` characters (CJK text, with no spaces, is cut). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) lines.push(line);
      line = '';
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** "2024-03" → the first day of that month, UTC. */
export function monthStart(label: string): Date {
  const [y, m] = label.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

export const truncateLabel = (text: string, max = 28): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
