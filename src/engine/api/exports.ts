/**
 * Tables as files (CSV and xlsx), written by core (core/exports, core/csv, core/xlsx) and here
 * because the charts see only this contract, not core. The engine's own exports (the customer
 * table, the early warnings) take ExportWords so the app words them in the user's language and
 * the command line keeps machine names.
 */
import { csvFile } from '../../core/csv/csvText.ts';
import { xlsxFile, type SheetNames } from '../../core/xlsx/xlsxWorkbook.ts';
import type { AboutLine, ExportTable, StampLabels } from '../../core/exports/exportTable.ts';

export { csvCell, csvFile } from '../../core/csv/csvText.ts';
export { xlsxFile, type SheetNames } from '../../core/xlsx/xlsxWorkbook.ts';
export {
  aboutLines,
  parametersText,
  roundFor,
  ENGLISH_STAMP_LABELS,
  type AboutLine,
  type ExportColumn,
  type ExportKind,
  type ExportTable,
  type ExportValue,
  type StampFacts,
  type StampLabels,
} from '../../core/exports/exportTable.ts';

export type ExportFormat = 'csv' | 'xlsx';

/** How the caller words an export; anything left out is English, columns keep their machine names. */
export interface ExportWords {
  /** Column headers by machine name. */
  columns?: Record<string, string>;
  /** A text column's values in the caller's words, by machine name and then by value (codes such as segment codes). */
  values?: Record<string, Record<string, string>>;
  /** The churn definition in the caller's language. */
  definitionText?: string;
  stamp?: StampLabels;
  sheets?: SheetNames;
  /** ISO 4217 code the amounts are in (the workbook's setting), stated in the stamp. */
  currency?: string;
  /**
   * Lines after the stamp, in the caller's words: what narrowed the rows (the workbook filter, the
   * number clicked) and a list's rule (the quadrant's thresholds and sources); English without.
   */
  notes?: AboutLine[];
}

/** The file's bytes: CSV as UTF-8 with its BOM, or an xlsx workbook. */
export function exportFile(table: ExportTable, format: ExportFormat, sheets?: SheetNames): Uint8Array {
  return format === 'xlsx' ? xlsxFile(table, sheets) : new TextEncoder().encode(csvFile(table));
}
