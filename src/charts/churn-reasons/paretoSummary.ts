/**
 * The Pareto chart's one-line summary. With one reason per customer the top reasons' shares add
 * up to the share of churners they cover; when customers name several, the sum counts a customer
 * once per reason and can pass 100 % (the several-reasons teaching sample: "the top 3 reasons by
 * 128.9%"), so it is said as a sum, with how many customers named more than one.
 */
import type { ChurnReasonsResult } from '../../engine/api.ts';
import { i18n, t } from '../../i18n/i18n.svelte.ts';

export function paretoSummary(result: Pick<ChurnReasonsResult, 'reasons' | 'several'>): string {
  const top = Math.min(3, result.reasons.length);
  const params = {
    reason: result.reasons[0].label,
    share: i18n.formatPercent(result.reasons[0].share),
    top,
    cumulative: i18n.formatPercent(result.reasons[top - 1].cumulative),
  };
  return result.several > 0
    ? t('churn-reasons.paretoSummarySeveral', { ...params, several: i18n.formatNumber(result.several) })
    : t('churn-reasons.paretoSummary', params);
}
