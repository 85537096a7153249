import { describe, expect, it } from 'vitest';
import {
  CHURNED,
  CONTRACTION,
  EXPANSION,
  NEW,
  NONE,
  REACTIVATED,
  revenueBridge,
  UNCHANGED,
} from '../../../../src/core/analyses/revenue-movements/revenueBridge.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

/** Rows of period revenue, one per customer. */
const matrix = (rows: number[][]) => ({
  customers: rows.length,
  stride: rows[0]?.length ?? 0,
  values: Float64Array.from(rows.flat()),
});

describe('revenueBridge', () => {
  it('revenueBridge(one customer) walks new, expansion, contraction, churned, reactivated, unchanged', () => {
    // Periods:            0    1    2   3   4   5   6
    const m = matrix([[0, 100, 150, 90, 0, 40, 40]]);
    const t = revenueBridge(m, 7, null, 0).totals;
    // Step s goes from period s to s + 1, worked out by hand from the definitions.
    expect(Array.from(t.newRevenue)).toEqual([100, 0, 0, 0, 0, 0]);
    expect(Array.from(t.expansion)).toEqual([0, 50, 0, 0, 0, 0]);
    expect(Array.from(t.contraction)).toEqual([0, 0, 60, 0, 0, 0]);
    expect(Array.from(t.churned)).toEqual([0, 0, 0, 90, 0, 0]);
    expect(Array.from(t.reactivated)).toEqual([0, 0, 0, 0, 40, 0]);
    expect(Array.from(t.unchanged)).toEqual([0, 0, 0, 0, 0, 1]);
    expect(Array.from(t.revenue)).toEqual([0, 100, 150, 90, 0, 40, 40]);
  });

  it('revenueBridge(first revenue after periods without) is new, not reactivated', () => {
    const t = revenueBridge(matrix([[0, 0, 0, 25]]), 4, null, 0).totals;
    expect([t.newRevenue[2], t.reactivated[2], t.newCustomers[2]]).toEqual([25, 0, 1]);
  });

  it('revenueBridge(revenue in period 0) is history: a return after a gap is reactivated', () => {
    const t = revenueBridge(matrix([[10, 0, 30]]), 3, null, 0).totals;
    expect([t.churned[0], t.newRevenue[1], t.reactivated[1]]).toEqual([10, 0, 30]);
  });

  it('revenueBridge(net returns beyond purchases) counts the period as no revenue and sums the rest as refunds', () => {
    const t = revenueBridge(matrix([[80, -30, 50]]), 3, null, 0).totals;
    expect([t.churned[0], t.reactivated[1], t.refunds[1], t.revenue[1]]).toEqual([80, 50, -30, 0]);
  });

  it('revenueBridge(cancellations that cancel out to rounding dust) reads no revenue', () => {
    // 10.2 bought and cancelled: 10.2 − 10.2 in another order leaves ±1e-15 in binary floating point.
    const dust = 0.1 + 0.2 - 0.3;
    expect(dust).not.toBe(0);
    const t = revenueBridge(matrix([[dust, 5, -dust]]), 3, null, 0).totals;
    expect([t.newRevenue[0], t.churned[1], t.refunds[2], t.customers[0]]).toEqual([5, 5, 0, 0]);
  });

  it('revenueBridge(the same revenue summed in another order) is unchanged, not a movement of dust', () => {
    const o = revenueBridge(matrix([[0.1 + 0.2, 0.3, 0.3]]), 3, null, 0, 0);
    expect([o.totals.unchanged[0], o.totals.expansion[0], o.totals.contraction[0], o.movement[0]]).toEqual([
      1,
      0,
      0,
      UNCHANGED,
    ]);
  });

  it('revenueBridge(periods < stride) leaves the open last period out', () => {
    const t = revenueBridge(matrix([[10, 20, 0]]), 2, null, 0).totals;
    expect([t.steps, t.expansion[0], t.churned.length]).toEqual([1, 10, 1]);
  });

  it('revenueBridge(groups) sums each group in its bucket and customers without a value in the last', () => {
    const m = matrix([
      [10, 20],
      [10, 0],
      [0, 7],
    ]);
    const t = revenueBridge(m, 2, Int32Array.from([1, 0, -1]), 2).totals;
    expect(t.buckets).toBe(3);
    expect([t.churned[0], t.expansion[1], t.newRevenue[2]]).toEqual([10, 10, 7]);
  });

  it('revenueBridge(chosenStep) gives each customer its movement and change in that step', () => {
    const m = matrix([
      [0, 5],
      [5, 9],
      [5, 1],
      [5, 0],
      [5, 5],
      [0, 0],
    ]);
    const o = revenueBridge(m, 2, null, 0, 0);
    expect(Array.from(o.movement)).toEqual([NEW, EXPANSION, CONTRACTION, CHURNED, UNCHANGED, NONE]);
    expect(Array.from(o.change)).toEqual([5, 4, -4, -5, 0, 0]);
    const back = revenueBridge(matrix([[3, 0, 2]]), 3, null, 0, 1);
    expect(back.movement[0]).toBe(REACTIVATED);
  });

  it('revenueBridge(random matrices): start + new + expansion − contraction − churned + reactivated = end, in revenue and customers', () => {
    // Seed 16 (shown): 400 customers × 14 periods, a third of the cells empty, some net returns.
    const random = mulberry32(16);
    const customers = 400;
    const periods = 14;
    const values = Float64Array.from({ length: customers * periods }, () => {
      const u = random();
      return u < 0.35 ? 0 : u < 0.4 ? -random() * 50 : Math.round(random() * 50_000) / 100;
    });
    const group = Int32Array.from({ length: customers }, () => Math.floor(random() * 4) - 1);
    const t = revenueBridge({ customers, stride: periods, values }, periods, group, 3).totals;
    for (let b = 0; b < t.buckets; b++)
      for (let s = 0; s < t.steps; s++) {
        const f = b * t.steps + s;
        const start = t.revenue[b * periods + s];
        const end = t.revenue[b * periods + s + 1];
        const bridged = start + t.newRevenue[f] + t.expansion[f] - t.contraction[f] - t.churned[f] + t.reactivated[f];
        // The same cents summed along two paths: equal to 1e-9 of the revenue moved.
        expect(Math.abs(bridged - end)).toBeLessThanOrEqual(1e-9 * Math.max(1, start + end));
        const kept = t.customers[b * periods + s] - t.churnedCustomers[f];
        expect(kept + t.newCustomers[f] + t.reactivatedCustomers[f]).toBe(t.customers[b * periods + s + 1]);
        expect(t.expanded[f] + t.contracted[f] + t.unchanged[f]).toBe(kept);
      }
  });
});
