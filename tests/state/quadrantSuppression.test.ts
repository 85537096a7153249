/**
 * A share link's quadrant (suppress at k): a quadrant of fewer than k customers is hidden, and the
 * check of risk against churn is recounted from the quadrants kept, so its sides' sums (retain
 * now + let go, maintain cheaply + grow) cannot give the hidden quadrant's counts away.
 */
import { expect, test } from 'vitest';
import { riskAgainstChurn, type ValueRiskQuadrantResult } from '../../src/engine/api.ts';
import { suppress } from '../../src/state/shareAggregates/suppression.ts';

const figures = (customers: number, churned: number) => ({
  customers,
  churned,
  value: customers * 10,
  valueShare: 0.25,
  revenueAtRisk: null,
  churnRate: churned / customers,
  low: 0,
  high: 1,
});

test('a hidden quadrant leaves the risk-against-churn sides unknown, not derivable', () => {
  const quadrants = (
    [
      ['retain-now', 400, 10],
      ['maintain-cheaply', 300, 90],
      ['grow', 250, 100],
      ['let-go', 4, 1],
    ] as const
  ).map(([code, n, c]) => ({ code, ...figures(n, c) }));
  const result = {
    quadrants,
    placed: 954,
    coreAtRisk: { customers: 400, valueShare: 0.4 },
    riskAgainstChurn: riskAgainstChurn(quadrants),
    perCustomer: {},
  } as unknown as ValueRiskQuadrantResult;
  // Unsuppressed: 11/404 against 190/550, a significant inversion.
  expect(result.riskAgainstChurn.contradicts).toBe(true);
  const shared = suppress('value-risk-quadrant', result, 10).value!;
  expect(shared.quadrants[3].customers).toBeNaN();
  expect(shared.riskAgainstChurn.high.customers).toBeNaN();
  expect(shared.riskAgainstChurn.high.churned).toBeNaN();
  expect(shared.riskAgainstChurn.low).toEqual({ customers: 550, churned: 190 });
  expect(shared.riskAgainstChurn.contradicts).toBe(false);
});
