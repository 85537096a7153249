import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  brushedRows,
  quadrantCodes,
  quadrantTotals,
} from '../../../../src/core/analyses/value-risk-quadrant/quadrantCounts.ts';

const f = (...v: number[]) => Float64Array.from(v);

describe('quadrant counts', () => {
  it('quadrantCodes(risk, value, tr, tv): high is ≥ the threshold; retain now, maintain cheaply, grow, let go; −1 unplaced', () => {
    const codes = quadrantCodes(f(0.9, 0.1, 0.1, 0.9, 0.5, NaN), f(10, 10, 1, 1, 5, 3), 0.5, 5);
    expect([...codes]).toEqual([0, 1, 2, 3, 0, -1]);
  });

  it('quadrantTotals(...) sums customers, value, churned and value × risk per quadrant', () => {
    const t = quadrantTotals(f(0.9, 0.8, 0.1, 0.2), f(100, 50, 20, 1), Uint8Array.of(1, 0, 0, 1), 0.5, 40);
    expect([...t.customers]).toEqual([2, 0, 2, 0]);
    expect([...t.value]).toEqual([150, 0, 21, 0]);
    expect([...t.churned]).toEqual([1, 0, 1, 0]);
    expect(t.valueTimesRisk[0]).toBeCloseTo(90 + 40, 12);
    expect([t.placed, t.totalValue]).toEqual([4, 171]);
  });

  it('quadrantTotals agrees with counting each customer by its code (property)', () => {
    const num = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(num, num, fc.boolean()), { maxLength: 80 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (rows, tr) => {
          const risk = Float64Array.from(rows, (r) => r[0]);
          const value = Float64Array.from(rows, (r) => r[1]);
          const churned = Uint8Array.from(rows, (r) => (r[2] ? 1 : 0));
          const t = quadrantTotals(risk, value, churned, tr, 0.5);
          const codes = quadrantCodes(risk, value, tr, 0.5);
          for (let q = 0; q < 4; q++) {
            const inQ = [...codes].map((c, i) => (c === q ? i : -1)).filter((i) => i >= 0);
            if (t.customers[q] !== inQ.length) return false;
            if (t.churned[q] !== inQ.reduce((s, i) => s + churned[i], 0)) return false;
          }
          return t.placed === [...codes].filter((c) => c >= 0).length;
        },
      ),
    );
  });

  it('brushedRows(...) are the customers inside the rectangle, bounds included', () => {
    expect([...brushedRows(f(0.1, 0.5, 0.9, NaN), f(1, 5, 9, 5), 0.5, 1, 0, 9)]).toEqual([1, 2]);
  });
});
