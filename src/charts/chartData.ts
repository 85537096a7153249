/**
 * What every chart shares: its data as a table (shown by the "table" toggle and exported as
 * CSV) and the stamp of the definition and as-of date that produced it. Pure and DOM-free.
 */
import { csvCell, csvTable, stampLines } from '../engine/api.ts';

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

/** The charts' name for the one CSV cell writer (core/csv, reached through the engine contract). */
export { csvCell };

/** The table as CSV with "# " lines first stating the definition (on one line) and the as-of date. */
export function chartCsv(table: ChartTable, stamp: ChartStamp): string {
  return csvTable(
    table.columns.map((c) => c.label),
    table.rows.map((row) => row.map(csvCell)),
    stampLines(stamp, { oneLineDefinition: true }),
  );
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
