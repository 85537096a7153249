/** Why a part of the KPIs (or a monthly series, or value tiers) cannot be computed, in the user's language. */
import type { UnavailableReason } from '../engine/api.ts';
import { t } from '../i18n/i18n.svelte.ts';

export type UnavailablePart = 'period' | 'monthly' | 'periodMonthly' | 'tiers';

/** The reason alone ("not available, because …"): it reads on after a part's label. */
export function unavailableText(reason: UnavailableReason): string {
  return t(`churn-kpis.why.${reason}`);
}

/** A whole sentence for a cell that shows only this part: its label, then the reason ("Monthly churn: not available, …"). */
export function unavailableSentence(part: UnavailablePart, reason: UnavailableReason): string {
  const label = t(`churn-kpis.unavailable.${part}`);
  // The Chinese label ends in a full-width colon, which needs no space after it.
  return `${label}${label.endsWith('：') ? '' : ' '}${unavailableText(reason)}`;
}
