/**
 * A link's aggregates in the state layer: values survive the trip through JSON (typed arrays,
 * NaN, rounding to four significant digits); each kind's suppression keeps only groups of at
 * least k customers (CDNOW's cohorts and RFM cells, the Telco reasons sample's reasons, counted
 * from the engine's own unsuppressed answer); a page opened from a link answers a cell's query
 * from the link only for the options it was made with.
 */
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import type { ChurnKpisResult, CustomerTableSummary, ResultOf } from '../../src/engine/api.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { defaultAnalysis, effectiveRoles } from '../../src/state/analysisSettings.ts';
import { ChurnAnalysis } from '../../src/state/churnAnalysis.svelte.ts';
import type { ChurnEngine } from '../../src/state/datasetEngine.ts';
import { fromPlain, toPlain } from '../../src/state/shareAggregates/aggregateValues.ts';
import { readAggregates } from '../../src/state/shareAggregates/linkAggregates.ts';
import { suppress } from '../../src/state/shareAggregates/suppression.ts';
import { sourceFile } from '../sharedData.ts';

test('values through JSON: typed arrays back as typed arrays, NaN and ±∞ kept, decimals to 4 significant digits', () => {
  const value = {
    a: new Float64Array([1.234567, NaN, Infinity]),
    b: new Int32Array([3, -4]),
    c: [0.000123456, 12345.678, 7],
  };
  const back = fromPlain(JSON.parse(JSON.stringify(toPlain(value)))) as typeof value;
  expect(back.a).toBeInstanceOf(Float64Array);
  expect(Array.from(back.a)).toEqual([1.235, NaN, Infinity]);
  expect(back.b).toBeInstanceOf(Int32Array);
  expect(Array.from(back.b)).toEqual([3, -4]);
  expect(back.c).toEqual([0.0001235, 12350, 7]);
});

async function opened(file: string) {
  const engine = createEngine();
  const dataset = await engine.openDataset([await sourceFile(resolve('public', 'samples', file))]);
  if (!dataset.ok) throw new Error(`${file} did not open`);
  const roles = effectiveRoles(dataset.value, {});
  const built = await engine.buildCustomerTable(dataset.value.id, {
    roles,
    definition: defaultAnalysis(dataset.value, roles).definition,
  });
  if (!built.ok) throw new Error(`${file}: no customer table`);
  return { engine, id: dataset.value.id };
}

test('CDNOW: cohorts, RFM segments and grid cells under k are left out, the rest kept whole', async () => {
  const { engine, id } = await opened('cdnow-transactions.txt');
  const triangle = await engine.analyze(id, 'retention-triangle', { period: 'month', measure: 'active' });
  const rfm = await engine.analyze(id, 'rfm', {});
  if (!triangle.ok || !rfm.ok) throw new Error('no answer');
  const cohorts = triangle.value.triangles[0].cohorts;
  // The largest cohort's size: only it (and any as large) is kept.
  const k = Math.max(...cohorts.map((c) => c.size));
  const t = suppress('retention-triangle', triangle.value, k);
  expect(t.value!.triangles[0].cohorts.map((c) => c.label)).toEqual(
    cohorts.filter((c) => c.size >= k).map((c) => c.label),
  );
  expect(t.suppressed).toBe(cohorts.filter((c) => c.size < k).length);
  expect(t.suppressed).toBeGreaterThan(0);
  expect(t.value!.triangles[0].cohorts.length).toBeGreaterThan(0);
  const r = suppress('rfm', rfm.value, k);
  expect(r.value!.segments.every((s) => s.customers >= k)).toBe(true);
  expect(r.value!.segments.length).toBe(rfm.value.segments.filter((s) => s.customers >= k).length);
  expect(r.value!.grid.cells.every((c) => c.customers >= k)).toBe(true);
  expect(r.value!.perCustomer.segment.length).toBe(0);
  expect(r.value!.migration).toBeNull();
});

test('Telco reasons: reasons named by fewer than k churners are left out of the list and folded into the tree’s others', async () => {
  const { engine, id } = await opened('telco-churn-reasons.csv');
  const answer = await engine.analyze(id, 'churn-reasons', {});
  if (!answer.ok) throw new Error('no answer');
  const k = 100;
  const small = answer.value.reasons.filter((r) => r.count < k);
  expect(small.length).toBeGreaterThan(0);
  const { value } = suppress('churn-reasons', answer.value, k);
  expect(value!.reasons.map((r) => r.label)).toEqual(
    answer.value.reasons.filter((r) => r.count >= k).map((r) => r.label),
  );
  const leaves = value!.tree.flatMap((b) => b.types.flatMap((t) => t.reasons));
  expect(leaves.every((r) => r.count >= k)).toBe(true);
  // Every churner with a reason is still counted in the tree: kept reasons plus others.
  const counted = (tree: ResultOf<'churn-reasons'>['tree']) =>
    tree.flatMap((b) => b.types).reduce((s, t) => s + t.reasons.reduce((a, r) => a + r.count, 0) + t.others.count, 0);
  expect(counted(value!.tree)).toBe(counted(answer.value.tree));
  expect(value!.segments).toBeUndefined();
  expect(value!.overTime).toBeUndefined();
});

test('opened from a link: a cell gets its carried result for the options it was made with, nothing for others', async () => {
  const refuse = () => Promise.reject(new Error('the engine is not asked'));
  const analysis = new ChurnAnalysis({ analyze: refuse, buildCustomerTable: refuse } as unknown as ChurnEngine);
  const table = { datasetId: 'x', customers: 500, asOf: '2024-01-31' } as CustomerTableSummary;
  const received = readAggregates({
    k: 10,
    table,
    kpis: { customers: 500 } as ChurnKpisResult,
    columns: [{ name: 'Contract', type: 'string' }],
    cells: [
      { id: 'cell-2', kind: 'churn-by-attribute', options: { column: 'Contract' }, result: { column: 'Contract' } },
    ],
    suppressed: 0,
  })!;
  analysis.showAggregates(received);
  expect(analysis.table?.customers).toBe(500);
  const query = analysis.query('churn-by-attribute', 'cell-2');
  await query.ask({ column: 'Contract' });
  expect((query.result as ResultOf<'churn-by-attribute'>).column).toBe('Contract');
  expect(analysis.aggregatesChanged.has('cell-2')).toBe(false);
  await query.ask({ column: 'gender' });
  expect(query.result).toBeNull();
  expect(analysis.aggregatesChanged.has('cell-2')).toBe(true);
  // Another cell, or one the link does not carry, gets nothing.
  const other = analysis.query('churn-by-attribute', 'cell-3');
  await other.ask({ column: 'Contract' });
  expect(other.result).toBeNull();
});
