/**
 * Cohort retention triangle: one row per cohort, one cell per period k since acquisition.
 *
 * - Cohort: the calendar period (UTC; ISO Monday weeks, months, quarters, years) of the
 *   customer's first purchase day. With `cohortOf`, customers are grouped by that code instead
 *   (negative = left out), but each customer's clock still starts at their own first purchase.
 * - calendar windows: period k of a customer is the calendar period first period + k.
 *   rolling windows: period k is the days [first + k·L, first + (k + 1)·L) with L = 7, 30.4375,
 *   91.3125 or 365.25 days (a Julian week, month, quarter, year; see ROLLING_DAYS).
 * - active: customers with a purchase in period k (at k = 0 the whole cohort, so the rate is 1).
 *   retained ("unbounded"): customers with a purchase in period k or later. revenue: net cohort
 *   revenue in period k (refunds subtract; NaN day revenue is skipped) over that of period 0.
 * - observed: period k has ended on or before the as-of day for every customer of the cohort,
 *   i.e. for its latest-starting customer. A row runs to the period that holds the as-of day
 *   for its earliest customer, so the last cells are partial: they keep their counts but stay
 *   out of the averages.
 * - retained counts purchases up to the as-of day, the last partial period included, and
 *   "observed" means the same as for active: period k is over. Such a cell is a lower bound:
 *   a customer silent since period k who comes back later raises it. The alternative, counting
 *   only up to a horizon that every cohort has reached, would make a cohort's row shrink as it
 *   ages; we keep the standard unbounded definition and say so.
 * - averages over observed cells of cohorts with at least `minCohortSize` customers (smaller
 *   ones are flagged `small`): simple = mean of the cohort rates, weighted = Σ counts / Σ sizes.
 *   For revenue, weighted = Σ revenue_k / Σ revenue_0, and a cohort whose period-0 revenue is
 *   not positive has no rate (NaN) and stays out of both.
 * Linear in purchase days plus cells: each purchase day is mapped to its k once.
 */
import type { CustomerActivity, DayNumber } from '../../customers/customerActivity.ts';
import { periodLabel, periodStartDay, rollingLastDay, type CohortPeriod } from './calendarPeriods.ts';
import { cohortCells } from './retentionCells.ts';
import { wilsonInterval } from '../../stats/wilsonInterval.ts';

export type { CohortPeriod } from './calendarPeriods.ts';
export type RetentionMeasure = 'active' | 'retained' | 'revenue';
export type RetentionWindows = 'calendar' | 'rolling';

export interface RetentionCohort {
  /** Period number of the cohort, or its code when `cohortOf` was given. */
  start: number;
  label: string;
  size: number;
  /** Fewer than minCohortSize customers: shown, but left out of the averages. */
  small: boolean;
  /** Per k: customers active or retained, or net revenue. */
  counts: Float64Array;
  /** counts[k] / size, or revenue[k] / revenue[0]. */
  values: Float64Array;
  /** 1 where period k is fully observed at the as-of day. */
  observed: Uint8Array;
  /** Wilson 95 % interval of values[k] for counts; NaN for revenue. */
  low: Float64Array;
  high: Float64Array;
}

export interface RetentionTriangle {
  period: CohortPeriod;
  measure: RetentionMeasure;
  windows: RetentionWindows;
  minCohortSize: number;
  cohorts: RetentionCohort[];
  /** Per k, over observed cells of cohorts that are not small; NaN where there is none. */
  average: { simple: Float64Array; weighted: Float64Array; observedCohorts: Int32Array };
  maxPeriods: number;
  asOfDay: DayNumber;
}

export interface RetentionOptions {
  period: CohortPeriod;
  measure: RetentionMeasure;
  windows?: RetentionWindows;
  minCohortSize?: number;
  /** A cohort code per customer (−1 = none), from another column; labels in cohortLabels. */
  cohortOf?: Int32Array;
  cohortLabels?: string[];
}

/** Last day of period k for a customer whose first period (calendar) or first day (rolling) is `first`. */
function lastDayOf(period: CohortPeriod, windows: RetentionWindows, first: number, k: number): DayNumber {
  if (windows === 'rolling') return rollingLastDay(period, first, k);
  return periodStartDay(period, first + k + 1) - 1;
}

export function retentionTriangle(activity: CustomerActivity, options: RetentionOptions): RetentionTriangle {
  const o = { windows: 'calendar' as RetentionWindows, minCohortSize: 1, ...options };
  const { period, measure, windows, minCohortSize } = o;
  const cells = cohortCells(activity, o);
  const cohorts: RetentionCohort[] = [];
  let maxPeriods = 0;
  for (let g = 0; g < cells.size.length; g++) {
    const size = cells.size[g];
    if (size === 0) continue;
    const counts = cells.counts.slice(cells.offset[g], cells.offset[g + 1]);
    const n = counts.length;
    const values = new Float64Array(n);
    const observed = new Uint8Array(n);
    const low = new Float64Array(n).fill(NaN);
    const high = new Float64Array(n).fill(NaN);
    for (let k = 0; k < n; k++) {
      observed[k] = lastDayOf(period, windows, cells.latestFirst[g], k) <= activity.asOfDay ? 1 : 0;
      if (measure === 'revenue') values[k] = counts[0] > 0 ? counts[k] / counts[0] : NaN;
      else {
        values[k] = counts[k] / size;
        ({ low: low[k], high: high[k] } = wilsonInterval(counts[k], size));
      }
    }
    const start = cells.start[g];
    const label = options.cohortOf ? (options.cohortLabels?.[start] ?? String(start)) : periodLabel(period, start);
    cohorts.push({ start, label, size, small: size < minCohortSize, counts, values, observed, low, high });
    maxPeriods = Math.max(maxPeriods, n);
  }
  const average = averages(cohorts, measure, maxPeriods);
  return { period, measure, windows, minCohortSize, cohorts, average, maxPeriods, asOfDay: activity.asOfDay };
}

function averages(cohorts: RetentionCohort[], measure: RetentionMeasure, maxPeriods: number) {
  const simple = new Float64Array(maxPeriods);
  const numerator = new Float64Array(maxPeriods);
  const denominator = new Float64Array(maxPeriods);
  const observedCohorts = new Int32Array(maxPeriods);
  for (const c of cohorts) {
    if (c.small || Number.isNaN(c.values[0])) continue;
    const base = measure === 'revenue' ? c.counts[0] : c.size;
    for (let k = 0; k < c.counts.length; k++) {
      if (!c.observed[k]) continue;
      simple[k] += c.values[k];
      numerator[k] += c.counts[k];
      denominator[k] += base;
      observedCohorts[k]++;
    }
  }
  const weighted = new Float64Array(maxPeriods);
  for (let k = 0; k < maxPeriods; k++) {
    simple[k] = observedCohorts[k] > 0 ? simple[k] / observedCohorts[k] : NaN;
    weighted[k] = observedCohorts[k] > 0 ? numerator[k] / denominator[k] : NaN;
  }
  return { simple, weighted, observedCohorts };
}
