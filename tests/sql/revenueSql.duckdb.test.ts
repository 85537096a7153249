/**
 * Revenue movements from the generated SQL's per-customer monthly revenue (DuckDB), finished by
 * the kernel (monthlyFromRows → monthlyBridge), equal the engine's bridge: every period's
 * counts exactly and its money and ratios to 1e-9 relative (the same amounts summed in another
 * order), by month and by quarter, returns netted and dropped, on Online Retail (Sep–Dec 2011)
 * and CDNOW.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RevenueMovementRow, RevenueMovementsResult } from '../../src/engine/api.ts';
import { monthlyBridge, monthlyFromRows } from '../../src/core/analyses/revenue-movements/monthlyBridge.ts';
import type { RevenuePeriod } from '../../src/core/analyses/revenue-movements/periodRevenue.ts';
import { lastCompleteMonth } from '../../src/core/customers/customerRollup.ts';
import { monthNumberOfDay } from '../../src/core/customers/customerActivity.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { cdnow, dayOfIso, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';

const definition = { kind: 'inactivity', days: 60 } as const;

function close(a: RevenueMovementRow[], b: RevenueMovementRow[]) {
  expect(a.map((r) => r.period)).toEqual(b.map((r) => r.period));
  let worst = 0;
  a.forEach((row, i) => {
    for (const [k, x] of Object.entries(row)) {
      const y = (b[i] as unknown as Record<string, unknown>)[k];
      if (typeof x !== 'number' || typeof y !== 'number') expect([k, x]).toEqual([k, y]);
      else if (k.endsWith('Customers') || k.startsWith('customers')) expect([k, x]).toEqual([k, y]);
      else if (!Object.is(x, y)) worst = Math.max(worst, Math.abs(x - y) / Math.max(1, Math.abs(y)));
    }
  });
  expect(worst).toBeLessThan(1e-9);
}

async function compare(p: LoadedPair, period: RevenuePeriod, returns: 'net' | 'drop') {
  value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition, returns }));
  const rows = await generatedRows(p, 'revenue-movements', { definition, returns });
  const asOfDay = dayOfIso(rows[0].as_of);
  const { monthly, customers } = monthlyFromRows(
    rows.map((r) => ({ customer: String(r.customer_id), month: Number(r.month), revenue: r.revenue as number | null })),
    monthNumberOfDay(asOfDay),
  );
  const computed = monthlyBridge({
    monthly,
    customers: customers.length,
    period,
    dataFirstDay: dayOfIso(rows[0].data_from),
    lastFinishedMonth: lastCompleteMonth(Math.min(asOfDay, dayOfIso(rows[0].data_to))),
    grouping: null,
  });
  const app: RevenueMovementsResult = value(p.engine.analyze(p.id, 'revenue-movements', { period }));
  expect(computed.unknownPeriod).toBe(false);
  if (computed.unknownPeriod) return;
  expect(computed.bridge).not.toBeNull();
  close(computed.bridge!.rows, app.bridge!.rows);
  expect(app.bridge!.rows.some((r) => r.churnedCustomers > 0 && r.newCustomers > 0)).toBe(true);
}

// Four months of Online Retail have a single finished quarter, so no quarterly bridge: months there.
describe.each([
  ['Online Retail', onlineRetail, 'month'],
  ['CDNOW', cdnow, 'quarter'],
] as const)('revenue movements SQL on %s', (_name, load, second) => {
  let p: LoadedPair;
  beforeAll(async () => {
    p = await load();
  });
  afterAll(() => p?.close());

  it('months, returns netted', () => compare(p, 'month', 'net'));
  it(`${second}s, returns dropped`, () => compare(p, second, 'drop'));
});
