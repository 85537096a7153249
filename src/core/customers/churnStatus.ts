/**
 * Applying a churn definition: each customer is active, at risk or churned, with the day the
 * churn is dated to (NaN when unknown) and the day the loss became known. Inactivity dates
 * churn to the last purchase day (the day the customer was last seen), but the loss is known
 * only on the first day with more than the window without activity; contract end, a flag's
 * date column and partial churn (the first day of the recent window) are known on their date.
 */
import type { CustomerActivity } from './customerActivity.ts';
import { DEFAULT_RELATIVE_MIN_DAYS } from '../../engine/api.ts';
import type { ChurnDefinition } from './churnDefinition.ts';
import { medianInPlace } from '../stats/medianInPlace.ts';

export const ACTIVE = 0;
export const AT_RISK = 1;
export const CHURNED = 2;

export interface ChurnStatus {
  status: Uint8Array;
  churnDay: Float64Array;
  /**
   * The day the loss became known, from which period KPIs count it (NaN when unknown): under
   * inactivity the first day d with d − last day > the window, so churned as of a day D ⇔
   * knownDay ≤ D; the churn day itself for the other definitions.
   */
  knownDay: Float64Array;
}

function blank(n: number): ChurnStatus {
  return {
    status: new Uint8Array(n),
    churnDay: new Float64Array(n).fill(NaN),
    knownDay: new Float64Array(n).fill(NaN),
  };
}

/**
 * Median of the gaps between consecutive purchase days of customer c; NaN with one day.
 * `scratch` must hold at least the customer's number of gaps (reused across customers).
 */
export function medianGap(activity: CustomerActivity, c: number, scratch: Float64Array): number {
  const from = activity.dayStart[c];
  const to = activity.dayStart[c + 1];
  if (to - from < 2) return NaN;
  for (let k = from + 1; k < to; k++) scratch[k - from - 1] = activity.days[k] - activity.days[k - 1];
  return medianInPlace(scratch, to - from - 1);
}

type Inactivity = Extract<ChurnDefinition, { kind: 'inactivity' }>;

/**
 * The days without activity after which a customer is churned: `days`, or under a relative
 * definition max(minDays, factor × the customer's median gap) when they have a gap (NaN: one
 * purchase day, who keep `days`). Loss dating reads the same window.
 */
export function inactivityWindow(definition: Inactivity, gap: number): number {
  if (definition.relativeFactor === undefined || gap !== gap) return definition.days;
  return Math.max(definition.minDays ?? DEFAULT_RELATIVE_MIN_DAYS, definition.relativeFactor * gap);
}

export function inactivityStatus(
  lastDay: ArrayLike<number>,
  asOfDay: number,
  definition: Inactivity,
  activity: CustomerActivity | null,
): ChurnStatus {
  const n = lastDay.length;
  const out = blank(n);
  let longest = 0;
  if (activity)
    for (let c = 0; c < activity.customers; c++)
      longest = Math.max(longest, activity.dayStart[c + 1] - activity.dayStart[c]);
  const scratch = new Float64Array(longest);
  for (let c = 0; c < n; c++) {
    const last = lastDay[c];
    if (last !== last) continue;
    const since = asOfDay - last;
    const relative = definition.relativeFactor !== undefined && activity !== null;
    const threshold = inactivityWindow(definition, relative ? medianGap(activity, c, scratch) : NaN);
    if (since > threshold) {
      out.status[c] = CHURNED;
      out.churnDay[c] = last;
      out.knownDay[c] = Math.floor(last + threshold) + 1;
    } else if (definition.atRiskDays !== undefined && since >= definition.atRiskDays) out.status[c] = AT_RISK;
  }
  return out;
}

/** flag: 1 churned, 0 not, −1 unknown (counted as not churned; the summary reports how many). */
export function flagStatus(flag: Int8Array, churnDay: ArrayLike<number> | null): ChurnStatus {
  const out = blank(flag.length);
  for (let c = 0; c < flag.length; c++) {
    if (flag[c] !== 1) continue;
    out.status[c] = CHURNED;
    if (churnDay !== null) out.churnDay[c] = out.knownDay[c] = churnDay[c];
  }
  return out;
}

/** A date on the as-of day itself counts as churned: the contract has ended by then. */
export function contractEndStatus(endDay: ArrayLike<number>, asOfDay: number): ChurnStatus {
  const out = blank(endDay.length);
  for (let c = 0; c < endDay.length; c++) {
    const d = endDay[c];
    if (d === d && d <= asOfDay) {
      out.status[c] = CHURNED;
      out.churnDay[c] = out.knownDay[c] = d;
    }
  }
  return out;
}

/**
 * The first day of the recent window partial churn compares: `months` months ending with the
 * last month the data has finished by the as-of date (activity.lastFinishedMonth).
 */
export function partialWindowStart(activity: CustomerActivity, months: number): number {
  const first = activity.lastFinishedMonth - months + 1;
  return Date.UTC(Math.floor(first / 12), first % 12, 1) / 86_400_000;
}

/**
 * The months partial churn can compare: from the data's first month to the last it has
 * finished. The two windows of `months` months fit when 2 × months ≤ available.
 */
export function partialMonthsAvailable(activity: CustomerActivity): number {
  return Math.max(0, activity.lastFinishedMonth - activity.monthly.firstMonth + 1);
}

/**
 * Revenue in the last `months` finished months against the same number of months before. The
 * caller checks that both windows fit the data (partialMonthsAvailable); where they do not,
 * no customer is churned.
 */
export function partialStatus(
  activity: CustomerActivity,
  definition: Extract<ChurnDefinition, { kind: 'partial' }>,
): ChurnStatus {
  const { customers, monthly, lastFinishedMonth } = activity;
  const out = blank(customers);
  const k = definition.months;
  const end = lastFinishedMonth - monthly.firstMonth;
  const recentFrom = end - k + 1;
  const priorFrom = recentFrom - k;
  if (priorFrom < 0) return out;
  const windowStart = partialWindowStart(activity, k);
  const keep = 1 - definition.dropPercent / 100;
  for (let c = 0; c < customers; c++) {
    let prior = 0;
    let recent = 0;
    const row = c * monthly.months;
    for (let m = priorFrom; m < recentFrom; m++) prior += monthly.values[row + m];
    for (let m = recentFrom; m <= end; m++) recent += monthly.values[row + m];
    if (prior > 0 && recent <= prior * keep) {
      out.status[c] = CHURNED;
      out.churnDay[c] = out.knownDay[c] = windowStart;
    }
  }
  return out;
}

/** 1 where a customer's status is churned, else 0: the event every churn rate counts. */
export function churnedFlags(status: Uint8Array): Uint8Array {
  // A loop, not Uint8Array.from with a mapping function: ~20× faster on 100k customers.
  const churned = new Uint8Array(status.length);
  for (let i = 0; i < status.length; i++) churned[i] = status[i] === CHURNED ? 1 : 0;
  return churned;
}
