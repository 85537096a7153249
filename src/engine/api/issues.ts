/** Expected failures: what the user should know, as codes and numbers the UI and the CLI word. */

export type Severity = 'error' | 'warning' | 'info';

/**
 * One thing the user should know about their data. `code` and `params` let the UI say it in
 * the user's language; `message` is the English sentence the command line prints.
 * `rows` are 1-based row numbers as a spreadsheet shows them (the header is row 1).
 */
export interface Issue {
  severity: Severity;
  code: IssueCode;
  message: string;
  file?: string;
  column?: string;
  rows?: number[];
  count?: number;
  /** How many rows the issue concerns, where `count` counts something else (ids, customers). */
  rowCount?: number;
  examples?: string[];
  params?: Record<string, string | number>;
}

export type IssueCode =
  | 'empty-file'
  | 'header-only'
  | 'binary-file'
  | 'unreadable'
  | 'unsupported-format'
  | 'unsupported-type'
  | 'truncated-file'
  | 'encoding-detected'
  | 'encoding-uncertain'
  | 'encrypted-workbook'
  | 'xlsb-workbook'
  | 'ods-workbook'
  | 'old-excel-version'
  | 'hidden-sheets'
  | 'several-tables'
  | 'encoding-invalid'
  | 'encoding-mixed'
  | 'repeated-header'
  | 'stray-bom'
  | 'unclosed-quote'
  | 'ragged-rows'
  | 'blank-lines'
  | 'blank-header'
  | 'duplicate-header'
  | 'headers-differ'
  | 'too-many-columns'
  | 'columns-over-limit'
  | 'cell-over-limit'
  | 'sheet-cell-over-limit'
  | 'cells-over-limit'
  | 'part-over-limit'
  | 'part-ratio-over-limit'
  | 'part-size-misstated'
  | 'cell-beyond-grid'
  | 'not-typed'
  | 'invalid-cells'
  | 'impossible-date-serial'
  | 'internal-error'
  | 'ambiguous-date-order'
  | 'nulls'
  | 'duplicate-ids'
  | 'id-spelling-variants'
  | 'ids-merged'
  | 'ids-scientific'
  | 'negative-tenure'
  | 'json-syntax'
  | 'json-not-records'
  | 'json-too-deep'
  | 'not-a-workbook'
  | 'negative-values'
  | 'returns-only-customers'
  | 'future-dates'
  | 'ancient-dates'
  | 'constant-column'
  | 'formula-like'
  | 'cancelled'
  | 'build-cancelled'
  | 'analysis-cancelled'
  | 'dataset-lost'
  | 'engine-stopped'
  | 'engine-stopped-lost'
  | 'unknown-dataset'
  | 'unknown-column'
  | 'attribute-needs-rule'
  | 'sheet-missing'
  | 'no-customer-table'
  | 'unknown-analysis'
  | 'role-missing'
  | 'invalid-definition'
  | 'invalid-as-of'
  | 'as-of-after-data'
  | 'as-of-before-data'
  | 'flag-unknown'
  | 'flag-one-two'
  | 'flag-all-churned'
  | 'flag-none-churned'
  | 'partial-window-too-long'
  | 'invalid-rules'
  | 'projection-period'
  | 'projection-no-durations'
  | 'projection-columns'
  | 'projection-too-short'
  | 'projection-too-few-periods'
  | 'projection-fit-periods'
  | 'projection-horizon'
  | 'projection-not-fitted'
  | 'projection-cohort-size'
  | 'clusters-features'
  | 'clusters-feature-type'
  | 'clusters-k'
  | 'clusters-too-few'
  | 'revenue-option'
  | 'revenue-bridge-period'
  | 'risk-invalid-option'
  | 'risk-feature-is-label'
  | 'risk-no-features'
  | 'risk-cox-temporal'
  | 'risk-cutoff-needs-log'
  | 'risk-window-past-data'
  | 'risk-holdout-empty'
  | 'risk-too-few-churners'
  | 'value-score-column'
  | 'customer-value-options'
  | 'clv-needs-log'
  | 'clv-invalid-option'
  | 'clv-calibration-end'
  | 'clv-calibration-too-short'
  | 'clv-too-few-repeat-buyers'
  | 'clv-fit-at-bound'
  | 'clv-not-converged'
  | 'rfm-bins'
  | 'rfm-score-map'
  | 'rfm-compare-as-of';

export type Result<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };
