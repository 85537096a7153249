/**
 * A bucket of the bridge totals (or all buckets pooled) as rows, one per step, with the retention
 * ratios, and the summary over the complete rows: flows summed and ratios of the sums.
 */
import type { RevenueBridge, RevenueMovementRow, RevenueMovementSummary } from '../../../engine/api.ts';
import type { BridgeTotals } from './revenueBridge.ts';
import { contractionShare, grossRevenueRetention, netRevenueRetention, quickRatio } from './revenueRetention.ts';

/** Per period p (0 … totals.periods − 1): its label and first and last day; baseIncomplete[s] for the step into p = s + 1. */
export interface BridgeCalendar {
  labels: string[];
  starts: string[];
  ends: string[];
  baseIncomplete: boolean[];
}

/** `buckets`: the buckets summed into the rows (one for a group, all of them for the overall bridge). */
export function bridgeOf(totals: BridgeTotals, buckets: number[], calendar: BridgeCalendar): RevenueBridge {
  const { periods, steps } = totals;
  const sum = (a: Float64Array | Int32Array, stride: number, i: number) => {
    let s = 0;
    for (const b of buckets) s += a[b * stride + i];
    return s;
  };
  const rows: RevenueMovementRow[] = [];
  for (let s = 0; s < steps; s++) {
    const p = s + 1;
    const flow = (a: Float64Array | Int32Array) => sum(a, steps, s);
    const revenueStart = sum(totals.revenue, periods, s);
    const [n, e, c, l, r] = [
      flow(totals.newRevenue),
      flow(totals.expansion),
      flow(totals.contraction),
      flow(totals.churned),
      flow(totals.reactivated),
    ];
    rows.push({
      period: calendar.labels[p],
      start: calendar.starts[p],
      end: calendar.ends[p],
      revenueStart,
      new: n,
      expansion: e,
      contraction: c,
      churned: l,
      reactivated: r,
      revenueEnd: sum(totals.revenue, periods, p),
      customersStart: sum(totals.customers, periods, s),
      newCustomers: flow(totals.newCustomers),
      expandedCustomers: flow(totals.expanded),
      contractedCustomers: flow(totals.contracted),
      churnedCustomers: flow(totals.churnedCustomers),
      reactivatedCustomers: flow(totals.reactivatedCustomers),
      unchangedCustomers: flow(totals.unchanged),
      customersEnd: sum(totals.customers, periods, p),
      grr: grossRevenueRetention(revenueStart, c, l),
      nrr: netRevenueRetention(revenueStart, e, c, l),
      quickRatio: quickRatio(n + e + r, c, l),
      contractionShare: contractionShare(c, l),
      refunds: sum(totals.refunds, periods, p),
      baseIncomplete: calendar.baseIncomplete[s],
    });
  }
  return { rows, summary: summaryOf(rows) };
}

export function summaryOf(rows: RevenueMovementRow[]): RevenueMovementSummary {
  const complete = rows.filter((r) => !r.baseIncomplete);
  const total = (pick: (r: RevenueMovementRow) => number) => complete.reduce((s, r) => s + pick(r), 0);
  const [start, n, e, c, l, r] = [
    total((x) => x.revenueStart),
    total((x) => x.new),
    total((x) => x.expansion),
    total((x) => x.contraction),
    total((x) => x.churned),
    total((x) => x.reactivated),
  ];
  return {
    from: complete[0]?.period ?? null,
    to: complete.at(-1)?.period ?? null,
    rows: complete.length,
    revenueStart: start,
    new: n,
    expansion: e,
    contraction: c,
    churned: l,
    reactivated: r,
    grr: grossRevenueRetention(start, c, l),
    nrr: netRevenueRetention(start, e, c, l),
    quickRatio: quickRatio(n + e + r, c, l),
    contractionShare: contractionShare(c, l),
  };
}
