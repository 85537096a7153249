/** A lesson's data opened in a fresh engine (Node) with its workbook's roles and definition, and its figures computed. */
import { resolve } from 'node:path';
import { generate } from '../../src/core/synthetic/generate.ts';
import type { DatasetSummary, EngineApi } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import type { Lesson } from '../../src/lessons/lesson.ts';
import { lessonWorkbook } from '../../src/lessons/lessonWorkbook.ts';
import { en } from '../../src/i18n/en/index.ts';
import { SAMPLES } from '../../src/state/urlOpening.ts';
import type { WorkbookData } from '../../src/state/workbook.svelte.ts';
import { bytesFile, sourceFile } from '../sharedData.ts';

export interface OpenedLesson {
  engine: EngineApi;
  summary: DatasetSummary;
  workbook: WorkbookData;
  /** The data file's text (generated) or path (a sample). */
  text: string | null;
  figures: Record<string, number>;
}

const PUBLIC = resolve(import.meta.dirname, '../../public');

export async function openLesson(lesson: Lesson): Promise<OpenedLesson> {
  const engine = createEngine();
  let text: string | null = null;
  let file;
  if ('sample' in lesson.data) file = await sourceFile(resolve(PUBLIC, SAMPLES[lesson.data.sample].url));
  else {
    let csv = '';
    const outcome = generate(lesson.data.generate, (chunk) => (csv += chunk));
    if (!outcome.ok) throw new Error(outcome.problem);
    text = csv;
    file = bytesFile('lesson.csv', csv);
  }
  const opened = await engine.openDataset([file]);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  const summary = opened.value;
  const workbook = lessonWorkbook(lesson, summary, (key) => en[key]);
  const a = workbook.analysis!;
  const built = engine.buildCustomerTable(summary.id, {
    roles: workbook.roles,
    definition: a.definition,
    unit: a.unit,
    returns: a.returns,
    ...(a.asOf ? { asOf: a.asOf } : {}),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const figures: Record<string, number> = {};
  for (const f of lesson.figures) {
    const r = engine.analyze(summary.id, f.kind, f.options as never);
    if (!r.ok) throw new Error(`${lesson.id} ${f.key}: ${JSON.stringify(r.issues)}`);
    figures[f.key] = f.pick(r.value);
  }
  return { engine, summary, workbook, text, figures };
}
