/** Churn rate by the values of one attribute, with Wilson intervals and risk ratios. */
import type { ChurnCountResult } from './churn-kpis.ts';
import type { ResultStamp } from './stamp.ts';

export interface ChurnByAttributeOptions {
  column: string;
}

export interface AttributeChurnResult {
  column: string;
  stamp: ResultStamp<ChurnByAttributeOptions>;
  overall: ChurnCountResult;
  groups: (ChurnCountResult & { label: string; low: number; high: number; riskRatio: number })[];
  missing: number;
}
