/**
 * analyzeInSteps(…, 'clusters'): the same result as analyze — on this thread alone and across a
 * helper thread — with progress told, and a Cancel that stops a long fit within a second.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { AnalysisProgress, ClustersOptions, EngineApi } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { helperThreads } from '../../../cli/helperThreads.ts';
import { mulberry32 } from '../../../src/core/stats/random.ts';
import { bytesFile } from '../../sharedData.ts';
import { rolesOf, telco, value } from './analysisFixtures.ts';

const TELCO_OPTIONS: ClustersOptions = { features: ['tenure', 'MonthlyCharges'], kRange: [2, 5], restarts: 3, seed: 7 };

/** n customers in three planted groups of tenure and monthly charges, with a churn flag. */
function customersCsv(n: number): string {
  const random = mulberry32(14);
  const lines = ['customer_id,tenure,MonthlyCharges,Churn'];
  for (let i = 0; i < n; i++) {
    const g = i % 3;
    const tenure = Math.round([5, 40, 65][g] + 6 * (random() - 0.5) * 2);
    const monthly = Math.round(([80, 30, 95][g] + 10 * (random() - 0.5) * 2) * 100) / 100;
    lines.push(`C${i},${tenure},${monthly},${random() < 0.2 ? 'Yes' : 'No'}`);
  }
  return `${lines.join('\n')}\n`;
}

async function large(n: number, engineOptions = {}): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine(engineOptions);
  const s = value(await engine.openDataset([bytesFile('customers.csv', customersCsv(n))]));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  return { engine, id: s.id };
}

const helpers = helperThreads(1);
afterAll(() => undefined);

describe("analyzeInSteps(id, 'clusters')", () => {
  it('gives analyze’s result on Telco (labels, inertia, chooseK), telling progress on the way', async () => {
    const alone = await telco();
    const expected = value(alone.engine.analyze(alone.id, 'clusters', TELCO_OPTIONS));
    const { engine, id } = await telco();
    const seen: AnalysisProgress[] = [];
    const got = value(await engine.analyzeInSteps(id, 'clusters', TELCO_OPTIONS, (p) => seen.push(p)));
    expect(got.chooseK).toEqual(expected.chooseK);
    expect(got.inertia).toBe(expected.inertia);
    expect(Array.from(got.perCustomer.cluster)).toEqual(Array.from(expected.perCustomer.cluster));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen[0]).toMatchObject({ kind: 'clusters', done: 0, total: 4 });
  });

  it('across a helper thread gives the same labels as one thread, inertia within 1e-12 relative', async () => {
    const options: ClustersOptions = { features: ['tenure', 'MonthlyCharges'], kRange: [3, 4], restarts: 2, seed: 3 };
    const one = await large(120_000);
    const expected = value(one.engine.analyze(one.id, 'clusters', options));
    const two = await large(120_000, { helpers });
    const got = value(await two.engine.analyzeInSteps(two.id, 'clusters', options));
    expect(Array.from(got.perCustomer.cluster)).toEqual(Array.from(expected.perCustomer.cluster));
    // Tolerance 1e-12 relative: the parts' sums are added in another order (as scikit-learn's chunks are).
    expect(Math.abs(got.inertia / expected.inertia - 1)).toBeLessThan(1e-12);
    expect(got.chooseK.map((c) => c.iterations)).toEqual(expected.chooseK.map((c) => c.iterations));
  }, 120_000);

  it('stops within a second of cancel() with an analysis-cancelled issue, and fits again afterwards', async () => {
    const { engine, id } = await large(100_000);
    const long: ClustersOptions = { features: ['tenure', 'MonthlyCharges'], kRange: [2, 12], restarts: 20, seed: 1 };
    let cancelledAt = 0;
    const answer = engine.analyzeInSteps(id, 'clusters', long, () => {
      if (cancelledAt === 0) {
        cancelledAt = performance.now();
        engine.cancel();
      }
    });
    const result = await answer;
    const took = performance.now() - cancelledAt;
    expect(cancelledAt).toBeGreaterThan(0);
    expect(result.ok ? null : result.issues.map((i) => i.code)).toEqual(['analysis-cancelled']);
    expect(took).toBeLessThan(1000);
    const again = await engine.analyzeInSteps(id, 'clusters', { ...long, kRange: [2, 3], restarts: 1 });
    expect(value(again).k).toBeGreaterThanOrEqual(2);
  }, 120_000);

  it('a newer call of the same kind cancels the older one', async () => {
    const { engine, id } = await large(60_000);
    const first = engine.analyzeInSteps(id, 'clusters', { features: ['tenure'], kRange: [2, 10], restarts: 10 });
    const second = engine.analyzeInSteps(id, 'clusters', { features: ['tenure'], kRange: [2, 3], restarts: 1 });
    const [a, b] = await Promise.all([first, second]);
    expect(a.ok ? null : a.issues[0].code).toBe('analysis-cancelled');
    expect(b.ok).toBe(true);
  }, 120_000);
});
