/**
 * The triangle's cells from cohort × period counts reduced elsewhere (the generated SQL's
 * rows, src/sql/triangleSql.ts), laid out as cohortCells lays out those it counts from purchase
 * days, so that triangleFromCells gives the same triangle whichever engine did the counting.
 * Calendar windows only: every customer of a calendar cohort starts in the same period, so the
 * cohort's period is its earliest and latest start alike.
 */
import type { DayNumber } from '../../customers/customerActivity.ts';
import { periodLabel, periodOfDay, type CohortPeriod } from './calendarPeriods.ts';
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
}

export function cellsFromCounts(
  rows: readonly CohortPeriodCount[],
  period: CohortPeriod,
  measure: RetentionMeasure,
  asOfDay: DayNumber,
): CohortCells {
  const asOfPeriod = periodOfDay(period, asOfDay);
  let minPeriod = Infinity;
  for (const r of rows) minPeriod = Math.min(minPeriod, r.cohort);
  const groups = rows.length === 0 ? 0 : asOfPeriod - minPeriod + 1;
  const start = Int32Array.from({ length: groups }, (_, g) => minPeriod + g);
  const size = new Int32Array(groups);
  for (const r of rows) if (r.period === 0) size[r.cohort - minPeriod] = r.customers;
  const offset = new Int32Array(groups + 1);
  for (let g = 0; g < groups; g++) offset[g + 1] = offset[g] + (size[g] === 0 ? 0 : asOfPeriod - start[g] + 1);
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
  return { start, size, earliestFirst: start, latestFirst: start, offset, counts, eligible: null, revenueBase: null };
}

/** The calendar triangle (labels as the app's) from counted cells. */
export function triangleFromCounts(
  rows: readonly CohortPeriodCount[],
  options: { period: CohortPeriod; measure: RetentionMeasure; minCohortSize?: number },
  asOfDay: DayNumber,
): RetentionTriangle {
  const o = { ...options, windows: 'calendar' as const, minCohortSize: options.minCohortSize ?? 1 };
  const cells = cellsFromCounts(rows, o.period, o.measure, asOfDay);
  return triangleFromCells(cells, o, (p) => periodLabel(o.period, p), asOfDay);
}
