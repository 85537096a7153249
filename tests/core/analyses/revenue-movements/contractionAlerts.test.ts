import { describe, expect, it } from 'vitest';
import { contractionAlerts } from '../../../../src/core/analyses/revenue-movements/contractionAlerts.ts';
import { CHURNED, partialStatus } from '../../../../src/core/customers/churnStatus.ts';
import type { CustomerActivity } from '../../../../src/core/customers/customerActivity.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

const JAN_2020 = 2020 * 12;

describe('contractionAlerts', () => {
  const rows = [
    [100, 100, 100, 10, 10, 10], // the rail customer: −90 %, still buying
    [100, 100, 100, 0, 0, 0], // stopped: churned, not contracted
    [100, 100, 100, 50, 50, 50], // −50 %: under the 80 % bar
    [0, 0, 0, 30, 0, 0], // no prior revenue
    [400, 0, 0, 20, 10, 10], // −90 %, loses more than the first
  ];
  const monthly = { firstMonth: JAN_2020, months: 6, values: Float64Array.from(rows.flat()) };

  it('contractionAlerts(3 months, 80 %) lists those still buying, most lost first, and counts those who stopped', () => {
    const a = contractionAlerts(monthly, 5, JAN_2020 + 5, 3, 80)!;
    expect([a.priorFrom, a.recentFrom, a.to]).toEqual([JAN_2020, JAN_2020 + 3, JAN_2020 + 5]);
    expect(Array.from(a.listed)).toEqual([4, 0]);
    expect([Array.from(a.prior), Array.from(a.recent)]).toEqual([
      [400, 300],
      [40, 30],
    ]);
    expect([a.lostRevenue, a.stopped, a.stoppedRevenue]).toEqual([630, 1, 300]);
    expect(Array.from(a.dropPercent)).toEqual([90, 100, 50, NaN, 90]);
  });

  it('contractionAlerts(windows longer than the finished months) is null', () => {
    expect(contractionAlerts(monthly, 5, JAN_2020 + 5, 4, 80)).toBeNull();
  });

  it('contractionAlerts(k, P) listed and stopped are exactly whom partial churn (k, P) calls churned', () => {
    // Seed 7 (shown): 300 customers × 12 months of revenue, a quarter of the months empty.
    const random = mulberry32(7);
    const customers = 300;
    const values = Float64Array.from({ length: customers * 12 }, () =>
      random() < 0.25 ? 0 : Math.round(random() * 10_000) / 100,
    );
    const m = { firstMonth: JAN_2020, months: 12, values };
    const activity = { customers, monthly: m, lastFinishedMonth: JAN_2020 + 11 } as CustomerActivity;
    for (const [months, dropPercent] of [
      [3, 80],
      [2, 50],
      [6, 30],
    ]) {
      const a = contractionAlerts(m, customers, JAN_2020 + 11, months, dropPercent)!;
      const status = partialStatus(activity, { kind: 'partial', months, dropPercent }).status;
      const churned = status.reduce((n, s) => n + (s === CHURNED ? 1 : 0), 0);
      expect(a.listed.length + a.stopped).toBe(churned);
      for (const c of a.listed) expect(status[c]).toBe(CHURNED);
    }
  });
});
