/** Kaplan–Meier survival of the customer table, by group, with the log-rank test. */
import type { AttributeRules, TimeUnit } from './customer-table.ts';
import type { ResultStamp } from './stamp.ts';

export const INTERVAL_SCALES = ['log-log', 'log'] as const;
export type IntervalScale = (typeof INTERVAL_SCALES)[number];

/**
 * Under an inactivity definition, where a churned customer's duration ends: 'known' (default) at
 * the day the loss became known (last activity + the window + 1 day), on the same clock as the
 * censoring at the as-of date; 'activity' at the last activity (the textbook lifetime), where a
 * one-time buyer who churned is an event at time 0. Other definitions date churn once.
 */
export const DURATION_MEASURES = ['known', 'activity'] as const;
export type DurationMeasure = (typeof DURATION_MEASURES)[number];

/**
 * How durations were read: 'tenure-column' = the tenure column (or first day to churn or as-of
 * date where it is empty); 'first-to-churn' = first purchase (or sign-up) to the churn date (a
 * flag's date, contract end, partial churn's window start); under an inactivity definition
 * 'first-to-last-activity' or 'first-to-loss-known' (DurationMeasure). Customers still active
 * are censored at the as-of date; the event is churn under the stamp's definition.
 */
export type DurationCode = 'tenure-column' | 'first-to-churn' | 'first-to-last-activity' | 'first-to-loss-known';

/** Customers of the curves who bought on a single day only (frequency 0), and the step of the curve they make. */
export interface OneTimeBuyers {
  customers: number;
  /** Of all customers in the curves. */
  share: number;
  /** Of them, churned under the definition. */
  churned: number;
  /** Where their losses fall, in the result's unit: 0 measured to the last activity, N + 1 days to the loss known; NaN when none churned. */
  stepTime: number;
  /** All customers lost at stepTime (every curve together), the customers at risk there, and how many of the lost are one-time buyers. */
  stepEvents: number;
  stepAtRisk: number;
  stepOneTime: number;
}

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
  /** Under an inactivity definition: measure to the day the loss became known (default) or to the last activity. */
  duration?: DurationMeasure;
  /** Rules for the group and filter columns that vary within customers (see AttributeValueRule). */
  attributeRules?: AttributeRules;
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
  duration: DurationCode;
  /** The window of an inactivity definition: the lag 'first-to-loss-known' adds to a churned customer, in days (NaN otherwise). */
  lossKnownLagDays: number;
  /** Null when the data has no purchases to count (a snapshot). */
  oneTimeBuyers: OneTimeBuyers | null;
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
  /** The group column is a number cut into quantile bins (as churn by attribute cuts it): their edges. */
  groupEdges?: number[];
}
