/**
 * A lesson's workbook for the data it opened: the file's fingerprint, the lesson's roles over
 * the suggested ones, its churn definition and as-of day, and its cells, each titled from the
 * lesson's words in the language `word` speaks (lesson-<id>.cell<n>.title). Plain workbook JSON,
 * checked by the same reader as a saved workbook.
 */
import type { DatasetSummary } from '../engine/api.ts';
import { defaultAnalysis, effectiveRoles } from '../state/analysisSettings.ts';
import { WORKBOOK_VERSION, type WorkbookData } from '../state/workbook.svelte.ts';
import type { Lesson } from './lesson.ts';
import type { MessageKey } from '../i18n/en/index.ts';
import { lessonKeys } from './lessonKeys.ts';

/** The id of a lesson's n-th cell (0-based), so its explanation and questions find it. */
export const lessonCellId = (n: number): string => `cell-${n + 1}`;

export function lessonWorkbook(
  lesson: Lesson,
  summary: DatasetSummary,
  word: (key: MessageKey) => string,
): WorkbookData {
  const keys = lessonKeys(lesson);
  const roles = effectiveRoles(summary, lesson.roles);
  const defaults = defaultAnalysis(summary, roles);
  return {
    version: WORKBOOK_VERSION,
    source: summary.files.map((f) => ({ name: f.name, size: f.size, sha256: f.sha256, options: summary.options })),
    roles,
    analysis: {
      ...defaults,
      definition: lesson.definition,
      asOf: lesson.asOf,
      ...(lesson.tierShares ? { tierShares: [...lesson.tierShares] } : {}),
    },
    cells: lesson.cells.map((c, n) => ({
      id: lessonCellId(n),
      kind: c.kind,
      // The key too: the title follows the language until the user edits it (cellTitles.ts).
      title: word(keys.cells[n].title),
      titleKey: keys.cells[n].title,
      note: '',
      settings: structuredClone(c.settings),
      collapsed: false,
    })),
  };
}
