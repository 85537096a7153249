/**
 * A lesson: one of the course's own cases as a ready workbook. Its data is a built-in sample or
 * teaching data generated with a seed and the planted parameters the case needs, so every
 * number the lesson's answers give is computed by the engine on that data (its `figures`),
 * never typed in. The words (title, story, the explanation above each cell, the questions
 * and answers) are in src/i18n/{en,zh-CN}/lesson-<id>.ts; an answer names figures as {key}.
 */
import type { AnalysisKind, ChurnDefinition, GenerateRequest, OptionsOf, ResultOf, Role } from '../engine/api.ts';
import type { SampleId } from '../state/urlOpening.ts';
import type { CellKind } from '../state/workbook.svelte.ts';

export type LessonData = { sample: SampleId } | { generate: GenerateRequest };

export interface LessonCell {
  kind: CellKind;
  settings: Record<string, unknown>;
  /** How many questions follow the cell: keys lesson-<id>.cell<n>.q<k> and .a<k>, k = 1 … questions. */
  questions: number;
}

export type FigureFormat = 'percent' | 'count' | 'ratio';

/** A number an answer states, as the engine computes it: one analysis, and what to read from its result. */
export interface LessonFigure {
  key: string;
  kind: AnalysisKind;
  options: unknown;
  pick(result: unknown): number;
  format: FigureFormat;
}

export function figure<K extends AnalysisKind>(
  key: string,
  kind: K,
  options: OptionsOf<K>,
  pick: (result: ResultOf<K>) => number,
  format: FigureFormat,
): LessonFigure {
  return { key, kind, options, pick: pick as (result: unknown) => number, format };
}

export interface Lesson {
  /** Its name in the i18n files (lesson-<id>) and in the address (?lesson=<id>). */
  id: string;
  data: LessonData;
  /** Roles that differ from the suggested ones. */
  roles: Record<string, Role>;
  definition: ChurnDefinition;
  /** YYYY-MM-DD, or '' for the last date in the data. */
  asOf: string;
  /** Shares of customers in value tiers A, B, C (default 10 / 30 / 60 %). */
  tierShares?: [number, number, number];
  cells: LessonCell[];
  figures: LessonFigure[];
}
