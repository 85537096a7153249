/**
 * Revenue movements finished from ClickHouse's per-customer monthly revenue (monthlyFromRows →
 * monthlyBridge) against the engine's bridge: every period's counts exactly, money and ratios
 * to summation order.
 */
import { expect } from 'vitest';
import type { EngineApi, RevenueMovementRow, RevenueMovementsResult } from '../../../src/engine/api.ts';
import { monthlyBridge, monthlyFromRows } from '../../../src/core/analyses/revenue-movements/monthlyBridge.ts';
import type { RevenuePeriod } from '../../../src/core/analyses/revenue-movements/periodRevenue.ts';
import { lastCompleteMonth } from '../../../src/core/customers/customerRollup.ts';
import { monthNumberOfDay } from '../../../src/core/customers/customerActivity.ts';
import { expectSameSum, num, type SqlRow } from './sqlRowChecks.ts';

const dayOfIso = (v: unknown) => Math.floor(Date.parse(`${String(v)}T00:00:00Z`) / 86_400_000);

function expectSameRows(fromSql: RevenueMovementRow[], inApp: RevenueMovementRow[]): void {
  expect(fromSql.map((r) => r.period)).toEqual(inApp.map((r) => r.period));
  fromSql.forEach((row, i) => {
    for (const [k, x] of Object.entries(row)) {
      const y = (inApp[i] as unknown as Record<string, unknown>)[k];
      const what = `${row.period} ${k}`;
      if (typeof x !== 'number' || typeof y !== 'number') expect(x, what).toEqual(y);
      else if (k.endsWith('Customers') || k.startsWith('customers')) expect(x, what).toBe(y);
      else if (Number.isNaN(y)) expect(x, what).toBeNaN();
      else expectSameSum(x, y, what);
    }
  });
}

/** Each of `periods` (the rows folded into monthly revenue once, for all of them). */
export function expectRevenueMovements(
  rows: SqlRow[],
  engine: EngineApi,
  datasetId: string,
  periods: readonly RevenuePeriod[],
): void {
  const asOfDay = dayOfIso(rows[0].as_of);
  const { monthly, customers } = monthlyFromRows(
    rows.map((r) => ({ customer: String(r.customer_id), month: Number(r.month), revenue: num(r.revenue) })),
    monthNumberOfDay(asOfDay),
  );
  for (const period of periods) {
    const computed = monthlyBridge({
      monthly,
      customers: customers.length,
      period,
      dataFirstDay: dayOfIso(rows[0].data_from),
      lastFinishedMonth: lastCompleteMonth(Math.min(asOfDay, dayOfIso(rows[0].data_to))),
      grouping: null,
    });
    const answer = engine.analyze(datasetId, 'revenue-movements', { period });
    if (!answer.ok) throw new Error(JSON.stringify(answer.issues));
    const app: RevenueMovementsResult = answer.value;
    expect(computed.unknownPeriod).toBe(false);
    if (computed.unknownPeriod) return;
    expect(computed.bridge).not.toBeNull();
    expectSameRows(computed.bridge!.rows, app.bridge!.rows);
    expect(app.bridge!.rows.some((r) => r.churnedCustomers > 0 && r.newCustomers > 0)).toBe(true);
  }
}
