/**
 * Columns analyses add to the customer table: they join its exports next to the customer id,
 * outlive the result's transferred arrays, and go when the table is rebuilt.
 */
import { expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import { telco, value } from './analyses/analysisFixtures.ts';

function csvRows(bytes: Uint8Array): string[][] {
  const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, '');
  // The stamp lines come after a blank line below the table.
  const table = text.split(/\r?\n\r?\n/)[0];
  return table.split(/\r?\n/).map((line) => line.split(','));
}

it('exportCustomerTable after value-tiers holds value_tier next to the id, A = the highest values', async () => {
  const { engine, id } = await telco();
  const tiers = value(engine.analyze(id, 'value-tiers', {}));
  // The result's arrays go to the caller (a worker transfers them): the engine must not need them.
  structuredClone(tiers.tiers!.perCustomer.tier.buffer, { transfer: [tiers.tiers!.perCustomer.tier.buffer] });
  const rows = csvRows(value(engine.exportCustomerTable(id, 'csv')));
  const header = rows[0];
  expect(header.slice(0, 2)).toEqual(['customer_id', 'value_tier']);
  const body = rows.slice(1);
  const tier = header.indexOf('value_tier');
  const total = header.indexOf('total_value');
  const count = (t: string) => body.filter((r) => r[tier] === t).length;
  // Telco has 7,043 customers: 704 / 2,113 / 4,226 by the 10/30/60 % rule (analyses/value-tiers.test.ts).
  expect([count('A'), count('B'), count('C')]).toEqual([704, 2113, 4226]);
  // Read back from the file itself: no tier-A customer is worth less than any tier-B one.
  const values = (t: string) => body.filter((r) => r[tier] === t).map((r) => Number(r[total]));
  expect(Math.min(...values('A'))).toBeGreaterThanOrEqual(Math.max(...values('B')));
  expect(Math.min(...values('B'))).toBeGreaterThanOrEqual(Math.max(...values('C').filter((v) => v === v)));
});

it('customerRows and the Arrow export carry the added column too', async () => {
  const { engine, id } = await telco();
  value(engine.analyze(id, 'value-tiers', {}));
  const arrow = tableFromIPC(value(engine.exportCustomerTable(id, 'arrow')));
  expect(arrow.schema.fields.map((f) => f.name).slice(0, 2)).toEqual(['customer_id', 'value_tier']);
  const rows = tableFromIPC(value(engine.customerRows(id, 0, 5)));
  expect(rows.numRows).toBe(5);
  expect(String(rows.getChild('value_tier')!.get(0))).toMatch(/^[ABC]$/);
});

it('a rebuilt customer table has no added columns until the analysis runs again', async () => {
  const { engine, id } = await telco();
  value(engine.analyze(id, 'value-tiers', {}));
  const s = value(engine.summary(id));
  const roles = Object.fromEntries(s.columns.map((c) => [c.name, c.role]));
  value(engine.buildCustomerTable(id, { roles, definition: { kind: 'flag' } }));
  const header = csvRows(value(engine.exportCustomerTable(id, 'csv')))[0];
  expect(header).not.toContain('value_tier');
});

it('the app words the added column and its values through ExportWords', async () => {
  const { engine, id } = await telco();
  value(engine.analyze(id, 'value-tiers', {}));
  const words = { columns: { value_tier: '价值层级' }, values: { value_tier: { A: 'A 级' } } };
  const rows = csvRows(value(engine.exportCustomerTable(id, 'csv', words)));
  expect(rows[0][1]).toBe('价值层级');
  expect(rows.slice(1).some((r) => r[1] === 'A 级')).toBe(true);
  expect(rows.slice(1).some((r) => r[1] === 'B')).toBe(true);
});
