/** Churn month by month over the customer table: who was there at each month's start, who left. */
import type { MonthlyChurnResult, MonthlyChurnSeries, UnavailableReason } from '../api.ts';
import type { BuiltCustomerTable } from '../customers/customerTableBuilding.ts';
import { annualisedChurn, monthlyChurnSeries } from '../../core/analyses/monthly-churn/monthlyChurnSeries.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { monthLabel, monthNumberOfDay } from '../../core/customers/customerActivity.ts';
import { stampOf, type Analysis } from './analysis.ts';

/** Whether every customer has a first (purchase or sign-up) day and the table an as-of day: periods need both. */
export function hasFirstDays(built: BuiltCustomerTable): boolean {
  const firstDay = built.table.firstDay;
  for (let c = 0; c < firstDay.length; c++) if (firstDay[c] !== firstDay[c]) return false;
  return built.asOfDay === built.asOfDay;
}

/** The monthly series from the month after the first customer's to the last complete month. */
export function monthlySeries(built: BuiltCustomerTable): MonthlyChurnSeries | UnavailableReason {
  if (!hasFirstDays(built)) return 'no-first-date';
  const { table } = built;
  const n = table.ids.length;
  const firstDay = Int32Array.from(table.firstDay);
  const churnDay = Int32Array.from(table.churnDay, (d) => (d === d ? d : 0));
  let minFirst = Infinity;
  for (let c = 0; c < n; c++) minFirst = Math.min(minFirst, firstDay[c]);
  const last = table.activity ? table.activity.lastCompleteMonth : monthNumberOfDay(built.asOfDay) - 1;
  const from = monthNumberOfDay(minFirst) + 1;
  if (!(n > 0 && last >= from)) return 'too-short';
  const s = monthlyChurnSeries(firstDay, churnedFlags(table.status), churnDay, from, last);
  const rates = Array.from(s.churnRate).filter((r) => r === r);
  const mean = rates.length > 0 ? rates.reduce((a, b) => a + b, 0) / rates.length : NaN;
  return {
    months: Array.from(s.month, monthLabel),
    atStart: Array.from(s.atStart),
    lost: Array.from(s.lost),
    gained: Array.from(s.gained),
    churnRate: Array.from(s.churnRate),
    meanMonthlyRate: mean,
    annualised: annualisedChurn(mean),
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
