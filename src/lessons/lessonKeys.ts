/** The message keys of a lesson's words (src/i18n/{en,zh-CN}/lesson-<id>.ts). */
import type { MessageKey } from '../i18n/en/index.ts';
import type { Lesson } from './lesson.ts';

export interface LessonCellKeys {
  /** The cell's title in the lesson's workbook. */
  title: MessageKey;
  explain: MessageKey;
  /** [question, answer] for each question. */
  questions: [MessageKey, MessageKey][];
}

export interface LessonKeys {
  title: MessageKey;
  summary: MessageKey;
  intro: MessageKey;
  cells: LessonCellKeys[];
}

export function lessonKeys(lesson: Lesson): LessonKeys {
  const at = (rest: string) => `lesson-${lesson.id}.${rest}` as MessageKey;
  return {
    title: at('title'),
    summary: at('summary'),
    intro: at('intro'),
    cells: lesson.cells.map((c, n) => ({
      title: at(`cell${n + 1}.title`),
      explain: at(`cell${n + 1}.explain`),
      questions: Array.from(
        { length: c.questions },
        (_, k) => [at(`cell${n + 1}.q${k + 1}`), at(`cell${n + 1}.a${k + 1}`)] as [MessageKey, MessageKey],
      ),
    })),
  };
}
