/**
 * The counting pass of the retention triangle (see retentionTriangle.ts for the definitions):
 * every purchase day is mapped once to its cohort g and period k, and the cells are laid out
 * row after row in one Float64Array. Cohort g's row runs from k = 0 to the period holding the
 * as-of day for its earliest-starting customer.
 *
 * Cohorts from another column (`cohortOf`) mix customers who started at different times, so a
 * cell counts only the customers whose own period k is over by the as-of day (`eligible`), as
 * PostHog and Amplitude do; purchases in a customer's unfinished period are not counted.
 */
import type { CustomerActivity, DayNumber } from '../../customers/customerActivity.ts';
import {
  periodOfDay,
  periodStartDay,
  ROLLING_DAYS,
  rollingIndex,
  rollingLastDay,
  type CohortPeriod,
} from './calendarPeriods.ts';

/** Last day of period k for a customer whose first period (calendar) or first day (rolling) is `first`. */
export function lastDayOf(period: CohortPeriod, windows: 'calendar' | 'rolling', first: number, k: number): DayNumber {
  if (windows === 'rolling') return rollingLastDay(period, first, k);
  return periodStartDay(period, first + k + 1) - 1;
}

export interface CohortCells {
  /** Per cohort: period number (or code), customers, and the earliest and latest first period (calendar) or first day (rolling). */
  start: Int32Array;
  size: Int32Array;
  earliestFirst: Int32Array;
  latestFirst: Int32Array;
  /** counts[offset[g] + k]: customers active or retained, or net revenue, of cohort g in period k. */
  offset: Int32Array;
  counts: Float64Array;
  /**
   * With `cohortOf` only (else null): per cell, the customers whose own period k is over, and
   * for revenue the period-0 revenue of those customers (the base of the cell's rate).
   */
  eligible: Float64Array | null;
  revenueBase: Float64Array | null;
}

export interface CellOptions {
  period: CohortPeriod;
  measure: 'active' | 'retained' | 'revenue';
  windows: 'calendar' | 'rolling';
  cohortOf?: Int32Array;
  cohortLabels?: string[];
}

/**
 * The customers one cell counts: those counted in period `k` of the cohort(s) whose start
 * (period number, or code with cohortOf) `cohort` accepts get `into[c] = 1` (for revenue: those
 * whose revenue the cell sums). What a drill-down into a triangle cell lists.
 */
export interface CellMembers {
  cohort: (start: number) => boolean;
  k: number;
  into: Uint8Array;
}

