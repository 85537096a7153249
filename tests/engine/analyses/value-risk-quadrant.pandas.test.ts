/**
 * The value-versus-risk quadrant on the IBM Cognos Telco workbook against pandas
 * (tests/fixtures/value-risk-quadrant/make_reference.py → reference.json): risk = Churn Score
 * (5–100, so no revenue at risk), value = CLTV, churn = the workbook's churn flag; thresholds by
 * the median, the 20/80 rule and the riskiest 20 %, each quadrant's customers, CLTV and churners.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EngineApi, QuadrantThreshold } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { fixture, sharedData, sourceFile } from '../../sharedData.ts';
import { rolesOf, value } from './analysisFixtures.ts';

type Case = {
  thresholds: { risk: number; value: number };
  quadrants: Record<string, { customers: number; value: number; churned: number }>;
};
const reference = JSON.parse(readFileSync(fixture('value-risk-quadrant', 'reference.json'), 'utf8')) as {
  cases: Record<string, Case>;
};

const RULES: Record<string, [QuadrantThreshold, QuadrantThreshold]> = {
  'median-median': [{ rule: 'median' }, { rule: 'median' }],
  'median-pareto': [{ rule: 'median' }, { rule: 'pareto' }],
  'top20-pareto': [{ rule: 'top-share', share: 0.2 }, { rule: 'pareto' }],
};

describe('value-risk-quadrant on the Cognos Telco workbook against pandas', () => {
  let engine: EngineApi;
  let id: string;
  beforeAll(async () => {
    engine = createEngine();
    const s = value(
      await engine.openDataset([await sourceFile(sharedData('telco-customer-churn', 'Telco_customer_churn.xlsx'))]),
    );
    id = s.id;
    value(engine.buildCustomerTable(id, { roles: rolesOf(s), definition: { kind: 'flag' } }));
  });

  for (const [name, [riskThreshold, valueThreshold]] of Object.entries(RULES))
    it(`${name}: thresholds, and customers, CLTV and churners per quadrant as pandas counts them`, () => {
      const r = value(
        engine.analyze(id, 'value-risk-quadrant', {
          risk: { source: 'column', column: 'Churn Score' },
          value: { source: 'column', column: 'CLTV' },
          riskThreshold,
          valueThreshold,
        }),
      );
      const ref = reference.cases[name];
      // Whole numbers chosen by the same rule: equal.
      expect(r.thresholds).toEqual(ref.thresholds);
      expect(r.riskIsProbability).toBe(false);
      for (const q of r.quadrants) {
        const p = ref.quadrants[q.code] ?? { customers: 0, value: 0, churned: 0 };
        // Sums of whole CLTVs: exact.
        expect([q.code, q.customers, q.value, q.churned, q.revenueAtRisk]).toEqual([
          q.code,
          p.customers,
          p.value,
          p.churned,
          null,
        ]);
      }
    });
});
