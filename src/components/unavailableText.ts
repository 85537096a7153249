/** Why a part of the KPIs (or a monthly series, or value tiers) cannot be computed, in the user's language. */
import type { UnavailableReason } from '../engine/api.ts';
import { t } from '../i18n/i18n.svelte.ts';

export function unavailableText(reason: UnavailableReason): string {
  return t(`churn-kpis.why.${reason}`);
}
