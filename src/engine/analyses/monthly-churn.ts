/** Churn month by month over the customer table: who was there at each month's start, who left. */
import type { MonthlyChurnResult, MonthlyChurnSeries, UnavailableReason } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import {
  annualisedChurn,
  firstDayOfMonth,
  meanMonthlyChurn,
  monthlyChurnSeries,
} from '../../core/analyses/monthly-churn/monthlyChurnSeries.ts';
import { CHURNED, churnedFlags } from '../../core/customers/churnStatus.ts';
import { monthLabel, monthNumberOfDay } from '../../core/customers/customerActivity.ts';
import { lossCountedAt, lossesKnowableFrom } from '../../core/customers/lossDating.ts';
import { stampOf, type Analysis } from './analysis.ts';

/** Whether every customer has a first (purchase or sign-up) day and the table an as-of day: periods need both. */
export function hasFirstDays(built: BuiltCustomerTable): boolean {
  const firstDay = built.table.firstDay;
  for (let c = 0; c < firstDay.length; c++) if (firstDay[c] !== firstDay[c]) return false;
  return built.asOfDay === built.asOfDay;
}

/**
 * What period KPIs read: each customer's first day, churned flag and the day the loss became
 * known (point in time: under inactivity, last activity + the window, not the last purchase), and
 * the first day from which every loss can be known. A churned customer without a date makes them
 * unavailable.
 */
export function periodInputs(built: BuiltCustomerTable) {
  if (!hasFirstDays(built)) return 'no-first-date' as const;
  const { table } = built;
  const churned = churnedFlags(table.status);
  const lossDay = new Int32Array(churned.length);
  let firstDataDay = Infinity;
  for (let c = 0; c < churned.length; c++) {
    firstDataDay = Math.min(firstDataDay, table.firstDay[c]);
    if (table.status[c] !== CHURNED) continue;
    const d = built.lossKnownDay[c];
    if (d !== d) return 'no-churn-date' as const;
    lossDay[c] = d;
  }
  const definition = built.summary.definition;
  return {
    firstDay: Int32Array.from(table.firstDay),
    churned,
    lossDay,
    firstDataDay,
    knowableFrom: lossesKnowableFrom(definition, firstDataDay, table.activity),
    lossCountedAt: lossCountedAt(definition),
  };
}

/** The monthly series from the month after the first customer's to the last complete month. */
export function monthlySeries(built: BuiltCustomerTable): MonthlyChurnSeries | UnavailableReason {
  const inputs = periodInputs(built);
  if (typeof inputs === 'string') return inputs;
  const { table } = built;
  const n = table.ids.length;
  const last = table.activity ? table.activity.lastCompleteMonth : monthNumberOfDay(built.asOfDay) - 1;
  const from = monthNumberOfDay(inputs.firstDataDay) + 1;
  if (!(n > 0 && last >= from)) return 'too-short';
  const s = monthlyChurnSeries(inputs.firstDay, inputs.churned, inputs.lossDay, from, last);
  const complete = Array.from(s.month, (m) => firstDayOfMonth(m) >= inputs.knowableFrom);
  const mean = meanMonthlyChurn(s.churnRate, complete);
  return {
    months: Array.from(s.month, monthLabel),
    atStart: Array.from(s.atStart),
    lost: Array.from(s.lost),
    gained: Array.from(s.gained),
    churnRate: Array.from(s.churnRate),
    complete,
    meanMonthlyRate: mean,
    annualised: annualisedChurn(mean),
    lossCountedAt: inputs.lossCountedAt,
  };
}

export const monthlyChurn: Analysis<'monthly-churn'> = {
  needs: 'customer-table',
  run({ table }) {
    const series = monthlySeries(table);
    const stamp = stampOf('monthly-churn', table, {});
    const value: MonthlyChurnResult =
      typeof series === 'string' ? { stamp, monthly: null, unavailable: series } : { stamp, monthly: series };
    return { ok: true, value };
  },
};
