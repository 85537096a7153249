/** What produced a result, carried by every analysis result and printed on every chart and export. */
import type { ChurnDefinition } from './customer-table.ts';
import type { AnalysisKind } from './analyses.ts';
import type { CustomerFilter } from './customer-selection.ts';

/**
 * The churn definition of the customer table the result read, the as-of day and the options
 * the analysis ran with (defaults filled in). Data only: the UI and the CLI word it.
 */
export interface ResultStamp<P = unknown> {
  kind: AnalysisKind;
  /** Null when the result read no customer table (a projection fitted to two columns of the data). */
  definition: ChurnDefinition | null;
  /** YYYY-MM-DD; '' when the data has no dates. */
  asOf: string;
  parameters: P;
  /** The names of the files the data was read from. */
  sources: string[];
  /** The workbook-wide filter the customer table was read through (absent: every customer). */
  filter?: CustomerFilter;
}
