/**
 * Revenue movements from the generated SQL's per-customer monthly revenue (DuckDB), finished by
 * the kernel (monthlyFromRows → monthlyBridge), equal the engine's bridge: every period's
 * counts exactly and its money and ratios to 1e-9 relative (the same amounts summed in another
 * order), by month and by quarter, returns netted and dropped, on Online Retail (Sep–Dec 2011)
 * and CDNOW.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { RevenuePeriod } from '../../src/core/analyses/revenue-movements/periodRevenue.ts';
import { value } from '../engine/analyses/analysisFixtures.ts';
import { expectRevenueMovements } from './clickhouse/expectRevenue.ts';
import { cdnow, generatedRows, onlineRetail, type LoadedPair } from './sqlInputs.ts';

const definition = { kind: 'inactivity', days: 60 } as const;

async function compare(p: LoadedPair, period: RevenuePeriod, returns: 'net' | 'drop') {
  value(p.engine.buildCustomerTable(p.id, { roles: p.roles, definition, returns }));
  const rows = await generatedRows(p, 'revenue-movements', { definition, returns });
  // The same check as ClickHouse's: counts exactly, money and ratios to summation order.
  expectRevenueMovements(rows, p.engine, p.id, [period]);
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
