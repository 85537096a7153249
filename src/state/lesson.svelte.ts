/**
 * The lesson open in the app: which one, on which data file (its fingerprint: opening another
 * file ends the lesson's notes), and the figures its answers state as the engine computed them
 * on that data. Opening one fetches its sample or generates its teaching data, opens it and
 * takes over its workbook.
 */
import type { AnalysisKind, DatasetSummary, GenerateRequest, TeachingData } from '../engine/api.ts';
import type { Lesson } from '../lessons/lesson.ts';
import { lessonWorkbook } from '../lessons/lessonWorkbook.ts';
import type { ChurnAnalysis } from './churnAnalysis.svelte.ts';
import type { Session } from './session.svelte.ts';
import { fetchAsFile, SAMPLES } from './urlOpening.ts';
import { Workbook } from './workbook.svelte.ts';
import { t } from '../i18n/i18n.svelte.ts';

export type LessonOpening = { ok: true } | { ok: false; reason: string };

export class LessonState {
  lesson = $state.raw<Lesson | null>(null);
  /** The SHA-256 of the file the lesson opened. */
  sha256 = $state<string | null>(null);
  opening = $state.raw<Lesson | null>(null);
  figures = $state.raw<Record<string, number>>({});
  #asked = 0;

  /** The lesson, while its own data file is the one open. */
  activeFor(summary: DatasetSummary | null): Lesson | null {
    return this.lesson && summary?.files.length === 1 && summary.files[0].sha256 === this.sha256 ? this.lesson : null;
  }

  close() {
    this.lesson = null;
    this.sha256 = null;
    this.figures = {};
  }

  async open(
    lesson: Lesson,
    {
      session,
      workbook,
      generate,
    }: { session: Session; workbook: Workbook; generate: (request: GenerateRequest) => Promise<TeachingData> },
  ): Promise<LessonOpening> {
    this.opening = lesson;
    try {
      const file = await lessonFile(lesson, generate);
      if (!file.ok) return file;
      if ((await session.open([file.file])) !== 'loaded' || !session.summary) return { ok: false, reason: 'load' };
      const read = Workbook.fromJSON(JSON.stringify(lessonWorkbook(lesson, session.summary, (key) => t(key))));
      if (!read.ok) return { ok: false, reason: read.error.message };
      workbook.adopt(read.value);
      this.lesson = lesson;
      this.sha256 = session.summary.files[0].sha256;
      this.figures = {};
      return { ok: true };
    } finally {
      this.opening = null;
    }
  }

  /** Asks the engine for every figure of the lesson on the customer table now built (one question per analysis and options). */
  async computeFigures(analysis: ChurnAnalysis): Promise<void> {
    const lesson = this.lesson;
    if (!lesson || !analysis.table) return;
    const asked = ++this.#asked;
    const groups = new Map<string, Lesson['figures']>();
    for (const f of lesson.figures) {
      const key = JSON.stringify([f.kind, f.options]);
      groups.set(key, [...(groups.get(key) ?? []), f]);
    }
    const figures: Record<string, number> = {};
    for (const group of groups.values()) {
      const { kind, options } = group[0];
      const query = analysis.query(kind as AnalysisKind);
      await query.ask(options as never);
      if (asked !== this.#asked) return;
      for (const f of group) figures[f.key] = query.result ? f.pick(query.result) : NaN;
      this.figures = { ...figures };
    }
  }
}

async function lessonFile(
  lesson: Lesson,
  generate: (request: GenerateRequest) => Promise<TeachingData>,
): Promise<{ ok: true; file: File } | { ok: false; reason: string }> {
  if ('sample' in lesson.data) {
    const sample = SAMPLES[lesson.data.sample];
    const fetched = await fetchAsFile(new URL(sample.url, document.baseURI), sample.name);
    return fetched.ok ? fetched : { ok: false, reason: `${fetched.status} ${fetched.reason}` };
  }
  const made = await generate(lesson.data.generate);
  return made.ok ? { ok: true, file: made.file } : { ok: false, reason: made.problem };
}

export const lessonState = new LessonState();
