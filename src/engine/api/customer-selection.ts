/**
 * The customers behind a number, and the workbook-wide filter: one serialisable spec a chart
 * emits when a bar, a cell, a KPI or a segment is clicked. The engine resolves it to rows of the
 * customer table (src/engine/customers/selectionResolving.ts), so charts never hold customers.
 */
import type { AnalysisKind } from './analyses.ts';
import type { AttributeRules } from './customer-table.ts';
import type { RetentionTriangleOptions } from './retention-triangle.ts';

export const SELECTION_STATUSES = ['active', 'at-risk', 'churned', 'not-churned'] as const;
export type SelectionStatus = (typeof SELECTION_STATUSES)[number];

export type CustomerSelection =
  /** Every customer (of the filtered table, when a filter is set). */
  | { kind: 'all' }
  /** By churn status; 'not-churned' = active or at risk. */
  | { kind: 'status'; status: SelectionStatus }
  /** An attribute's value(s), as the customer table reads it (a yes/no column matches 1/0, 是/否…). */
  | { kind: 'attribute'; column: string; values: string[]; attributeRules?: AttributeRules }
  /** A number attribute's bin under these edges (lower edge in, upper out except the last bin's), as churn by attribute cuts it. */
  | { kind: 'attribute-bin'; column: string; edges: number[]; bin: number; attributeRules?: AttributeRules }
  /**
   * A count of the period KPIs (churn-kpis `period`, from `start` to `end`, YYYY-MM-DD, both
   * included): the customers at its start, lost, gained, gained and lost, or at its end.
   */
  | { kind: 'period'; part: 'at-start' | 'lost' | 'gained' | 'lost-new' | 'at-end'; start: string; end: string }
  /** First or last activity between two days (YYYY-MM-DD, both included; either may be left out). */
  | { kind: 'dates'; field: 'first' | 'last'; from?: string; to?: string }
  /**
   * A column an analysis added to the table (rfm `segment`, clusters `cluster`, risk-model
   * `risk_decile`): a code column's values (as written in the column), or a number column's
   * values or range [min, max] (both included).
   */
  | { kind: 'derived'; analysis: AnalysisKind; column: string; values?: string[]; range?: [number, number] }
  /**
   * The d-th tenth (1 = highest) of the customers ranked by a number column an analysis added,
   * highest first, ties in table order, tenth d = ranks [⌊(d−1)n/10⌋, ⌊dn/10⌋) — as a gains
   * table cuts them (risk-model `churn_risk` among `risk_split` 'test': the gains chart's decile).
   */
  | {
      kind: 'ranked-tenth';
      analysis: AnalysisKind;
      column: string;
      among?: { column: string; values: string[] };
      tenth: number;
    }
  /**
   * The customers counted in one cell of a retention triangle run with these options: the
   * cohort (its label), the period k since the start, and the breakdown group (null: none).
   */
  | { kind: 'cohort-cell'; options: RetentionTriangleOptions; group: string | null; cohort: string; period: number }
  /** Customers who meet every part. */
  | { kind: 'all-of'; parts: CustomerSelection[] };

/**
 * The workbook-wide filter: customers who meet every part. Every analysis then reads the
 * filtered customer table, and every result's stamp carries the filter.
 */
export interface CustomerFilter {
  parts: CustomerSelection[];
}

/** The customers a filter keeps, of how many. */
export interface FilterSummary {
  filter: CustomerFilter | null;
  customers: number;
  of: number;
}

/** How a drill-down's rows are ordered: by a column of the customer table (its machine name). */
export interface SelectionSort {
  column: string;
  descending?: boolean;
}

/** One page of the customers behind a number. */
export interface SelectedCustomers {
  /** Customers the selection holds (of the filtered table). */
  total: number;
  start: number;
  /** Rows [start, start + count) as Arrow IPC (the customer table's columns with those analyses added). */
  rows: Uint8Array;
}
