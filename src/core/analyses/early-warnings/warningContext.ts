/**
 * What every early-warning check reads during one earlyWarnings call: the activity, the index of
 * the last complete month, the first day of each month of the table, and the month and date
 * labels the evidence carries. Month i is an index into activity.monthly (month firstMonth + i); months
 * outside the table had no revenue, and every purchase day falls inside the table.
 */
import { MS_PER_DAY, monthLabel, type CustomerActivity } from '../../customers/customerActivity.ts';

export interface WarningContext {
  activity: CustomerActivity;
  /**
   * Index of activity.lastFinishedMonth in activity.monthly: the last month complete at the
   * as-of date that the data covers to its end. A later month would read as one without
   * purchases, so no rule judges it.
   */
  last: number;
  /** monthStart[i]: day number of the first day of month i, for i in 0 .. months. */
  monthStart: Float64Array;
  /** Scratch for one customer's gaps between purchase days. */
  gaps: Float64Array;
}

export function warningContext(activity: CustomerActivity, mostDays: number): WarningContext {
  const { firstMonth, months } = activity.monthly;
  const monthStart = new Float64Array(months + 1);
  for (let i = 0; i <= months; i++) {
    const month = firstMonth + i;
    monthStart[i] = Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY;
  }
  const last = activity.lastFinishedMonth - firstMonth;
  return { activity, last, monthStart, gaps: new Float64Array(Math.max(0, mostDays - 1)) };
}

export function revenue(a: CustomerActivity, c: number, i: number): number {
  const { months, values } = a.monthly;
  return i >= 0 && i < months ? values[c * months + i] : 0;
}

export function revenueBetween(a: CustomerActivity, c: number, from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) sum += revenue(a, c, i);
  return sum;
}

export function boughtBeforeMonth(ctx: WarningContext, c: number, i: number): boolean {
  const { dayStart, days } = ctx.activity;
  const start = dayStart[c];
  return start < dayStart[c + 1] && days[start] < ctx.monthStart[Math.max(0, Math.min(i, ctx.monthStart.length - 1))];
}

/** Index of the month holding `day`, a day inside the table. */
export function monthIndexOfDay(ctx: WarningContext, day: number): number {
  let lo = 0;
  let hi = ctx.monthStart.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (ctx.monthStart[mid] <= day) lo = mid;
    else hi = mid;
  }
  return lo;
}

export const label = (ctx: WarningContext, i: number) => monthLabel(ctx.activity.monthly.firstMonth + i);

export function isoDate(ctx: WarningContext, day: number): string {
  const i = monthIndexOfDay(ctx, day);
  const date = day - ctx.monthStart[i] + 1;
  return `${label(ctx, i)}-${date < 10 ? '0' : ''}${date}`;
}
