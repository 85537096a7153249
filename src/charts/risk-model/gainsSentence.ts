/**
 * "Contacting the riskiest 10 % (88 customers) finds 11.6% of the churners: 1.2 × a random list
 * of the same size." One wording for the cell's lead and the gains and lift charts' summaries (the
 * charts' summary, which the report lists as a finding, put its own "×" before the sentence's: "1.2× ×").
 */
import { i18n, t } from '../../i18n/i18n.svelte.ts';

export function gainsSentence(first: { customers: number; cumShare: number; cumLift: number }): string {
  return t('risk-model.gains', {
    customers: i18n.formatNumber(first.customers),
    share: i18n.formatPercent(first.cumShare),
    lift: i18n.formatNumber(first.cumLift, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  });
}
