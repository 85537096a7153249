/**
 * The triangle's cells from cohort × period counts reduced elsewhere (the generated SQL's
 * rows, src/sql/triangleSql.ts), laid out as cohortCells lays out those it counts from purchase
 * days, so that triangleFromCells gives the same triangle whichever engine did the counting.
 * Calendar windows: every customer of a calendar cohort starts in the same period, so the
 * cohort's period is its earliest and latest start alike. Rolling windows: the rows of period 0
 * carry the cohort's earliest and latest first purchase day (every customer is active in their
 * window 0), which fix the row's length and its observed cells as cohortCells reads them.
 */
import type { DayNumber } from '../../customers/customerActivity.ts';
import { periodLabel, periodOfDay, rollingIndex, type CohortPeriod } from './calendarPeriods.ts';
import type { CohortCells } from './retentionCells.ts';
import { triangleFromCells, type RetentionMeasure, type RetentionTriangle } from './retentionTriangle.ts';

export interface CohortPeriodCount {
  /** The cohort's period number (calendarPeriods.ts) and k, periods since it. */
  cohort: number;
  period: number;
  /** Customers with a purchase in period k. */
  customers: number;
  /** Customers whose last purchase period is k. */
  lastActive: number;
  /** Purchase revenue of the cohort in period k (NaN or null when unknown: counted as none, as the app skips it). */
  revenue: number | null;
  /** Rolling windows: the earliest and latest first purchase day (day numbers) of the row's customers. */
  firstFrom?: number;
  firstTo?: number;
}

export function cellsFromCounts(
  rows: readonly CohortPeriodCount[],
  period: CohortPeriod,
  measure: RetentionMeasure,
  asOfDay: DayNumber,
  windows: 'calendar' | 'rolling' = 'calendar',
): CohortCells {
  const asOfPeriod = periodOfDay(period, asOfDay);
  let minPeriod = Infinity;
  for (const r of rows) minPeriod = Math.min(minPeriod, r.cohort);
  const groups = rows.length === 0 ? 0 : asOfPeriod - minPeriod + 1;
  const start = Int32Array.from({ length: groups }, (_, g) => minPeriod + g);
  const size = new Int32Array(groups);
  // Calendar: a cohort's customers all start in its period. Rolling: on its first days.
  const earliestFirst = windows === 'calendar' ? start : new Int32Array(groups);
  const latestFirst = windows === 'calendar' ? start : new Int32Array(groups);
  for (const r of rows) {
    if (r.period !== 0) continue;
    const g = r.cohort - minPeriod;
    size[g] = r.customers;
    if (windows === 'calendar') continue;
    if (!Number.isInteger(r.firstFrom) || !Number.isInteger(r.firstTo))
      throw new RangeError(`cellsFromCounts: rolling windows need the first days of cohort ${r.cohort}`);
    earliestFirst[g] = r.firstFrom!;
    latestFirst[g] = r.firstTo!;
  }
  const length = (g: number) =>
    windows === 'calendar' ? asOfPeriod - start[g] + 1 : rollingIndex(period, earliestFirst[g], asOfDay) + 1;
  const offset = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) offset[g + 1] = offset[g] + (size[g] === 0 ? 0 : length(g));
  const counts = new Float64Array(offset[groups]);
  for (const r of rows) {
    const g = r.cohort - minPeriod;
    if (r.period >= offset[g + 1] - offset[g]) continue;
    const at = offset[g] + r.period;
    if (measure === 'active') counts[at] = r.customers;
    else if (measure === 'retained') counts[at] = r.lastActive;
    else if (r.revenue !== null && r.revenue === r.revenue) counts[at] = r.revenue;
  }
  // Retained at k = customers whose last active period is k or later: a suffix sum per row.
  if (measure === 'retained')
    for (let g = 0; g < groups; g++) for (let i = offset[g + 1] - 2; i >= offset[g]; i--) counts[i] += counts[i + 1];
  return { start, size, earliestFirst, latestFirst, offset, counts, eligible: null, revenueBase: null };
}

/** The triangle (labels as the app's) from counted cells, calendar periods unless rolling windows are named. */
export function triangleFromCounts(
  rows: readonly CohortPeriodCount[],
  options: {
    period: CohortPeriod;
    measure: RetentionMeasure;
    minCohortSize?: number;
    windows?: 'calendar' | 'rolling';
  },
  asOfDay: DayNumber,
): RetentionTriangle {
  const o = { ...options, windows: options.windows ?? 'calendar', minCohortSize: options.minCohortSize ?? 1 };
  const cells = cellsFromCounts(rows, o.period, o.measure, asOfDay, o.windows);
  return triangleFromCells(cells, o, (p) => periodLabel(o.period, p), asOfDay);
}
