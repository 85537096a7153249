/**
 * Returns and cancellations are not purchases (issue 12, section 2): on a hand-made log, with
 * every expected value worked out by hand, they move neither first nor last activity, are not
 * orders and do not make a customer active, whether their money is netted or dropped. A
 * customer with only returns is counted and reported, not made a customer.
 */
import { describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { CustomerTableSpec, Role } from '../../../src/engine/api.ts';
import { createEngine } from '../../../src/engine/engine.ts';
import { bytesFile } from '../../sharedData.ts';

// As of 2024-03-31 (the last date), inactivity 30 days.
const LOG = [
  'InvoiceNo,customer_id,date,amount',
  // a: buys 01-10 and 02-01; a cancellation-only day on 03-20 must not make a active.
  '1001,a,2024-01-10,100',
  '1002,a,2024-02-01,40',
  'C1003,a,2024-03-20,-40',
  // b: a return before the first purchase, one purchase, a return after the last.
  '1004,b,2024-01-05,-10',
  '1005,b,2024-02-15,80',
  '1006,b,2024-03-25,-5',
  // c: only returns and cancellations: not a customer, counted.
  'C1007,c,2024-02-02,-20',
  '1008,c,2024-02-03,-15',
  // d: a C invoice with a positive amount is still a cancellation; one purchase day with a return on it.
  '1009,d,2024-03-01,60',
  '1010,d,2024-03-01,-10',
  'C1011,d,2024-03-31,25',
].join('\n');

async function build(returns: 'net' | 'drop') {
  const engine = createEngine();
  const opened = await engine.openDataset([bytesFile('log.csv', LOG)]);
  if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
  const roles: Record<string, Role> = { customer_id: 'customer_id', date: 'date', amount: 'amount' };
  const spec: CustomerTableSpec = { roles, definition: { kind: 'inactivity', days: 30 }, returns, unit: 'days' };
  const built = engine.buildCustomerTable(opened.value.id, spec);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const ipc = engine.customerRows(opened.value.id, 0, 1e9);
  if (!ipc.ok) throw new Error('no rows');
  const t = tableFromIPC(ipc.value);
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const byId: Record<string, { first: string; last: string; orders: number; total: number; status: string }> = {};
  for (let i = 0; i < t.numRows; i++)
    byId[t.getChild('customer_id')!.get(i)] = {
      first: iso(t.getChild('first_date')!.get(i)),
      last: iso(t.getChild('last_date')!.get(i)),
      orders: t.getChild('orders')!.get(i),
      total: t.getChild('total_value')!.get(i),
      status: t.getChild('churn_status')!.get(i),
    };
  return { summary: built.value, byId };
}

describe('returns are not purchases', () => {
  for (const returns of ['net', 'drop'] as const)
    it(`buildCustomerTable(log, returns ${returns}): first/last purchase, orders and status ignore returns`, async () => {
      const { summary, byId } = await build(returns);
      expect(Object.keys(byId).sort()).toEqual(['a', 'b', 'd']);
      expect(summary.customers).toBe(3);
      // a: last purchase 02-01, 59 days before 03-31 > 30: churned although it cancelled on 03-20.
      expect(byId.a).toMatchObject({ first: '2024-01-10', last: '2024-02-01', orders: 2, status: 'churned' });
      // b: one purchase on 02-15, 45 days before: churned; the returns on 01-05 and 03-25 do not count.
      expect(byId.b).toMatchObject({ first: '2024-02-15', last: '2024-02-15', orders: 1, status: 'churned' });
      // d: one purchase day (03-01), 30 days before: active; the C invoice on 03-31 is no purchase.
      expect(byId.d).toMatchObject({ first: '2024-03-01', last: '2024-03-01', orders: 1, status: 'active' });
      const only = summary.issues.find((i) => i.code === 'returns-only-customers');
      expect(only?.count).toBe(1);
      expect(summary.issues.find((i) => i.code === 'negative-values')?.count).toBe(7);
    });

  it('buildCustomerTable(log, returns net) nets the money of returns into total value', async () => {
    const { byId } = await build('net');
    expect(byId.a.total).toBe(100 + 40 - 40);
    expect(byId.b.total).toBe(-10 + 80 - 5);
    expect(byId.d.total).toBe(60 - 10 + 25);
  });

  it('buildCustomerTable(log, returns drop) keeps only purchase money and counts the dropped rows', async () => {
    const { summary, byId } = await build('drop');
    expect(byId.a.total).toBe(140);
    expect(byId.b.total).toBe(80);
    expect(byId.d.total).toBe(60);
    expect(summary.leftOutDetail.dropped).toBe(7);
  });
});
