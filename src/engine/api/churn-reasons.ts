/**
 * Why customers churned, from a reason column (free text or codes, one or several reasons per
 * customer): the reason Pareto, the voluntary / involuntary tree by churn type, reasons by
 * segment, the value lost with each reason and reasons by churn month. Shares are of the
 * churned customers who give a reason; a customer naming several reasons counts for each, so
 * with several reasons per customer the shares add to more than 1 (`several` says how many).
 */
import type { AttributeRules, ChurnType } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

/** Semicolons, commas and the bar, in their ASCII and full-width (Chinese) forms. */
export const DEFAULT_REASON_SEPARATORS = ';,；，|';

export const CHURN_BRANCHES = ['voluntary', 'involuntary', 'unknown'] as const;
export type ChurnBranch = (typeof CHURN_BRANCHES)[number];

export interface ChurnReasonsOptions {
  /** The characters that split one cell into several reasons (default `;,；，|`). */
  separators?: string;
  /** A column to cross the reasons with (an attribute, or a column an analysis added: segment, cluster_name…). */
  by?: string;
  /** A numeric column summed over the churners with each reason (lost revenue); '' for none. Default: the first column with the value role. */
  value?: string;
  /** The churn types counted as involuntary (default: involuntary and natural — non-payment, death, moving away). */
  involuntaryTypes?: ChurnType[];
  /** Reasons listed under each type in the tree (default 3; the rest are pooled). */
  topReasons?: number;
  attributeRules?: AttributeRules;
}

export interface ReasonRow {
  label: string;
  /** Its churn type: the user's mapping (the table's reasonTypes), else the keyword suggestion. */
  type: ChurnType;
  /** Churned customers naming it. */
  count: number;
  /** count ÷ churners with a reason. */
  share: number;
  /** The shares of this reason and all above it in the Pareto order. */
  cumulative: number;
  /** The value column summed over those churners (when there is one). */
  lost?: number;
}

export interface ReasonTreeNode {
  count: number;
  /** count ÷ churners with a reason. */
  share: number;
}

export interface ReasonTreeType extends ReasonTreeNode {
  type: ChurnType;
  /** The most named reasons of this type (at most topReasons), most named first. */
  reasons: (ReasonTreeNode & { label: string })[];
  /** The other reasons of this type: how many there are and their mentions. */
  others: { reasons: number; count: number };
}

export interface ReasonTreeBranch extends ReasonTreeNode {
  branch: ChurnBranch;
  types: ReasonTreeType[];
}

export interface ChurnReasonsResult {
  stamp: ResultStamp<ChurnReasonsOptions>;
  /** The data's name for the reason column. */
  column: string;
  churned: number;
  withReason: number;
  withoutReason: number;
  mentions: number;
  /** Churners naming more than one reason (shares then add to more than 1). */
  several: number;
  notChurnedWithReason: number;
  /** Pareto order: most named first. */
  reasons: ReasonRow[];
  tree: ReasonTreeBranch[];
  segments?: {
    column: string;
    labels: string[];
    /** Churners with a reason in each segment. */
    churners: number[];
    /** reasons (Pareto order) × segments, row-major: churners naming the reason in the segment. */
    counts: Int32Array;
    /** Churners with a reason and no value in the column. */
    missing: number;
  };
  lost?: { column: string; total: number; missing: number };
  /** By churn month, when churned customers have churn days. */
  overTime?: { months: string[]; counts: Int32Array; undated: number };
}
