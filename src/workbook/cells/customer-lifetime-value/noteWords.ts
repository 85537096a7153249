/**
 * A customer-lifetime-value note's numbers and codes as the words its sentence shows: numbers
 * formatted in the reader's locale, the model, period and unit named in the reader's language.
 */
import type { ClvModel, ClvNote } from '../../../engine/api.ts';
import { i18n, t } from '../../../i18n/i18n.svelte.ts';

const DIGITS: Record<string, number> = { correlation: 3, q: 3, estimate: 4, se: 4, score: 1, logLik: 2 };

export function noteWords(note: ClvNote, unitWord: string): Record<string, string | number> {
  const words: Record<string, string | number> = { ...note.params, unit: unitWord };
  for (const [name, digits] of Object.entries(DIGITS)) {
    const v = note.params?.[name];
    if (typeof v === 'number') words[name] = i18n.formatNumber(v, { maximumFractionDigits: digits });
  }
  const { model, period } = note.params ?? {};
  if (typeof model === 'string') words.model = t(`customer-lifetime-value.model.${model as ClvModel}`);
  if (period === 'calibration' || period === 'prediction') words.period = t(`customer-lifetime-value.period.${period}`);
  return words;
}
