/**
 * The churn KPIs of the customer table: overall churn, churn over a period (the last 12 months
 * by default) with retention and gross vs net change, and the mean monthly rate.
 */
import type { ChurnKpisResult } from '../api.ts';
import { periodChurn } from '../../core/analyses/churn-kpis/periodChurn.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { isoDate, MS_PER_DAY } from '../../core/customers/customerActivity.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { hasFirstDays, monthlySeries } from './monthly-churn.ts';
import { hasValues } from './value-tiers.ts';

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

export const churnKpis: Analysis<'churn-kpis'> = {
  needs: 'customer-table',
  run({ table: built }, options) {
    const { table, summary } = built;
    const unavailable: ChurnKpisResult['unavailable'] = {};
    let period: ChurnKpisResult['period'] = null;
    let monthly: ChurnKpisResult['monthly'] = null;
    if (!hasFirstDays(built)) {
      unavailable.period = 'no-first-date';
      unavailable.monthly = 'no-first-date';
    } else {
      const firstDay = Int32Array.from(table.firstDay);
      const churnDay = Int32Array.from(table.churnDay, (d) => (d === d ? d : 0));
      const start = options.periodStart ? dayOf(options.periodStart) : built.asOfDay - 364;
      const end = options.periodEnd ? dayOf(options.periodEnd) + 1 : built.asOfDay + 1;
      if (!(end > start))
        return {
          ok: false,
          issues: [{ severity: 'error', code: 'invalid-as-of', message: 'The period must end after it starts.' }],
        };
      const churned = churnedFlags(table.status);
      period = {
        start: isoDate(start),
        end: isoDate(end - 1),
        ...periodChurn(firstDay, churned, churnDay, start, end),
      };
      const series = monthlySeries(built);
      if (typeof series === 'string') unavailable.monthly = series;
      else monthly = { meanMonthlyRate: series.meanMonthlyRate, annualised: series.annualised };
    }
    if (!hasValues(built)) unavailable.tiers = 'no-value';
    return {
      ok: true,
      value: {
        stamp: stampOf('churn-kpis', built, { ...options }),
        customers: summary.customers,
        churned: summary.churned,
        atRisk: summary.atRisk,
        churnRate: summary.churnRate,
        period,
        monthly,
        unavailable,
      },
    };
  },
};
