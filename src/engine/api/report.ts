/**
 * The report (one self-contained HTML file) and its xlsx companion, built by core/exports from
 * what the page shows; here because the UI sees only this contract, not core.
 */
export { reportHtml } from '../../core/exports/reportHtml.ts';
export { reportXlsx } from '../../core/exports/reportBook.ts';
export type {
  Finding,
  ReportCell,
  ReportChart,
  ReportInput,
  ReportTable,
  ReportWords,
  ShownTable,
} from '../../core/exports/reportModel.ts';
