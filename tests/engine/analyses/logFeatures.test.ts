/**
 * The log option of clusters and of the value score: the same as logging the column before
 * loading it (a CSV written with log1p(v), to full precision), profiles still in the own units.
 */
import { describe, expect, it } from 'vitest';
import type { ClustersOptions, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { bytesFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

/** Customers with a long-tailed spend (log-normal), raw or already logged. */
function csv(logged: boolean): string {
  const random = mulberry32(21);
  const lines = ['customer_id,tenure,Spend,Plan,Churn'];
  for (let i = 0; i < 3000; i++) {
    const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const spend = Math.round(Math.exp(3 + 1.2 * normal) * 100) / 100;
    const tenure = 1 + Math.floor(random() * 72);
    lines.push(
      `C${i},${tenure},${logged ? String(Math.log1p(spend)) : spend},${i % 3 ? 'Basic' : 'Plus'},${random() < 0.25 ? 'Yes' : 'No'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

async function open(logged: boolean): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset([bytesFile('spend.csv', csv(logged))]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s, { Spend: 'attribute' }), definition: { kind: 'flag' } }));
  return { engine, id: s.id };
}

describe('the log option', () => {
  it("analyze('clusters', log: [Spend]) fits as if Spend were log1p(Spend), centres in the own units", async () => {
    const options: ClustersOptions = { features: ['tenure', 'Spend'], kRange: [2, 4], seed: 5, restarts: 2 };
    const raw = await open(false);
    const pre = await open(true);
    const got = value(raw.engine.analyze(raw.id, 'clusters', { ...options, log: ['Spend'] }));
    const expected = value(pre.engine.analyze(pre.id, 'clusters', options));
    expect(Array.from(got.perCustomer.cluster)).toEqual(Array.from(expected.perCustomer.cluster));
    expect(got.chooseK).toEqual(expected.chooseK);
    expect(got.features.find((f) => f.name === 'Spend')).toMatchObject({ log: true });
    expect(got.stamp.parameters.log).toEqual(['Spend']);
    // The profile's centre is the mean spend itself, not its log: e^(mean log) < mean.
    const spendAt = got.columns.findIndex((c) => c.feature === 'Spend');
    for (const [j, c] of got.clusters.entries())
      expect(c.centre[spendAt]).toBeGreaterThan(Math.expm1(expected.clusters[j].centre[spendAt]));
    // Without the log the long tail decides the clusters: another split.
    const plain = value(raw.engine.analyze(raw.id, 'clusters', options));
    expect(Array.from(plain.perCustomer.cluster)).not.toEqual(Array.from(got.perCustomer.cluster));
  });

  it("analyze('clusters') refuses to log a category", async () => {
    const raw = await open(false);
    const r = raw.engine.analyze(raw.id, 'clusters', { features: ['tenure', 'Plan'], log: ['Plan'] });
    expect(r.ok ? null : r.issues[0].code).toBe('invalid-definition');
  });

  it("analyze('customer-value') with log on a min–max or z column scores as the logged column; a rank ignores it", async () => {
    const raw = await open(false);
    const pre = await open(true);
    for (const scaling of ['minmax', 'z', 'rank'] as const) {
      const feature = { column: 'Spend', direction: 'higher', scaling, weight: 1 } as const;
      const got = value(raw.engine.analyze(raw.id, 'customer-value', { features: [{ ...feature, log: true }] }));
      const expected = value(pre.engine.analyze(pre.id, 'customer-value', { features: [feature] }));
      expect(Array.from(got.perCustomer.score)).toEqual(Array.from(expected.perCustomer.score));
    }
    const bad = raw.engine.analyze(raw.id, 'customer-value', {
      features: [{ column: 'Spend', direction: 'higher', scaling: 'z', weight: 1, log: 'yes' as unknown as boolean }],
    });
    expect(bad.ok ? null : bad.issues[0].code).toBe('customer-value-options');
  });
});
