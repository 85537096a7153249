/** Churn by attribute through the engine: the Telco rates by contract (published in ../shared/data/README.md). */
import { expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import { fixture, sourceFile } from '../../sharedData.ts';
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
