/** Churn rate by the values of one attribute, with Wilson intervals and risk ratios. */
import type { ChurnCountResult } from './churn-kpis.ts';

export interface AttributeChurnResult {
  column: string;
  definitionText: string;
  asOf: string;
  overall: ChurnCountResult;
  groups: (ChurnCountResult & { label: string; low: number; high: number; riskRatio: number })[];
  missing: number;
}
