/**
 * The churn KPIs of the customer table: overall churn, churn over a period (the last 12 months
 * by default) with retention and gross vs net change, and the mean monthly rate. Period and
 * monthly counts are point in time: a loss counts on the day it became known (lossDating.ts).
 */
import type { ChurnKpisResult } from '../api.ts';
import { periodChurn } from '../../core/analyses/churn-kpis/periodChurn.ts';
import { isoDate, MS_PER_DAY } from '../../core/customers/customerActivity.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { monthlySeries, periodInputs } from './monthly-churn.ts';
import { hasValues } from './value-tiers.ts';

const dayOf = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);

export const churnKpis: Analysis<'churn-kpis'> = {
  needs: 'customer-table',
  run({ table: built }, options) {
    const { summary } = built;
    const unavailable: ChurnKpisResult['unavailable'] = {};
    let period: ChurnKpisResult['period'] = null;
    let monthly: ChurnKpisResult['monthly'] = null;
    const inputs = periodInputs(built);
    if (typeof inputs === 'string') {
      unavailable.period = inputs;
      unavailable.monthly = inputs;
    } else {
      const start = options.periodStart ? dayOf(options.periodStart) : built.asOfDay - 364;
      const end = options.periodEnd ? dayOf(options.periodEnd) + 1 : built.asOfDay + 1;
      if (!(end > start))
        return {
          ok: false,
          issues: [{ severity: 'error', code: 'invalid-as-of', message: 'The period must end after it starts.' }],
        };
      period = {
        start: isoDate(start),
        end: isoDate(end - 1),
        ...periodChurn(inputs.firstDay, inputs.churned, inputs.lossDay, start, end),
        lossCountedAt: inputs.lossCountedAt,
        complete: start >= inputs.knowableFrom,
      };
      const series = monthlySeries(built);
      if (typeof series === 'string') unavailable.monthly = series;
      else
        monthly = {
          meanMonthlyRate: series.meanMonthlyRate,
          annualised: series.annualised,
          completeMonths: series.complete.filter(Boolean).length,
          months: series.months.length,
        };
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
