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
 *   i.e. for its latest-starting customer. Cohorts from another column (`cohortOf`) mix start
 *   dates, so there each cell counts only the customers whose own period k is over
 *   (`eligible`), its rate is over them, and it is observed when there is at least one. A row runs to the period that holds the as-of day
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
import { periodLabel, type CohortPeriod } from './calendarPeriods.ts';
import { cohortCells, lastDayOf, type CellMembers, type CohortCells } from './retentionCells.ts';
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
  /** With cohortOf: per k, the customers whose own period k is over (the base of the rate); else null. */
  eligible: Float64Array | null;
  /** With cohortOf and revenue: per k, the period-0 revenue of those customers (the base of the rate). */
  revenueBase: Float64Array | null;
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

/**
 * With `members`, also marks the customers one cell counts: `members.cohort` names the cohort
 * by its label (as the result labels it) and `members.k` the period.
 */
export function retentionTriangle(
  activity: CustomerActivity,
  options: RetentionOptions,
  members?: { cohort: string; k: number; into: Uint8Array },
): RetentionTriangle {
  const o = { windows: 'calendar' as RetentionWindows, minCohortSize: 1, ...options };
  const { period } = o;
  const labelOf = (start: number) =>
    options.cohortOf ? (options.cohortLabels?.[start] ?? String(start)) : periodLabel(period, start);
  const marking: CellMembers | undefined = members && {
    cohort: (start) => labelOf(start) === members.cohort,
    k: members.k,
    into: members.into,
  };
  return triangleFromCells(cohortCells(activity, o, marking), o, labelOf, activity.asOfDay);
}

/**
 * The triangle from its counted cells: from the purchase days (above), or from cohort × period
 * counts reduced elsewhere (cellsFromCounts.ts, e.g. by the generated SQL).
 */
export function triangleFromCells(
  cells: CohortCells,
  o: Required<Pick<RetentionOptions, 'period' | 'measure' | 'windows' | 'minCohortSize'>>,
  labelOf: (start: number) => string,
  asOfDay: DayNumber,
): RetentionTriangle {
  const { period, measure, windows, minCohortSize } = o;
  const cohorts: RetentionCohort[] = [];
  let maxPeriods = 0;
  for (let g = 0; g < cells.size.length; g++) {
    const size = cells.size[g];
    if (size === 0) continue;
    const counts = cells.counts.slice(cells.offset[g], cells.offset[g + 1]);
    const eligible = cells.eligible?.slice(cells.offset[g], cells.offset[g + 1]) ?? null;
    const revenueBase = cells.revenueBase?.slice(cells.offset[g], cells.offset[g + 1]) ?? null;
    const n = counts.length;
    const values = new Float64Array(n);
    const observed = new Uint8Array(n);
    const low = new Float64Array(n).fill(NaN);
    const high = new Float64Array(n).fill(NaN);
    for (let k = 0; k < n; k++) {
      if (eligible) {
        observed[k] = eligible[k] > 0 ? 1 : 0;
        if (measure === 'revenue') values[k] = revenueBase![k] > 0 ? counts[k] / revenueBase![k] : NaN;
        else if (eligible[k] > 0) {
          values[k] = counts[k] / eligible[k];
          ({ low: low[k], high: high[k] } = wilsonInterval(counts[k], eligible[k]));
        } else values[k] = NaN;
        continue;
      }
      observed[k] = lastDayOf(period, windows, cells.latestFirst[g], k) <= asOfDay ? 1 : 0;
      if (measure === 'revenue') values[k] = counts[0] > 0 ? counts[k] / counts[0] : NaN;
      else {
        values[k] = counts[k] / size;
        ({ low: low[k], high: high[k] } = wilsonInterval(counts[k], size));
      }
    }
    const start = cells.start[g];
    const label = labelOf(start);
    const small = size < minCohortSize;
    cohorts.push({ start, label, size, small, counts, values, observed, eligible, revenueBase, low, high });
    maxPeriods = Math.max(maxPeriods, n);
  }
  const average = averages(cohorts, measure, maxPeriods);
  return { period, measure, windows, minCohortSize, cohorts, average, maxPeriods, asOfDay };
}

function averages(cohorts: RetentionCohort[], measure: RetentionMeasure, maxPeriods: number) {
  const simple = new Float64Array(maxPeriods);
  const numerator = new Float64Array(maxPeriods);
  const denominator = new Float64Array(maxPeriods);
  const observedCohorts = new Int32Array(maxPeriods);
  for (const c of cohorts) {
    if (c.small || Number.isNaN(c.values[0])) continue;
    const base = measure === 'revenue' ? c.counts[0] : c.size;
    const revenueBase = c.revenueBase;
    for (let k = 0; k < c.counts.length; k++) {
      if (!c.observed[k] || Number.isNaN(c.values[k])) continue;
      simple[k] += c.values[k];
      numerator[k] += c.counts[k];
      denominator[k] += c.eligible ? (revenueBase ? revenueBase[k] : c.eligible[k]) : base;
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
