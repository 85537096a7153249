/**
 * What a report holds, gathered from what the workbook's cells already drew: every text already
 * worded in the user's language, every chart already an SVG, every table both as shown (formatted
 * text) and as exported (typed values). Pure data: the HTML and xlsx builders read it.
 */
import type { AboutLine, ExportTable } from './exportTable.ts';

/** A table as the page shows it: formatted text; numeric columns right-aligned. */
export interface ShownTable {
  columns: { name: string; numeric: boolean }[];
  rows: string[][];
}

export interface ReportChart {
  title: string;
  /** The chart as a standalone SVG document (svgExport's exportableSvg), or null when it drew nothing. */
  svg: string | null;
  /** One or two sentences saying what the chart shows. */
  summary: string;
  shown: ShownTable;
  /** The table the chart's CSV/xlsx export holds, with its stamp (definition, as-of, parameters, source, notes). */
  exported: ExportTable;
}

/** A table a cell shows outside a chart (medians, tests): text as shown. */
export interface ReportTable {
  caption: string;
  shown: ShownTable;
}

export interface ReportCell {
  /** The cell's title, or its kind's name when untitled. */
  title: string;
  /** The analysis kind, worded. */
  kind: string;
  note: string;
  charts: ReportChart[];
  tables: ReportTable[];
  /** Set when the cell drew nothing to report (collapsed, waiting, not drawn). */
  empty?: string;
}

export interface Finding {
  label: string;
  value: string;
  notes: string[];
}

export interface ReportWords {
  title: string;
  keyFindings: string;
  noFindings: string;
  about: string;
  generated: string;
  appVersion: string;
  dataSource: string;
  fingerprint: string;
  rows: string;
  /** A long chart table cut to evenly spaced rows: placeholders {shown} and {total}. */
  rowsSampled: string;
  definitionHeading: string;
  definition: string;
  asOf: string;
  howNumbers: string;
  contents: string;
  note: string;
  noCells: string;
  cellNumber: string;
  /** xlsx: the first sheet's name and its column headers. */
  aboutSheet: string;
  item: string;
  value: string;
  sheet: string;
}

export interface ReportInput {
  /** BCP 47: 'en' or 'zh-CN'. */
  lang: string;
  words: ReportWords;
  /** When it was made, worded ("7 December 2026, 19:03"). */
  generated: string;
  appVersion: string;
  sources: { name: string; sha256: string; rows: string }[];
  /**
   * Where the numbers came from when not from the data: a report made on a page opened from a
   * share link's aggregates says so (k, groups left out) on its cover and in its about sheet.
   */
  origin?: AboutLine;
  definition: string;
  asOf: string;
  /** How each number is defined (the KPIs' and the analyses' own words), label: text. */
  definitions: AboutLine[];
  findings: Finding[];
  cells: ReportCell[];
}
