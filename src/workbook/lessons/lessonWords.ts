/** A lesson's words with its figures filled in, in the UI language. */
import { i18n, t } from '../../i18n/i18n.svelte.ts';
import type { MessageKey } from '../../i18n/en/index.ts';
import type { FigureFormat, Lesson } from '../../lessons/lesson.ts';
import { SAMPLES } from '../../state/urlOpening.ts';

export function formatFigure(value: number | undefined, format: FigureFormat): string {
  if (value === undefined || !Number.isFinite(value)) return t('lesson.computing');
  if (format === 'percent') return i18n.formatPercent(value, 1);
  if (format === 'ratio') return i18n.formatNumber(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return i18n.formatNumber(value);
}

/** A question or answer: each {figure} as the engine computed it ("…" while it is on its way). */
export function lessonText(key: MessageKey, lesson: Lesson, figures: Record<string, number>): string {
  const params = Object.fromEntries(lesson.figures.map((f) => [f.key, formatFigure(figures[f.key], f.format)]));
  return t(key, params);
}

/** Where a lesson's data comes from, in a line. */
export function lessonDataLine(lesson: Lesson): string {
  const data = lesson.data;
  if ('sample' in data) return t('lesson.data.sample', { name: SAMPLES[data.sample].name });
  return t('lesson.data.generated', {
    customers: i18n.formatNumber(data.generate.customers),
    seed: data.generate.seed,
  });
}
