/**
 * What every chart shares: its data as a table (shown by the "table" toggle and exported as
 * CSV) and the stamp of the definition and as-of date that produced it. Pure and DOM-free.
 */
import {
  aboutLines,
  exportFile,
  type ExportFormat,
  type ExportKind,
  type ExportTable,
  type SheetNames,
  type StampLabels,
} from '../engine/api.ts';

/** 'money' is an amount in the workbook's currency (the stamp's `currency`). */
export type ColumnKind = 'text' | 'count' | 'percent' | 'number' | 'ratio' | 'money';

export interface ChartTable {
  columns: { label: string; kind: ColumnKind }[];
  rows: (string | number)[][];
}

/** What produced a chart, printed on it and on every export: the definition in words, the as-of day, the parameters, the files read. */
export interface ChartStamp {
  definitionText: string;
  asOf: string;
  /** The analysis options, worded (parametersText). */
  parameters: string;
  sources: string[];
  /** ISO 4217 code set for the workbook, '' when none: money columns are shown and headed in it. */
  currency: string;
  /** What else a reader must know to read the numbers (e.g. how survival measured durations), printed after the stamp. */
  notes?: { label: string; text: string }[];
  /** The workbook-wide filter in words, when the numbers read only the customers it keeps. */
  filtered?: string;
}

const EXPORT_KIND: Record<ColumnKind, ExportKind> = {
  text: 'text',
  count: 'integer',
  percent: 'percent',
  number: 'number',
  ratio: 'number',
  money: 'money',
};

/** A money column's header names the currency its amounts are in: "Highest value (CNY)". */
export function columnHeader(column: { label: string; kind: ColumnKind }, currency: string): string {
  return column.kind === 'money' && currency ? `${column.label} (${currency})` : column.label;
}

/** The chart's table as an export table: its column kinds typed, its stamp worded by `labels`. */
export function chartExportTable(table: ChartTable, stamp: ChartStamp, labels?: StampLabels): ExportTable {
  return {
    columns: table.columns.map((c) => ({ name: columnHeader(c, stamp.currency), kind: EXPORT_KIND[c.kind] })),
    rows: table.rows.map((row) => row.map((v) => (typeof v === 'number' && !Number.isFinite(v) ? null : v))),
    // The currency is said only where amounts are shown; notes follow the stamp.
    about: [
      ...aboutLines(
        { ...stamp, currency: table.columns.some((c) => c.kind === 'money') ? stamp.currency : '' },
        labels,
      ),
      ...(stamp.notes ?? []),
    ],
  };
}

/** The chart's table as a CSV (UTF-8 with BOM, stamp trailing) or xlsx file. */
export function chartFile(
  table: ChartTable,
  stamp: ChartStamp,
  format: ExportFormat,
  words: { stamp?: StampLabels; sheets?: SheetNames } = {},
): Uint8Array {
  return exportFile(chartExportTable(table, stamp, words.stamp), format, words.sheets);
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

/** Full-width characters (CJK ideographs, kana, hangul, full-width forms) take about one em; others about 0.58. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** An estimate of `text`'s width in pixels at `fontSize` in a sans-serif face (no DOM to measure with). */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.58;
  return ems * fontSize;
}

/** Text wrapped to lines at most `maxWidth` pixels wide (textWidth): at spaces, and between any two full-width characters. */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const tokens =
    text.match(
      /[^\s\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]+\s*|\S\s*|\s+/gu,
    ) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line && textWidth((line + token).trimEnd(), fontSize) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** "2024-03" → the first day of that month, UTC. */
export function monthStart(label: string): Date {
  const [y, m] = label.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1));
}

export const truncateLabel = (text: string, max = 28): string =>
  text.length > max ? `${text.slice(0, max - 1)}…` : text;
