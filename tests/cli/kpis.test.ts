/** `kpis <file>...`: the KPI cards' numbers as flat JSON, against hand counts and DuckDB SQL on the raw CDNOW file. */
import { describe, expect, it } from 'vitest';
import { CDNOW_MASTER, cdnowKpisSql } from '../cdnowKpisSql.ts';
import { fixture, TELCO } from '../sharedData.ts';
import { cli } from './runCli.ts';

const json = (...args: string[]) => {
  const r = cli(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};
const INACTIVITY_30 = ['--definition', '{"kind":"inactivity","days":30}', '--as-of', '2024-12-31'];

describe('churnscope kpis', () => {
  it('kpis <hand-written orders> --period-start 2024-07-01 prints every term, counted when each loss became known', () => {
    // The customers and their known-lost days are tabulated in tests/engine/analyses/churn-kpis.pointInTime.test.ts.
    const k = json('kpis', fixture('point-in-time-orders.csv'), ...INACTIVITY_30, '--period-start', '2024-07-01');
    expect(Object.keys(k)).toEqual([
      'asOf',
      'definition',
      'period',
      'monthly',
      'meanMonthlyChurn',
      'annualised',
      'warnings',
    ]);
    expect(k.asOf).toBe('2024-12-31');
    expect(k.definition).toEqual({ kind: 'inactivity', days: 30 });
    expect(k.period).toEqual({
      start: '2024-07-01',
      end: '2024-12-31',
      customersAtStart: 4,
      lost: 3,
      new: 4,
      newAlsoLost: 2,
      atEnd: 3,
      churnRate: 0.75,
      lossCountedAt: 'last-activity-plus-window',
    });
    expect(k.monthly[0]).toEqual({ month: '2024-02', atStart: 1, lost: 0, rate: 0, complete: false });
    expect(k.monthly[5]).toEqual({ month: '2024-07', atStart: 4, lost: 3, rate: 0.75, complete: true });
    // The complete months' rates, March to December: 2/5, 3/4, 1/2 and 1/3, the rest 0.
    const mean = (2 / 5 + 3 / 4 + 1 / 2 + 1 / 3) / 10;
    expect(k.meanMonthlyChurn).toBeCloseTo(mean, 14);
    expect(k.annualised).toBeCloseTo(1 - (1 - mean) ** 12, 14);
    expect(k.warnings.map((w: { code: string }) => w.code)).toEqual(['incomplete-months']);
    expect(k.warnings[0].message).toMatch(/^1 month\(s\), 2024-02 to 2024-02, cannot show every loss yet/);
  });

  it('kpis <hand-written orders> defaults to the last 12 months before the as-of date, which start before losses can be known', () => {
    const k = json('kpis', fixture('point-in-time-orders.csv'), ...INACTIVITY_30);
    // 2024-12-31 − 364 days = 2024-01-02 (2024 is a leap year): nobody had bought yet, so all ten
    // are new, seven of them lost (A, C, D, F, G, I, J), and the rate over an empty base is null.
    const p = k.period;
    expect([p.start, p.end, p.customersAtStart, p.lost, p.new, p.newAlsoLost, p.atEnd, p.churnRate]).toEqual([
      '2024-01-02',
      '2024-12-31',
      0,
      0,
      10,
      7,
      3,
      null,
    ]);
    expect(k.warnings.map((w: { code: string }) => w.code)).toContain('period-incomplete');
  });

  it('kpis <CDNOW, 23,570 customers> agrees with DuckDB SQL on the raw file: all 23,570 are there at the start', async () => {
    const sql = await cdnowKpisSql(180);
    const k = json('kpis', CDNOW_MASTER, '--definition', '{"kind":"inactivity","days":180}');
    expect(k.asOf).toBe(sql.asOf);
    expect(k.period).toEqual({
      start: sql.period.start,
      end: sql.period.end,
      customersAtStart: 23570,
      lost: sql.period.lost,
      new: sql.period.gained,
      newAlsoLost: sql.period.lostNew,
      atEnd: sql.period.atEnd,
      churnRate: sql.period.lost / 23570,
      lossCountedAt: 'last-activity-plus-window',
    });
    expect(
      k.monthly.map((m: { month: string; atStart: number; lost: number; complete: boolean }) => [
        m.month,
        m.atStart,
        m.lost,
        m.complete,
      ]),
    ).toEqual(sql.monthly.map((m) => [m.month, m.atStart, m.lost, m.complete]));
  }, 60_000);

  it('kpis <telco> has no period or monthly series and says why', () => {
    const k = json('kpis', TELCO);
    expect([k.period, k.monthly, k.meanMonthlyChurn]).toEqual([null, [], null]);
    expect(k.warnings.map((w: { code: string }) => w.code)).toEqual(['period-unavailable', 'monthly-unavailable']);
    expect(k.warnings[0].message).toMatch(/first purchase or sign-up date/);
  });
});