export function cohortCells(activity: CustomerActivity, o: CellOptions, members?: CellMembers): CohortCells {
  const { customers, dayStart, days, dayRevenue, asOfDay } = activity;
  const { period, cohortOf } = o;
  const rolling = o.windows === 'rolling';
  if (cohortOf && cohortOf.length !== customers)
    throw new RangeError(`retentionTriangle: cohortOf has ${cohortOf.length} codes for ${customers} customers`);
  // Customers without a purchase day up to the as-of day belong to no cohort.
  const buyer = (c: number) => dayStart[c + 1] > dayStart[c] && days[dayStart[c]] <= asOfDay;
  let minDay = asOfDay;
  for (let c = 0; c < customers; c++) if (buyer(c)) minDay = Math.min(minDay, days[dayStart[c]]);
  // Period of each day in the span, computed once rather than per purchase day.
  const periodOf = new Int32Array(asOfDay - minDay + 1);
  for (let d = 0; d < periodOf.length; d++) periodOf[d] = periodOfDay(period, minDay + d);
  const minPeriod = periodOf[0];
  const group = new Int32Array(customers).fill(-1);
  let groups = cohortOf ? (o.cohortLabels?.length ?? 0) : periodOf[periodOf.length - 1] - minPeriod + 1;
  for (let c = 0; c < customers; c++) {
    if (!buyer(c)) continue;
    group[c] = cohortOf ? cohortOf[c] : periodOf[days[dayStart[c]] - minDay] - minPeriod;
    if (group[c] >= groups) groups = group[c] + 1;
  }
  if (!cohortOf && group.every((g) => g < 0)) groups = 0;
  const start = new Int32Array(groups);
  const size = new Int32Array(groups);
  const earliestFirst = new Int32Array(groups).fill(2 ** 31 - 1);
  const latestFirst = new Int32Array(groups).fill(-(2 ** 31));
  for (let g = 0; g < groups; g++) start[g] = cohortOf ? g : minPeriod + g;
  for (let c = 0; c < customers; c++) {
    const g = group[c];
    if (g < 0) continue;
    const first = days[dayStart[c]];
    const anchor = rolling ? first : periodOf[first - minDay];
    size[g]++;
    if (anchor < earliestFirst[g]) earliestFirst[g] = anchor;
    if (anchor > latestFirst[g]) latestFirst[g] = anchor;
  }
  const offset = new Int32Array(groups + 1);
  const asOfPeriod = periodOf[asOfDay - minDay];
  for (let g = 0; g < groups; g++) {
    const first = earliestFirst[g];
    const length = size[g] === 0 ? 0 : rolling ? rollingIndex(period, first, asOfDay) + 1 : asOfPeriod - first + 1;
    offset[g + 1] = offset[g] + length;
  }
  const counts = new Float64Array(offset[groups]);
  const eligible = cohortOf ? new Float64Array(offset[groups]) : null;
  const revenueBase = cohortOf && o.measure === 'revenue' ? new Float64Array(offset[groups]) : null;
  const [num, den] = ROLLING_DAYS[period];
  const revenue = o.measure === 'revenue';
  const active = o.measure === 'active';
  const marked = members ? Uint8Array.from(start, (s) => (members.cohort(s) ? 1 : 0)) : null;
  const mk = members?.k ?? -1;
  for (let c = 0; c < customers; c++) {
    const g = group[c];
    if (g < 0) continue;
    const mark = marked !== null && marked[g] === 1;
    const first = days[dayStart[c]];
    const firstPeriod = periodOf[first - minDay];
    const row = offset[g];
    const rowLength = offset[g + 1] - row;
    // The last period of this customer's own that is over (-1: none yet); every period when not by cohortOf.
    let lastOver = rowLength - 1;
    if (eligible) {
      const anchor = rolling ? first : firstPeriod;
      lastOver = -1;
      while (lastOver + 1 < rowLength && lastDayOf(period, o.windows, anchor, lastOver + 1) <= asOfDay) lastOver++;
      for (let k = 0; k <= lastOver; k++) eligible[row + k]++;
    }
    let lastK = -1;
    let firstRevenue = 0;
    for (let i = dayStart[c]; i < dayStart[c + 1] && days[i] <= asOfDay; i++) {
      const k = rolling ? Math.floor(((days[i] - first) * den) / num) : periodOf[days[i] - minDay] - firstPeriod;
      if (revenue) {
        const v = dayRevenue[i];
        if (v === v && k <= lastOver) counts[row + k] += v;
        if (v === v && k === 0) firstRevenue += v;
        if (mark && v === v && k === mk && k <= lastOver) members!.into[c] = 1;
      } else if (active && k !== lastK && k <= lastOver) {
        counts[row + k]++;
        if (mark && k === mk) members!.into[c] = 1;
      }
      lastK = k;
    }
    if (revenueBase) for (let k = 0; k <= lastOver; k++) revenueBase[row + k] += firstRevenue;
    // Retained at k: a purchase in period k or later (to the as-of day), for every k this customer's clock has passed.
    if (o.measure === 'retained') {
      if (eligible) for (let k = 0; k <= Math.min(lastK, lastOver); k++) counts[row + k]++;
      else counts[row + lastK]++;
      // Suffix sums below count this customer at every k up to lastK.
      if (mark && mk >= 0 && mk <= (eligible ? Math.min(lastK, lastOver) : lastK) && mk < rowLength)
        members!.into[c] = 1;
    }
  }
  // Retained at k = customers whose last active period is k or later: a suffix sum per row.
  if (o.measure === 'retained' && !eligible)
    for (let g = 0; g < groups; g++) for (let i = offset[g + 1] - 2; i >= offset[g]; i--) counts[i] += counts[i + 1];
  return { start, size, earliestFirst, latestFirst, offset, counts, eligible, revenueBase };
}
