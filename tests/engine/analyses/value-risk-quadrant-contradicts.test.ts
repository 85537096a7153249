/**
 * The quadrant's check of its risk against observed churn, on the two transaction logs. With the
 * log default 1 − P(alive) (BG/NBD gives a one-time buyer P(alive) = 1), the high-risk side churns
 * far less than the low-risk side under the 180-day definition on Online Retail (13 files) and on
 * the CDNOW 1/10 sample: flagged. With the risk model's churn risk it is not: the model scores the
 * customers not yet churned (split in time one window before the as-of date), so none placed has
 * churned on either side.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import type { EngineApi, ValueRiskQuadrantResult } from '../../../src/engine/api.ts';
import { RETAIL_MONTH, sourceFile } from '../../sharedData.ts';
import { cdnow, rolesOf, value } from './analysisFixtures.ts';

const MONTHS = ['2010-12', ...Array.from({ length: 12 }, (_, m) => `2011-${String(m + 1).padStart(2, '0')}`)];
/** pandas: the customers active on 2011-12-09 under the 180-day definition (tests/fixtures/risk-window). */
const ACTIVE = (
  JSON.parse(readFileSync(new URL('../../fixtures/risk-window/reference.json', import.meta.url), 'utf8')) as {
    forward: Record<'180', { active: number }>;
  }
).forward['180'].active;

async function retail(): Promise<{ engine: EngineApi; id: string }> {
  const engine = createEngine();
  const s = value(await engine.openDataset(await Promise.all(MONTHS.map((m) => sourceFile(RETAIL_MONTH(m))))));
  value(engine.buildCustomerTable(s.id, { roles: rolesOf(s), definition: { kind: 'inactivity', days: 180 } }));
  return { engine, id: s.id };
}

const quadrant = ({ engine, id }: { engine: EngineApi; id: string }, source: 'p-alive' | 'model') =>
  value(
    engine.analyze(id, 'value-risk-quadrant', { risk: { source }, value: { source: 'clv' } }),
  ) as ValueRiskQuadrantResult;

describe('risk against observed churn', async () => {
  const logs = { retail: await retail(), cdnow: await cdnow() };

  it('1 − P(alive) contradicts it on both logs: the high-risk side churns significantly less', () => {
    for (const [name, log] of Object.entries(logs)) {
      const r = quadrant(log, 'p-alive');
      const c = r.riskAgainstChurn;
      // The sides are the quadrants' sums (retain now + let go against maintain cheaply + grow).
      const q = r.quadrants;
      expect(c.high.customers, name).toBe(q[0].customers + q[3].customers);
      expect(c.low.churned, name).toBe(q[1].churned + q[2].churned);
      expect(c.high.churned / c.high.customers, name).toBeLessThan(c.low.churned / c.low.customers);
      expect(c.highBound, name).toBeLessThan(0);
      expect(c.contradicts, name).toBe(true);
    }
    // Online Retail: every customer placed, and the churned among them are pandas' customers not active.
    const r = quadrant(logs.retail, 'p-alive').riskAgainstChurn;
    expect(r.high.churned + r.low.churned).toBe(r.high.customers + r.low.customers - ACTIVE);
  });

  it('the risk model’s churn risk does not', () => {
    for (const [name, log] of Object.entries(logs)) {
      const c = quadrant(log, 'model').riskAgainstChurn;
      expect(c.high.customers + c.low.customers, name).toBeGreaterThan(0);
      expect(c.contradicts, name).toBe(false);
    }
  });
});
