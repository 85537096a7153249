/** CDNOW (all 23,570 customers, 180 days): the period and monthly KPIs against DuckDB SQL on the raw file. */
import { beforeAll, expect, it } from 'vitest';
import { createEngine } from '../../../src/engine/engine.ts';
import type { ChurnKpisResult, MonthlyChurnSeries } from '../../../src/engine/api.ts';
import { sourceFile } from '../../sharedData.ts';
import { CDNOW_MASTER, cdnowKpisSql, type CdnowKpis } from '../../cdnowKpisSql.ts';
import { rolesOf, value } from './analysisFixtures.ts';

let sql: CdnowKpis;
let kpis: ChurnKpisResult;
let monthly: MonthlyChurnSeries;

beforeAll(async () => {
  sql = await cdnowKpisSql(180);
  const engine = createEngine();
  const s = value(await engine.openDataset([await sourceFile(CDNOW_MASTER)]));
  value(
    engine.buildCustomerTable(s.id, {
      roles: rolesOf(s),
      definition: { kind: 'inactivity', days: 180 },
    }),
  );
  kpis = value(engine.analyze(s.id, 'churn-kpis', {}));
  monthly = value(engine.analyze(s.id, 'monthly-churn', {})).monthly!;
}, 60_000);

it('CDNOW: every one of the 23,570 customers is there at the start of the last 12 months', () => {
  // Everyone first bought in Q1 1997; the earliest a loss can be known is 1997-07-01, the period's first day.
  expect([sql.customers, sql.period.atStart]).toEqual([23570, 23570]);
  const p = kpis.period!;
  expect([kpis.stamp.asOf, p.start, p.end]).toEqual([sql.asOf, sql.period.start, sql.period.end]);
  expect([p.atStart, p.lost, p.gained, p.lostNew, p.atEnd]).toEqual([
    sql.period.atStart,
    sql.period.lost,
    sql.period.gained,
    sql.period.lostNew,
    sql.period.atEnd,
  ]);
  expect(p.lossCountedAt).toBe('last-activity-plus-window');
});

it('CDNOW: the monthly series matches SQL month by month, and the mean leaves out February–June 1997', () => {
  expect(monthly.months).toEqual(sql.monthly.map((m) => m.month));
  expect(monthly.atStart).toEqual(sql.monthly.map((m) => m.atStart));
  expect(monthly.lost).toEqual(sql.monthly.map((m) => m.lost));
  expect(monthly.complete).toEqual(sql.monthly.map((m) => m.complete));
  expect(monthly.complete.indexOf(true)).toBe(monthly.months.indexOf('1997-07'));
  const complete = sql.monthly.filter((m) => m.complete);
  const mean = complete.reduce((s, m) => s + m.lost / m.atStart, 0) / complete.length;
  // Same sums in another order: equal to 12 decimals.
  expect(monthly.meanMonthlyRate).toBeCloseTo(mean, 12);
  expect(kpis.monthly!.meanMonthlyRate).toBe(monthly.meanMonthlyRate);
});
