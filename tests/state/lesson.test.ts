/**
 * LessonState: opening a lesson opens its generated data, takes over its workbook, and the
 * figures asked through the app's own analysis state are the lesson's (the tiers: 23 %); its
 * words belong to its own file only, and closing it lets go.
 */
import { expect, test } from 'vitest';
import { generate } from '../../src/core/synthetic/generate.ts';
import type { GenerateRequest, TeachingData } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { lessonById } from '../../src/lessons/registry.ts';
import { ChurnAnalysis } from '../../src/state/churnAnalysis.svelte.ts';
import type { ChurnEngine, DatasetEngine } from '../../src/state/datasetEngine.ts';
import { LessonState } from '../../src/state/lesson.svelte.ts';
import { Session } from '../../src/state/session.svelte.ts';
import { Workbook } from '../../src/state/workbook.svelte.ts';

/** The generator in Node, as the app's worker runs it. */
async function generateHere(request: GenerateRequest): Promise<TeachingData> {
  const parts: string[] = [];
  const outcome = generate(request, (c) => parts.push(c));
  if (!outcome.ok) return outcome;
  const file = new File(parts, 'lesson.csv', { type: 'text/csv' });
  return { ok: true, file, truth: outcome.truth, customers: request.customers, rows: outcome.counts.rows };
}

/** The engine as the page holds it through Comlink: every call answers with a promise. */
function remote<T extends object>(engine: T): T {
  return new Proxy(engine, {
    get(target, key) {
      const member = Reflect.get(target, key) as unknown;
      if (typeof member !== 'function') return member;
      return (...args: unknown[]) => Promise.resolve(member.apply(target, args));
    },
  });
}

test('LessonState.open(tiers) opens its data and workbook; computeFigures gives 23 % overall', async () => {
  const engine = createEngine();
  const session = new Session(engine as unknown as DatasetEngine);
  const workbook = new Workbook();
  const lessons = new LessonState();
  const tiers = lessonById('tiers')!;
  expect(await lessons.open(tiers, { session, workbook, generate: generateHere })).toEqual({ ok: true });
  const summary = session.summary!;
  expect(lessons.activeFor(summary)).toBe(tiers);
  expect(workbook.cells.map((c) => c.kind)).toEqual(['value-tiers', 'churn-by-attribute']);
  expect(workbook.roles.annual_value).toBe('value');
  expect(workbook.source[0].sha256).toBe(summary.files[0].sha256);

  const analysis = new ChurnAnalysis(remote(engine) as unknown as ChurnEngine, 0);
  expect(await analysis.build({ datasetId: summary.id, roles: workbook.roles, settings: workbook.analysis! })).toBe(
    true,
  );
  await lessons.computeFigures(analysis);
  // The course: 0.1 × 5 % + 0.3 × 15 % + 0.6 × 30 % = 23 %, planted exactly.
  expect(lessons.figures.overall).toBeCloseTo(0.23, 12);
  expect(lessons.figures.plantedA).toBeCloseTo(0.05, 12);

  // Another file open: the lesson's words are not shown on it.
  const other = { ...summary, files: [{ ...summary.files[0], sha256: '0'.repeat(64) }] };
  expect(lessons.activeFor(other)).toBeNull();
  lessons.close();
  expect(lessons.activeFor(summary)).toBeNull();
  expect(lessons.figures).toEqual({});
});

test('LessonState.open says why when the data cannot be made, and opens nothing', async () => {
  const session = new Session(createEngine() as unknown as DatasetEngine);
  const workbook = new Workbook();
  const lessons = new LessonState();
  const refuse = async (): Promise<TeachingData> => ({ ok: false, problem: 'bad-truth' });
  expect(await lessons.open(lessonById('students')!, { session, workbook, generate: refuse })).toEqual({
    ok: false,
    reason: 'bad-truth',
  });
  expect(session.summary).toBeNull();
  expect(workbook.cells).toEqual([]);
  expect(lessons.opening).toBeNull();
});
