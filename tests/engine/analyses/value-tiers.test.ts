/** Value tiers through the engine on Telco. */
import { expect, it } from 'vitest';
import { telco, value } from './analysisFixtures.ts';

it("analyze(telco, 'value-tiers') splits 7,043 customers 10/30/60 % and keeps every churned customer", async () => {
  const { engine, id } = await telco();
  const v = value(engine.analyze(id, 'value-tiers', {}));
  // 10 % of 7,043 rounds to 704, 30 % to 2,113; C takes the rest.
  expect(v.tiers!.tiers.map((t) => t.customers)).toEqual([704, 2113, 4226]);
  expect(v.tiers!.tiers.reduce((s, t) => s + t.churned, 0)).toBe(1869);
  expect(v.tiers!.pareto.top20Share).toBeGreaterThan(0.2);
  expect(v.stamp.parameters).toEqual({ tierShares: [0.1, 0.3, 0.6] });
});

it("analyze(telco, 'value-tiers', shares that do not add up to 1) is refused", async () => {
  const { engine, id } = await telco();
  const r = engine.analyze(id, 'value-tiers', { tierShares: [0.5, 0.5, 0.5] });
  expect(!r.ok && r.issues[0].code).toBe('invalid-definition');
});
