/**
 * Sentences shown one after another. English puts a space between two sentences; Chinese does not
 * (its "。" and "，" carry the gap, and "。 他们" reads as a stray blank). Svelte turns the whitespace
 * between two `{t(...)}` expressions into a space, so templates join sentences with this instead.
 * Reading `i18n.locale` makes a template re-render on a language switch.
 */
import { i18n } from './i18n.svelte.ts';

/** What goes between two sentences in the language shown: ' ' in English, '' in Chinese. */
export const sentenceGap = (): string => (i18n.locale === 'zh-CN' ? '' : ' ');

/** The sentences that are there (false, null, undefined and '' are left out), joined for the language shown. */
export function sentences(...parts: (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(sentenceGap());
}
