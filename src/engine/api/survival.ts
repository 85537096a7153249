/** Kaplan–Meier survival of the customer table, by group, with the log-rank test. */
import type { TimeUnit } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

export const INTERVAL_SCALES = ['log-log', 'log'] as const;
export type IntervalScale = (typeof INTERVAL_SCALES)[number];

export interface SurvivalOptions {
  /** Unit of durations: days, weeks or months (default months). */
  unit?: TimeUnit;
  /** A curve per value of this attribute (at most 12 drawn, the rest pooled as "other"), with the log-rank test over all of them. */
  group?: string;
  /** Only customers whose attribute values are among these. */
  filters?: { column: string; in: string[] }[];
  /** Times (in `unit`) at which to report S(t). */
  times?: number[];
  /** Interval scale: log-log (default, as lifelines) or log (as R survfit). */
  ci?: IntervalScale;
}

export interface SurvivalCurveResult {
  /** The group's value; '' for the one curve of all customers (see whole). */
  name: string;
  /** The one curve of all customers (no grouping): the UI and the CLI word its name. */
  whole?: boolean;
  n: number;
  events: number;
  median: number;
  /** 95 % interval of the median (Brookmeyer–Crowley); Infinity = not reached. */
  medianCI: [number, number];
  /** The step curve: at each distinct time, S(t) and its interval, with at-risk and censored counts. */
  curve: {
    times: number[];
    survival: number[];
    lower: number[];
    upper: number[];
    atRisk: number[];
    censored: number[];
    events: number[];
  };
  /** S(t) at the requested times. */
  times: number[];
  survival: number[];
  lower: number[];
  upper: number[];
  atRisk: number[];
}

export interface SurvivalResult {
  stamp: ResultStamp<SurvivalOptions>;
  unit: TimeUnit;
  ci: IntervalScale;
  /**
   * How durations were read: 'tenure-column' = the tenure column (or first day to churn or
   * as-of date where it is empty); 'first-to-churn' = first purchase (or sign-up) to the churn
   * date, or to the as-of date for customers still active (censored). The event is churn under
   * the stamp's definition.
   */
  duration: 'tenure-column' | 'first-to-churn';
  groups: SurvivalCurveResult[];
  pooled: string[];
  /**
   * Over every value of the group attribute, also those the drawing pools as "other"
   * (`groupsTested` of them, df = groupsTested − 1 less groups without events); `observed` and
   * `expected` are summed to the drawn groups, in their order.
   */
  logrank: {
    chi2: number;
    df: number;
    p: number;
    observed: number[];
    expected: number[];
    groupsTested: number;
  } | null;
  /** Customers without a usable duration (no dates or tenure), left out. */
  dropped: number;
}
