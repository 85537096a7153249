/** Churn month by month: customers at each month's start, lost and gained, and the rate. */
import type { LossCountedAt, UnavailableReason } from './churn-kpis.ts';
import type { ResultStamp } from './stamp.ts';

export type MonthlyChurnOptions = Record<string, never>;

export interface MonthlyChurnSeries {
  /** YYYY-MM labels. */
  months: string[];
  atStart: number[];
  lost: number[];
  gained: number[];
  churnRate: number[];
  /**
   * False for a month that starts before the data can show every loss the definition makes
   * (under inactivity of N days, the months before the data's first day + N + 1): drawn as
   * incomplete and left out of the mean.
   */
  complete: boolean[];
  /** The mean rate of the complete months with customers at their start (NaN when there are none). */
  meanMonthlyRate: number;
  annualised: number;
  lossCountedAt: LossCountedAt;
}

export interface MonthlyChurnResult {
  stamp: ResultStamp<MonthlyChurnOptions>;
  monthly: MonthlyChurnSeries | null;
  unavailable?: UnavailableReason;
}
