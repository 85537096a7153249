/** The definition lab through the engine on CDNOW. */
import { expect, it } from 'vitest';
import { cdnow, rolesOf, value } from './analysisFixtures.ts';

it("analyze(CDNOW, 'definition-lab', 90/180/365 days): counts fall as the window widens and pairs disagree by the difference", async () => {
  const { engine, id, summary } = await cdnow();
  const definitions = [90, 180, 365].map((days) => ({ kind: 'inactivity' as const, days }));
  const c = value(engine.analyze(id, 'definition-lab', { definitions }));
  const [d90, d180, d365] = c.definitions.map((d) => d.churned);
  expect(d90).toBeGreaterThanOrEqual(d180);
  expect(d180).toBeGreaterThanOrEqual(d365);
  expect(c.disagreements).toEqual([
    { a: 0, b: 1, count: d90 - d180 },
    { a: 0, b: 2, count: d90 - d365 },
    { a: 1, b: 2, count: d180 - d365 },
  ]);
  expect(c.disagreeingTotal).toBe(d90 - d365);
  expect(c.customers.length).toBe(Math.min(500, d90 - d365));
  // The lab applies definitions to the table's inputs; a full rebuild must count the same.
  const rebuilt = engine.buildCustomerTable(id, {
    roles: rolesOf(summary, { column_2: 'ignore' }),
    definition: { kind: 'inactivity', days: 90 },
  });
  expect(value(rebuilt).churned).toBe(d90);
});

it("analyze(CDNOW, 'definition-lab', one definition) is refused", async () => {
  const { engine, id } = await cdnow();
  const one = engine.analyze(id, 'definition-lab', { definitions: [{ kind: 'inactivity', days: 90 }] });
  expect(!one.ok && one.issues[0].message).toMatch(/between 2 and 4/);
});
