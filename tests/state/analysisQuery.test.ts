/** AnalysisQuery: the one request lifecycle every cell uses (newest answer wins, busy, issues or result). */
import { expect, test } from 'vitest';
import type { Issue, Result, ResultOf } from '../../src/engine/api.ts';
import { AnalysisQuery } from '../../src/state/analysisQuery.svelte.ts';
import { ChurnAnalysis } from '../../src/state/churnAnalysis.svelte.ts';
import type { ChurnEngine } from '../../src/state/datasetEngine.ts';

type Answer = Result<ResultOf<'churn-by-attribute'>>;
const result = (column: string) => ({ column }) as ResultOf<'churn-by-attribute'>;

/** An engine whose answers the test hands out, in any order. */
function pendingEngine() {
  const asked: { column: string; answer: (r: Answer) => void }[] = [];
  const ask = ({ column }: { column: string }) => new Promise<Answer>((answer) => asked.push({ column, answer }));
  return { asked, ask };
}

test('AnalysisQuery.ask keeps the newest answer when an older one arrives late', async () => {
  const { asked, ask } = pendingEngine();
  const query = new AnalysisQuery('churn-by-attribute', ask);
  const older = query.ask({ column: 'Contract' });
  const newer = query.ask({ column: 'gender' });
  expect(query.busy).toBe(true);
  asked[1].answer({ ok: true, value: result('gender') });
  await newer;
  expect(query.busy).toBe(false);
  asked[0].answer({ ok: true, value: result('Contract') });
  await older;
  expect(query.result?.column).toBe('gender');
  expect(query.busy).toBe(false);
});

test('AnalysisQuery.ask keeps the last result on screen while a new answer is on its way', async () => {
  const { asked, ask } = pendingEngine();
  const query = new AnalysisQuery('churn-by-attribute', ask);
  const first = query.ask({ column: 'Contract' });
  asked[0].answer({ ok: true, value: result('Contract') });
  await first;
  void query.ask({ column: 'gender' });
  expect(query.busy).toBe(true);
  expect(query.result?.column).toBe('Contract');
});

test('AnalysisQuery.ask shows the issues of a refusal and no result', async () => {
  const issue: Issue = { severity: 'error', code: 'unknown-column', column: 'x', message: 'No column named "x".' };
  const { asked, ask } = pendingEngine();
  const query = new AnalysisQuery('churn-by-attribute', ask);
  const ok = query.ask({ column: 'Contract' });
  asked[0].answer({ ok: true, value: result('Contract') });
  await ok;
  const refused = query.ask({ column: 'x' });
  asked[1].answer({ ok: false, issues: [issue] });
  await refused;
  expect(query.result).toBeNull();
  expect(query.issues).toEqual([issue]);
});

test('AnalysisQuery.ask(null), or an engine with nothing to ask yet, clears the query without a request', async () => {
  const { asked, ask } = pendingEngine();
  const query = new AnalysisQuery('churn-by-attribute', ask);
  const pending = query.ask({ column: 'Contract' });
  await query.ask(null);
  expect([query.result, query.issues, query.busy]).toEqual([null, [], false]);
  // The answer to the request before the clear is dropped.
  asked[0].answer({ ok: true, value: result('Contract') });
  await pending;
  expect(query.result).toBeNull();
  const idle = new AnalysisQuery('churn-by-attribute', () => null);
  await idle.ask({ column: 'Contract' });
  expect([idle.result, idle.busy]).toEqual([null, false]);
  expect(asked).toHaveLength(1);
});

test('ChurnAnalysis.query asks nothing before a customer table, except a projection fitted to columns', async () => {
  const calls: string[] = [];
  const engine = {
    analyze: async (_id: string, kind: string) => {
      calls.push(kind);
      return { ok: false, issues: [] };
    },
  } as unknown as ChurnEngine;
  const analysis = new ChurnAnalysis(engine, 0);
  await analysis.query('survival').ask({});
  expect(calls).toEqual([]);
  analysis.datasetId = 'ds1';
  await analysis.query('survival').ask({});
  const columns = { kind: 'columns' as const, period: 'year', survivors: 'alive' };
  await analysis.query('retention-projection').ask({ source: columns, fitPeriods: 2, horizon: 4 });
  expect(calls).toEqual(['retention-projection']);
});
