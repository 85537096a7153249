/**
 * Churn reasons through the engine on the built-in Cognos Telco sample, against pandas
 * (tests/fixtures/churn-reasons/make_reference.py → reference.json) and the data README's
 * published counts.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, fixture, sourceFile, TELCO_REASONS } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';
import type { ChurnType, EngineApi } from '../../../src/engine/api.ts';

const ref = JSON.parse(readFileSync(fixture('churn-reasons', 'reference.json'), 'utf8')) as {
  pareto: { reason: string; count: number; share: number; cumulative: number }[];
  byContract: Record<string, Record<string, number>>;
  lostCltv: Record<string, number>;
  lostCltvTotal: number;
  lostMonthlyCharges: Record<string, number>;
  types: Record<string, ChurnType>;
  typeCounts: Record<string, number>;
  branchCounts: Record<string, number>;
};

async function cognos(reasonTypes?: Record<string, ChurnType>): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(TELCO_REASONS)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' }, reasonTypes }));
  return { engine, id: s.id };
}

it("analyze(cognos, 'churn-reasons') reproduces the published and pandas reason Pareto", async () => {
  const { engine, id } = await cognos();
  const r = value(engine.analyze(id, 'churn-reasons', {}));
  // README: all 1,869 churned customers have a reason, none of the other 5,174 does; 20 reasons.
  expect([r.churned, r.withReason, r.notChurnedWithReason, r.reasons.length, r.several]).toEqual([
    1869, 1869, 0, 20, 0,
  ]);
  // README top five; pandas value_counts for all 20 (exact counts; shares to 12 decimals).
  expect(r.reasons.slice(0, 5).map((x) => [x.label, x.count])).toEqual([
    ['Attitude of support person', 192],
    ['Competitor offered higher download speeds', 189],
    ['Competitor offered more data', 162],
    ["Don't know", 154],
    ['Competitor made better offer', 140],
  ]);
  expect(r.reasons.map((x) => [x.label, x.count])).toEqual(ref.pareto.map((p) => [p.reason, p.count]));
  r.reasons.forEach((x, i) => {
    expect(x.share).toBeCloseTo(ref.pareto[i].share, 12);
    expect(x.cumulative).toBeCloseTo(ref.pareto[i].cumulative, 12);
  });
  expect(r.stamp).toMatchObject({ kind: 'churn-reasons', parameters: { separators: ';,；，|' } });
});

it("analyze(cognos, 'churn-reasons', by Contract, value CLTV) reproduces the pandas crosstab and lost CLTV", async () => {
  const { engine, id } = await cognos();
  const r = value(engine.analyze(id, 'churn-reasons', { by: 'Contract', value: 'CLTV' }));
  const seg = r.segments!;
  // pandas crosstab(Churn Reason, Contract) over churners: exact counts.
  expect(seg.labels).toEqual(['Month-to-month', 'One year', 'Two year']);
  expect(seg.churners).toEqual([1655, 166, 48]);
  r.reasons.forEach((x, i) =>
    expect(seg.labels.map((_, j) => seg.counts[i * seg.labels.length + j])).toEqual(
      seg.labels.map((c) => ref.byContract[x.label][c]),
    ),
  );
  // pandas groupby sum of whole-number CLTV: exact.
  expect(Object.fromEntries(r.reasons.map((x) => [x.label, x.lost]))).toEqual(ref.lostCltv);
  expect(r.lost).toEqual({ column: 'CLTV', total: ref.lostCltvTotal, missing: 0 });
});

it("analyze(cognos, 'churn-reasons', value Monthly Charges) sums charges to the cent", async () => {
  const { engine, id } = await cognos();
  const r = value(engine.analyze(id, 'churn-reasons', { value: 'Monthly Charges' }));
  // pandas groupby sum, rounded to cents: the same to 1e-6.
  for (const x of r.reasons) expect(x.lost!).toBeCloseTo(ref.lostMonthlyCharges[x.label], 6);
});

it("analyze(cognos, 'churn-reasons') maps the 20 reasons to the hand-read types and branches", async () => {
  const { engine, id } = await cognos();
  const r = value(engine.analyze(id, 'churn-reasons', {}));
  expect(Object.fromEntries(r.reasons.map((x) => [x.label, x.type]))).toEqual(ref.types);
  const types = Object.fromEntries(r.tree.flatMap((b) => b.types.map((t) => [t.type, t.count])));
  expect(types).toEqual(ref.typeCounts);
  expect(Object.fromEntries(r.tree.map((b) => [b.branch, b.count]))).toEqual(ref.branchCounts);
  const competitor = r.tree.find((b) => b.branch === 'voluntary')!.types.find((t) => t.type === 'competitor')!;
  // Four competitor reasons with the top three asked: the fourth is named, not pooled alone.
  expect(competitor.reasons.map((x) => x.count)).toEqual([189, 162, 140, 130]);
  expect(competitor.others).toEqual({ reasons: 0, count: 0 });
  const disappointed = r.tree.find((b) => b.branch === 'voluntary')!.types.find((t) => t.type === 'disappointed')!;
  // pandas: 1,035 disappointed churners; the top three 192 + 135 + 103, ten others 605.
  expect(disappointed.others).toEqual({ reasons: 10, count: 1035 - 192 - 135 - 103 });
});

it("analyze(cognos, 'churn-reasons') follows the user's reason mapping and the involuntary types", async () => {
  const { engine, id } = await cognos({ 'Price too high': 'competitor' });
  const r = value(engine.analyze(id, 'churn-reasons', { involuntaryTypes: ['involuntary'] }));
  const types = Object.fromEntries(r.tree.flatMap((b) => b.types.map((t) => [t.type, t.count])));
  // 98 customers give "Price too high" (pandas).
  expect(types.competitor).toBe(ref.typeCounts.competitor + 98);
  expect(r.tree.map((b) => b.branch)).toEqual(['voluntary', 'unknown']);
});

it("analyze(cognos, 'churn-reasons', by cluster) crosses reasons with a segment another analysis added", async () => {
  const { engine, id } = await cognos();
  const missing = engine.analyze(id, 'churn-reasons', { by: 'cluster' });
  expect(!missing.ok && missing.issues[0].code).toBe('unknown-column');
  value(engine.analyze(id, 'clusters', { features: ['Tenure Months', 'Monthly Charges'], k: 3 }));
  const r = value(engine.analyze(id, 'churn-reasons', { by: 'cluster' }));
  const seg = r.segments!;
  expect(seg.labels).toHaveLength(3);
  // Every churner with a reason is in one cluster: the columns add up to the 1,869, and each
  // reason's row to its count.
  expect(seg.churners.reduce((n, c) => n + c, 0) + seg.missing).toBe(1869);
  r.reasons.forEach((x, i) => expect(seg.counts.slice(i * 3, i * 3 + 3).reduce((n, c) => n + c, 0)).toBe(x.count));
});

it('analyze(churn-reasons) splits several reasons per customer and counts each', async () => {
  const csv =
    'id,churn,reason,fee\n1,yes,price; service,10\n2,yes,price,20\n3,no,,5\n4,yes,搬家，价格,30\n5,yes,,40\n6,no,price,1\n';
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('r.csv', csv)]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s, { fee: 'value' }), definition: { kind: 'flag' } }));
  const r = value(engine.analyze(s.id, 'churn-reasons', {}));
  expect([r.churned, r.withReason, r.withoutReason, r.mentions, r.several, r.notChurnedWithReason]).toEqual([
    4, 3, 1, 5, 2, 1,
  ]);
  expect(r.reasons.map((x) => [x.label, x.count, x.lost])).toEqual([
    ['price', 2, 30],
    ['service', 1, 10],
    ['价格', 1, 30],
    ['搬家', 1, 30],
  ]);
  expect(r.reasons.at(-1)!.cumulative).toBeCloseTo(5 / 3, 12);
  expect(r.lost).toEqual({ column: 'fee', total: 60, missing: 0 });
  expect(Object.fromEntries(r.reasons.map((x) => [x.label, x.type]))).toMatchObject({
    价格: 'disappointed',
    搬家: 'natural',
  });
});

it('analyze(churn-reasons) without a reason column, or with a text value column, names the problem', async () => {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('r.csv', 'id,churn,plan\n1,yes,a\n2,no,b\n')]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  const none = engine.analyze(s.id, 'churn-reasons', {});
  expect(!none.ok && none.issues[0]).toMatchObject({ code: 'role-missing', params: { role: 'reason' } });
  const { engine: e2, id } = await cognos();
  const text = e2.analyze(id, 'churn-reasons', { value: 'Contract' });
  expect(!text.ok && text.issues[0].code).toBe('reasons-value-column');
  const bad = e2.analyze(id, 'churn-reasons', { separators: 'ab' });
  expect(!bad.ok && bad.issues[0].code).toBe('reasons-option');
});
