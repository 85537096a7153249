/** Churn month by month: customers at each month's start, lost and gained, and the rate. */
import type { UnavailableReason } from './churn-kpis.ts';
import type { ResultStamp } from './stamp.ts';

export type MonthlyChurnOptions = Record<string, never>;

export interface MonthlyChurnSeries {
  /** YYYY-MM labels. */
  months: string[];
  atStart: number[];
  lost: number[];
  gained: number[];
  churnRate: number[];
  meanMonthlyRate: number;
  annualised: number;
}

export interface MonthlyChurnResult {
  stamp: ResultStamp<MonthlyChurnOptions>;
  monthly: MonthlyChurnSeries | null;
  unavailable?: UnavailableReason;
}
