/** Three periods of a revenue bridge (the first with an incomplete base) and a contraction alert list, for the chart tests. */
import type { ContractionAlerts, RevenueMovementRow } from '../../src/engine/api.ts';

function row(period: string, start: number, flows: [number, number, number, number, number], baseIncomplete = false) {
  const [n, e, c, l, r] = flows;
  const end = start + n + e - c - l + r;
  return {
    period,
    start: `${period}-01`,
    end: `${period}-28`,
    revenueStart: start,
    new: n,
    expansion: e,
    contraction: c,
    churned: l,
    reactivated: r,
    revenueEnd: end,
    customersStart: 100,
    newCustomers: 20,
    expandedCustomers: 30,
    contractedCustomers: 25,
    churnedCustomers: 15,
    reactivatedCustomers: 5,
    unchangedCustomers: 30,
    customersEnd: 110,
    grr: (start - c - l) / start,
    nrr: (start + e - c - l) / start,
    quickRatio: (n + e + r) / (c + l),
    contractionShare: c / (c + l),
    refunds: -120,
    baseIncomplete,
  } satisfies RevenueMovementRow;
}

export const revenueRows: RevenueMovementRow[] = [
  row('2011-01', 40_000, [18_000, 6_000, 4_000, 9_000, 0], true),
  row('2011-02', 51_000, [9_000, 7_000, 5_000, 14_000, 3_000]),
  row('2011-03', 51_000, [12_000, 9_500, 6_500, 11_000, 4_500]),
];

export const alerts: ContractionAlerts = {
  months: 3,
  dropPercent: 80,
  priorFrom: '2011-06',
  priorTo: '2011-08',
  recentFrom: '2011-09',
  recentTo: '2011-11',
  customers: 3,
  lostRevenue: 6_100,
  stopped: 12,
  stoppedRevenue: 9_000,
  seriesMonths: ['2011-06', '2011-07', '2011-08', '2011-09', '2011-10', '2011-11'],
  listed: [
    { customerId: '15125', prior: 3_400, recent: 480, dropPercent: 85.9, series: [1000, 1200, 1200, 480, 0, 0] },
    { customerId: '16041', prior: 2_700, recent: 420, dropPercent: 84.4, series: [900, 900, 900, 0, 420, 0] },
    {
      customerId: 'a-very-long-customer-id',
      prior: 1_000,
      recent: 100,
      dropPercent: 90,
      series: [500, 0, 500, 0, 0, 100],
    },
  ],
};
