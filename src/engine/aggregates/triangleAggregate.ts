/**
 * The retention triangle from its aggregate (src/sql/triangleSql.ts rows). The cohort numbers
 * are period numbers of one calendar period (calendarPeriods.ts), which the file does not name:
 * it is the period whose number of the as-of day is the nearest at or above the last cohort (a
 * week's numbers are near 2,200 in 2011, a year's 2011, a quarter's 8,044, a month's 24,132).
 * The measure is the user's: the rows hold the active, last-active and revenue counts.
 */
import type { CohortPeriod, Result, RetentionTriangleOptions, RetentionTriangleResult } from '../api.ts';
import type { LoadedDataset } from '../loading/datasetLoading.ts';
import { triangleFromCounts, type CohortPeriodCount } from '../../core/analyses/retention-triangle/cellsFromCounts.ts';
import { periodOfDay } from '../../core/analyses/retention-triangle/calendarPeriods.ts';
import { isoDate } from '../../core/customers/customerActivity.ts';
import { toSet } from '../analyses/retention-triangle.ts';
import { aggregateInvalid, aggregateStamp, type AggregateColumns } from './aggregateColumns.ts';

const PERIODS: CohortPeriod[] = ['week', 'month', 'quarter', 'year'];

/** The calendar period whose numbering the cohorts use, or null when none fits. */
export function aggregatePeriod(cohorts: Float64Array, asOfDay: number): CohortPeriod | null {
  let last = -Infinity;
  for (const c of cohorts) if (c === c) last = Math.max(last, c);
  let best: CohortPeriod | null = null;
  let gap = Infinity;
  for (const p of PERIODS) {
    const d = periodOfDay(p, asOfDay) - last;
    if (d >= 0 && d < gap) [best, gap] = [p, d];
  }
  return best;
}

export function triangleFromAggregate(
  dataset: LoadedDataset,
  cols: AggregateColumns,
  options: Partial<RetentionTriangleOptions>,
): Result<RetentionTriangleResult> {
  const kind = 'retention-triangle';
  const asOf = cols.days('as_of');
  if (!asOf) return { ok: false, issues: [aggregateInvalid(kind, 'as_of')] };
  const read: Record<string, Float64Array> = {};
  for (const name of ['cohort', 'period', 'customers', 'last_active', 'revenue']) {
    const v = cols.numbers(name);
    if (!v && name !== 'revenue') return { ok: false, issues: [aggregateInvalid(kind, name)] };
    read[name] = v ?? new Float64Array(cols.rows).fill(NaN);
  }
  const rows: CohortPeriodCount[] = [];
  for (let i = 0; i < cols.rows; i++) {
    const cohort = read.cohort[i];
    const k = read.period[i];
    if (!Number.isInteger(cohort) || !Number.isInteger(k) || k < 0)
      return { ok: false, issues: [aggregateInvalid(kind, Number.isInteger(cohort) ? 'period' : 'cohort')] };
    rows.push({
      cohort,
      period: k,
      customers: read.customers[i] || 0,
      lastActive: read.last_active[i] || 0,
      revenue: read.revenue[i],
    });
  }
  const asOfDay = asOf[0];
  if (!(asOfDay === asOfDay)) return { ok: false, issues: [aggregateInvalid(kind, 'as_of')] };
  const period = aggregatePeriod(read.cohort, asOfDay);
  if (!period) return { ok: false, issues: [aggregateInvalid(kind, 'cohort')] };
  const measure = options.measure ?? 'active';
  const minCohortSize = options.minCohortSize ?? 1;
  const t = triangleFromCounts(rows, { period, measure, minCohortSize }, asOfDay);
  return {
    ok: true,
    value: {
      stamp: aggregateStamp(kind, dataset, isoDate(asOfDay), { period, measure, windows: 'calendar', minCohortSize }),
      period,
      measure,
      windows: 'calendar',
      minCohortSize,
      triangles: [toSet(t, null)],
      pooled: [],
    },
  };
}
