/**
 * How the margin was made, in the UI language: the chart stamp's note ("Margin: total value ×
 * 30.0%: …", the label said once, not "Margin: Margin = …") and the sentence under the controls
 * ("Margin = total value × 30.0%: …").
 */
import type { MarginSummary } from '../../../engine/api.ts';
import { i18n, t } from '../../../i18n/i18n.svelte.ts';

export function marginNote(margin: Pick<MarginSummary, 'source' | 'rate'>): {
  label: string;
  text: string;
  sentence: string;
} {
  const formula =
    margin.source === 'rate'
      ? t('customer-value.definition.rate', { rate: i18n.formatPercent(margin.rate ?? NaN) })
      : t('customer-value.definition.cost');
  return {
    label: t('customer-value.col.margin'),
    text: formula,
    sentence: t('customer-value.definition', { formula }),
  };
}
