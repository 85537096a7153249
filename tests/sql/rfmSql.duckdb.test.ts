/**
 * RFM from the generated SQL (DuckDB) equals the engine's per customer: recency in days, orders
 * (distinct invoices on Online Retail, purchase rows on CDNOW), monetary (total or per order)
 * and the R, F and M scores, for 5 and 3 bins, on Online Retail (Sep–Dec 2011) and CDNOW; and
 * the eight classes split at the mean and at the median (rfmClassCheck.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tableFromIPC } from 'apache-arrow';
import type { RfmResult } from '../../src/engine/api.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { cdnow, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';
import { expectRfmClasses } from './rfmClassCheck.ts';

const definition = { kind: 'inactivity', days: 60 } as const;

async function compare(p: LoadedPair, bins: number, monetary: 'total' | 'mean') {
  const rows = await generatedRows(p, 'rfm', { definition, options: { bins, monetary } });
  const app: RfmResult = value(p.engine.analyze(p.id, 'rfm', { bins, monetary }));
  const ids = tableFromIPC(value(p.engine.customerRows(p.id, 0, 1e9)))
    .getChild('customer_id')!
    .toArray();
  const row = new Map(Array.from(ids, (id, c) => [String(id), c]));
  const pc = app.perCustomer;
  expect(rows.length).toBe(ids.length);
  const sqlExact = rows.map((r) => [r.customer_id, Number(r.recency_days), Number(r.frequency), r.r, r.f, r.m]);
  const appExact = rows.map((r) => {
    const c = row.get(String(r.customer_id))!;
    return [r.customer_id, pc.recencyDays[c], pc.frequency[c], pc.r[c], pc.f[c], pc.m[c]];
  });
  // Exact: recency, orders and every score.
  expect(sqlExact).toEqual(appExact);
  // Monetary: the same amounts summed in another order; 1e-9 relative.
  let worst = 0;
  for (const r of rows) {
    const y = pc.monetary[row.get(String(r.customer_id))!];
    worst = Math.max(worst, Math.abs(Number(r.monetary) - y) / Math.max(1, Math.abs(y)));
  }
  expect(worst).toBeLessThan(1e-9);
  expect(new Set(rows.map((r) => r.r)).size).toBeGreaterThan(1);
}

async function compareClasses(p: LoadedPair, scheme: 'mean8' | 'median8', monetary: 'total' | 'mean') {
  const rows = await generatedRows(p, 'rfm', { definition, options: { scheme, monetary } });
  expectRfmClasses(rows, p.engine, p.id, { scheme, monetary });
}

describe.each([
  ['Online Retail', onlineRetail],
  ['CDNOW', cdnow],
])('RFM SQL on %s', (_name, load) => {
  let p: LoadedPair;
  beforeAll(async () => {
    p = await load();
    value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition }));
  });
  afterAll(() => p?.close());

  it('5 bins, total spend', () => compare(p, 5, 'total'));
  it('3 bins, spend per order', () => compare(p, 3, 'mean'));
  it('eight classes at the mean, total spend', () => compareClasses(p, 'mean8', 'total'));
  it('eight classes at the median, total spend and spend per order', async () => {
    await compareClasses(p, 'median8', 'total');
    await compareClasses(p, 'median8', 'mean');
  });
});
