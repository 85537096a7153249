/**
 * The engine says why a part of the overview is missing in English sentences (ChurnOverview
 * `unavailable`); the known ones are shown in the user's language, anything else as it came.
 */
import { t } from '../i18n/i18n.svelte.ts';
import type { MessageKey } from '../i18n/en/index.ts';

const KNOWN: [RegExp, MessageKey][] = [
  [/^Period churn needs each customer's first purchase or sign-up date/, 'churn-kpis.why.noFirstDate'],
  [/^The data spans less than one complete month/, 'churn-kpis.why.tooShort'],
  [/^Value tiers need an amount/, 'churn-kpis.why.noValue'],
];

export function unavailableText(english: string): string {
  const known = KNOWN.find(([pattern]) => pattern.test(english));
  return known ? t(known[1]) : english;
}
