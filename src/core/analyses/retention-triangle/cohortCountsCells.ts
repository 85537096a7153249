/**
 * The cells of a triangle whose cohorts are formed by an attribute, from the per cohort and k
 * contributions reduced elsewhere (src/sql/triangleCohortBySql.ts), laid out as cohortCells lays
 * out those it counts with `cohortOf`: a cell counts only the customers whose own period k is
 * over (eligible), retained ones up to min(last purchase period, last period over), and revenue
 * rates are over those customers' period-0 revenue (revenueBase) — the suffix sums of what ends
 * at each k.
 */
import type { DayNumber } from '../../customers/customerActivity.ts';
import { periodOfDay, rollingIndex, type CohortPeriod } from './calendarPeriods.ts';
import type { CohortCells } from './retentionCells.ts';
import type { RetentionMeasure } from './retentionTriangle.ts';

export interface CohortKContribution {
  /** Index of the cohort's value in the labels. */
  cohort: number;
  /** k, or −1 for the customers with no period over yet. */
  period: number;
  customers: number;
  retainedTo: number;
  revenue: number | null;
  overTo: number;
  baseTo: number;
  /** The earliest start (period number, or day number with rolling windows) among the row's customers. */
  firstFrom: number;
}

export function cellsFromCohortCounts(
  rows: readonly CohortKContribution[],
  cohorts: number,
  o: { period: CohortPeriod; measure: RetentionMeasure; windows: 'calendar' | 'rolling' },
  asOfDay: DayNumber,
): CohortCells {
  const start = Int32Array.from({ length: cohorts }, (_, g) => g);
  const size = new Int32Array(cohorts);
  const earliestFirst = new Int32Array(cohorts).fill(2 ** 31 - 1);
  for (const r of rows) {
    size[r.cohort] += r.overTo;
    earliestFirst[r.cohort] = Math.min(earliestFirst[r.cohort], r.firstFrom);
  }
  const asOfPeriod = periodOfDay(o.period, asOfDay);
  const offset = new Int32Array(cohorts + 1);
  for (let g = 0; g < cohorts; g++) {
    const first = earliestFirst[g];
    const length =
      size[g] === 0 ? 0 : o.windows === 'rolling' ? rollingIndex(o.period, first, asOfDay) + 1 : asOfPeriod - first + 1;
    offset[g + 1] = offset[g] + length;
  }
  const counts = new Float64Array(offset[cohorts]);
  const eligible = new Float64Array(offset[cohorts]);
  const revenueBase = o.measure === 'revenue' ? new Float64Array(offset[cohorts]) : null;
  for (const r of rows) {
    const g = r.cohort;
    if (r.period < 0 || r.period >= offset[g + 1] - offset[g]) continue;
    const at = offset[g] + r.period;
    if (o.measure === 'active') counts[at] += r.customers;
    else if (o.measure === 'retained') counts[at] += r.retainedTo;
    else if (r.revenue !== null && r.revenue === r.revenue) counts[at] += r.revenue;
    eligible[at] += r.overTo;
    if (revenueBase) revenueBase[at] += r.baseTo;
  }
  // What ends at k counts at every k′ ≤ k: suffix sums per row.
  const suffix = (a: Float64Array) => {
    for (let g = 0; g < cohorts; g++) for (let i = offset[g + 1] - 2; i >= offset[g]; i--) a[i] += a[i + 1];
  };
  suffix(eligible);
  if (revenueBase) suffix(revenueBase);
  if (o.measure === 'retained') suffix(counts);
  return { start, size, earliestFirst, latestFirst: earliestFirst, offset, counts, eligible, revenueBase };
}
