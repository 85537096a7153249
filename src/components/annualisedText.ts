/**
 * The mean monthly churn compounded over 12 months, worded for what it is: a projection from the
 * mean month, not a year's measured churn. Next to the churn measured over the last 12 months it
 * says why the two differ (Online Retail: 4.4 % a month compounds to 41.4 %, the measured year is
 * 22.0 %): monthly rates also count customers who joined in the year; the year follows those at its start.
 */
import { i18n, t } from '../i18n/i18n.svelte.ts';

export function annualisedText(annualised: number, periodChurn: number | null): string {
  const rate = i18n.formatPercent(annualised);
  return periodChurn === null
    ? t('churn-kpis.annualised', { rate })
    : t('churn-kpis.annualisedVsPeriod', { rate, period: i18n.formatPercent(periodChurn) });
}
