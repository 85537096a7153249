/** Churn by attribute through the engine: the Telco rates by contract (published in ../shared/data/README.md). */
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile, fixture, sourceFile, TELCO } from '../../sharedData.ts';
import { rolesOf, telco, value } from './analysisFixtures.ts';

it("analyze(telco, 'churn-by-attribute', Contract) reproduces the published rates by contract", async () => {
  const { engine, id } = await telco();
  const r = value(engine.analyze(id, 'churn-by-attribute', { column: 'Contract' }));
  const by = Object.fromEntries(r.groups.map((g) => [g.label, g]));
  expect(by['Month-to-month']).toMatchObject({ count: 3875, churned: 1655 });
  expect(by['One year']).toMatchObject({ count: 1473, churned: 166 });
  expect(by['Two year']).toMatchObject({ count: 1695, churned: 48 });
  // README: 0.4271, 0.1127, 0.0283 (4 decimals).
  expect(by['Month-to-month'].rate).toBeCloseTo(0.4271, 4);
  expect(by['One year'].rate).toBeCloseTo(0.1127, 4);
  expect(by['Two year'].rate).toBeCloseTo(0.0283, 4);
  expect(by['Month-to-month'].low).toBeLessThan(0.4271);
  expect(by['Month-to-month'].high).toBeGreaterThan(0.4271);
  expect(r.stamp).toMatchObject({ kind: 'churn-by-attribute', definition: { kind: 'flag' } });
});

it("analyze(the data's reason column) and analyze(churn_type) both answer", async () => {
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(fixture('utf8bom-snapshot-semicolon.csv'))]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  const byReason = value(engine.analyze(s.id, 'churn-by-attribute', { column: '流失原因' }));
  expect(byReason.groups.length).toBeGreaterThan(1);
  const byType = value(engine.analyze(s.id, 'churn-by-attribute', { column: 'churn_type' }));
  expect(byType.groups.map((g) => g.label)).toContain('disappointed');
});

it("analyze(telco, 'churn-by-attribute', a column that is not there) names it", async () => {
  const { engine, id } = await telco();
  const r = engine.analyze(id, 'churn-by-attribute', { column: 'Nope' });
  expect(!r.ok && r.issues[0].code).toBe('unknown-column');
});

describe('churn by a numeric attribute', () => {
  let db: DuckDBConnection;
  beforeAll(async () => {
    db = await (await DuckDBInstance.create(':memory:')).connect();
    await db.run(`CREATE TABLE telco AS SELECT * FROM read_csv('${TELCO}', header = true)`);
  });
  afterAll(() => db.closeSync());

  /** Customers and churned per MonthlyCharges band [lo, hi) (the last band includes hi), counted by DuckDB. */
  async function sqlBands(edges: number[]) {
    const cases = edges
      .slice(0, -1)
      .map((lo, k) => {
        const hi = edges[k + 1];
        const upper = k === edges.length - 2 ? `MonthlyCharges <= ${hi}` : `MonthlyCharges < ${hi}`;
        return `WHEN MonthlyCharges >= ${lo} AND ${upper} THEN ${k}`;
      })
      .join(' ');
    const rows = await db.runAndReadAll(
      `SELECT CASE ${cases} END AS bin, count(*)::INT AS n, sum(CASE WHEN Churn = 'Yes' THEN 1 ELSE 0 END)::INT AS churned
       FROM telco GROUP BY bin HAVING bin IS NOT NULL ORDER BY bin`,
    );
    return rows.getRowObjects().map((r) => [Number(r.n), Number(r.churned)]);
  }

  it("analyze(telco, 'churn-by-attribute', MonthlyCharges) cuts it at DuckDB's quantile_cont quintiles and counts as SQL does", async () => {
    const { engine, id } = await telco();
    const r = value(engine.analyze(id, 'churn-by-attribute', { column: 'MonthlyCharges' }));
    const q = await db.runAndReadAll(
      'SELECT quantile_cont(MonthlyCharges, [0, 0.2, 0.4, 0.6, 0.8, 1.0]) AS q FROM telco',
    );
    const edges = (q.getRowObjects()[0].q as { items: number[] }).items.map(Number);
    expect(r.binned).toEqual({ by: 'quantiles', edges, outside: 0 });
    expect(r.groups.map((g) => [g.count, g.churned])).toEqual(await sqlBands(edges));
    expect(r.groups.reduce((n, g) => n + g.count, 0)).toBe(7043);
  });

  it("analyze(telco, 'churn-by-attribute', MonthlyCharges, bands) groups by the typed bands", async () => {
    const { engine, id } = await telco();
    const edges = [0, 35, 70, 200];
    const r = value(engine.analyze(id, 'churn-by-attribute', { column: 'MonthlyCharges', bins: edges }));
    // Charges are not whole numbers: half-open bands, the top one closed (a charge of 35 is in the second).
    expect(r.groups.map((g) => g.label)).toEqual(['[0, 35)', '[35, 70)', '[70, 200]']);
    expect(r.groups.map((g) => [g.count, g.churned])).toEqual(await sqlBands(edges));
    const bad = engine.analyze(id, 'churn-by-attribute', { column: 'MonthlyCharges', bins: [12, 0] });
    expect(!bad.ok && bad.issues[0].code).toBe('invalid-definition');
  });
});

it("analyze(snapshot, 'churn-by-attribute') marks groups smaller than minGroupSize and orders by rate or size", async () => {
  const engine = createEngine();
  const rows = ['id,country,churned'];
  // 40 UK customers, 10 churned; 3 Canadian customers, all churned; 35 French, 14 churned.
  for (let i = 0; i < 40; i++) rows.push(`uk${i},UK,${i < 10 ? 'yes' : 'no'}`);
  for (let i = 0; i < 3; i++) rows.push(`ca${i},Canada,yes`);
  for (let i = 0; i < 35; i++) rows.push(`fr${i},France,${i < 14 ? 'yes' : 'no'}`);
  const s = value(await engine.openDataset([bytesFile('countries.csv', rows.join('\n'))]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  const byRate = value(engine.analyze(s.id, 'churn-by-attribute', { column: 'country' }));
  expect(byRate.groups.map((g) => [g.label, g.count, g.small])).toEqual([
    ['Canada', 3, true],
    ['France', 35, false],
    ['UK', 40, false],
  ]);
  const bySize = value(
    engine.analyze(s.id, 'churn-by-attribute', { column: 'country', sort: 'size', minGroupSize: 2 }),
  );
  expect(bySize.groups.map((g) => [g.label, g.small])).toEqual([
    ['UK', false],
    ['France', false],
    ['Canada', false],
  ]);
});
