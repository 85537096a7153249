/**
 * Cell titles that follow the language shown. A cell titled from the app's words (a lesson's
 * cells) keeps the key of those words in `titleKey`. While its title is still those words in one
 * of the languages, a switch of language retitles it; a title the user edited matches none of
 * them and stays as typed (so does one cleared to blank).
 */
import { LOCALES, type Locale } from '../i18n/i18n.svelte.ts';
import type { Cell } from './workbook.svelte.ts';

/** Retitles the cells that follow the language in `locale`; returns how many changed. */
export function followLanguage(
  cells: Cell[],
  locale: Locale,
  wordsIn: (locale: Locale, key: string) => string | null,
): number {
  let changed = 0;
  for (const cell of cells) {
    const key = cell.titleKey;
    if (!key) continue;
    const now = wordsIn(locale, key);
    if (now === null || cell.title === now) continue;
    if (!LOCALES.some((l) => wordsIn(l.id, key) === cell.title)) continue;
    cell.title = now;
    changed++;
  }
  return changed;
}
