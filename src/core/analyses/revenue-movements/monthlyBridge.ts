/**
 * The revenue bridge from customers' monthly revenue, wherever it was summed: the table's own
 * (CustomerActivity.monthly) or per-customer monthly rows reduced by the generated SQL
 * (monthlyFromRows). Periods folded from months; only periods the data has finished are
 * columns (the next one, if any, is open); the bridge period is the last whose base is complete
 * unless one is asked for (null when it is not a period of the bridge).
 */
import type { DayNumber, MonthNumber } from '../../customers/customerActivity.ts';
import { isoDate } from '../../customers/customerActivity.ts';
import { periodLabel, periodStartDay } from '../retention-triangle/calendarPeriods.ts';
import { lastMonthOf, periodRevenue, type MonthlyRevenue, type RevenuePeriod } from './periodRevenue.ts';
import { revenueBridge } from './revenueBridge.ts';
import { bridgeOf, type BridgeCalendar } from './bridgeRows.ts';

export interface MonthlyBridgeInputs {
  monthly: MonthlyRevenue;
  customers: number;
  period: RevenuePeriod;
  dataFirstDay: DayNumber;
  lastFinishedMonth: MonthNumber;
  /** Group code per customer (−1 none) and the number of groups, or null. */
  grouping: { codes: Int32Array; count: number } | null;
  bridgePeriod?: string;
}

function calendarOf(first: number, used: number, period: RevenuePeriod, covered: Uint8Array) {
  const calendar: BridgeCalendar = { labels: [], starts: [], ends: [], baseIncomplete: [] };
  for (let p = 0; p < used; p++) {
    calendar.labels.push(periodLabel(period, first + p));
    calendar.starts.push(isoDate(periodStartDay(period, first + p)));
    calendar.ends.push(isoDate(periodStartDay(period, first + p + 1) - 1));
    if (p + 1 < used) calendar.baseIncomplete.push(covered[p] === 0);
  }
  return calendar;
}

export function monthlyBridge(i: MonthlyBridgeInputs) {
  const { period } = i;
  const revenue = periodRevenue(i.monthly, i.customers, period, i.dataFirstDay, i.lastFinishedMonth);
  // Columns 0 … used − 1 are periods the data has finished; the next one, if any, is open.
  let used = 0;
  while (used < revenue.periods && lastMonthOf(period, revenue.firstPeriod + used) <= i.lastFinishedMonth) used++;
  const calendar = calendarOf(revenue.firstPeriod, used, period, revenue.covered);
  const labels = calendar.labels.slice(1);
  let chosen = labels.length - 1;
  while (chosen > 0 && calendar.baseIncomplete[chosen]) chosen--;
  if (i.bridgePeriod !== undefined) {
    chosen = labels.indexOf(i.bridgePeriod);
    if (chosen < 0) return { unknownPeriod: true as const, labels };
  }
  const groups = i.grouping?.count ?? 0;
  const { totals, movement, change } = revenueBridge(
    { customers: i.customers, stride: revenue.periods, values: revenue.values },
    used,
    i.grouping?.codes ?? null,
    groups,
    chosen,
  );
  const everyBucket = Array.from({ length: totals.buckets }, (_, b) => b);
  const bridge = used >= 2 ? bridgeOf(totals, everyBucket, calendar) : null;
  return { unknownPeriod: false as const, revenue, used, calendar, labels, chosen, totals, movement, change, bridge };
}

/**
 * The monthly matrix from (customer, month number, revenue) rows, customers numbered in order of
 * first appearance; months from the earliest row's (or the as-of day's, if earlier) to the as-of
 * day's; a missing cell is 0, as a month without orders is.
 */
export function monthlyFromRows(
  rows: readonly { customer: string; month: MonthNumber; revenue: number | null }[],
  asOfMonth: MonthNumber,
): { monthly: MonthlyRevenue; customers: string[] } {
  const index = new Map<string, number>();
  let firstMonth = asOfMonth;
  for (const r of rows) {
    if (!index.has(r.customer)) index.set(r.customer, index.size);
    if (r.month < firstMonth) firstMonth = r.month;
  }
  const months = asOfMonth - firstMonth + 1;
  const values = new Float64Array(index.size * months);
  for (const r of rows)
    if (r.revenue !== null && r.revenue === r.revenue && r.month <= asOfMonth)
      values[index.get(r.customer)! * months + r.month - firstMonth] += r.revenue;
  return { monthly: { firstMonth, months, values }, customers: [...index.keys()] };
}
