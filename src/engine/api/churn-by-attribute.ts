/** Churn rate by the values of one attribute, with Wilson intervals and risk ratios. */
import type { ChurnCountResult } from './churn-kpis.ts';
import type { AttributeRules } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

// A link's aggregates rewrite quantile bins' labels as the engine writes them (state/shareAggregates/coarseBins.ts).
export { binLabels, rangeLabel } from '../../core/analyses/churn-by-attribute/numericBins.ts';

export const ATTRIBUTE_SORTS = ['rate', 'size'] as const;
export type AttributeSort = (typeof ATTRIBUTE_SORTS)[number];

export interface ChurnByAttributeOptions {
  column: string;
  /**
   * A numeric column with more than 12 distinct values is cut into bins: this many quantile
   * bins (default 5, equal numbers of customers as far as ties allow), or bands at these
   * ascending edges.
   */
  bins?: number | number[];
  /** Groups with fewer customers are marked small: the chart leaves them out (default 30). */
  minGroupSize?: number;
  /** Highest churn rate first (default) or largest group first; bins keep their order. */
  sort?: AttributeSort;
  /** A transaction log's column that varies within customers needs a rule here (see AttributeValueRule). */
  attributeRules?: AttributeRules;
}

export interface AttributeGroupResult extends ChurnCountResult {
  /** The value, or for a bin its range as plain numbers ("18.25–35.5"). */
  label: string;
  /** 95 % Wilson interval of the rate. */
  low: number;
  high: number;
  /** Group rate ÷ overall rate. */
  riskRatio: number;
  /** Fewer customers than minGroupSize: too few to rank on. */
  small: boolean;
  /** For a bin: its edges (lower included; upper excluded except for the last bin). */
  range?: [number, number];
}

export interface AttributeChurnResult {
  column: string;
  stamp: ResultStamp<ChurnByAttributeOptions>;
  overall: ChurnCountResult;
  groups: AttributeGroupResult[];
  missing: number;
  /** How a numeric column was cut, when it was: by quantiles or by the user's bands. */
  binned?: { by: 'quantiles' | 'bands'; edges: number[]; outside: number };
}
