import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paretoCurve, TierSharesError, valueTiers } from '../../../../src/core/analyses/value-tiers/valueTiers.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

/** Deterministic shuffle (mulberry32, seed 7) so tiers are not just the input order. */
function shuffled(n: number): Int32Array {
  const random = mulberry32(7);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

const sizes = (r: ReturnType<typeof valueTiers>) => r.tiers.map((t) => t.customers);

describe('valueTiers', () => {
  it('valueTiers(value, churned) mixes 10/30/60 % tiers churning 5/15/30 % into 23 % overall', () => {
    // Ranks 0-99 are A (5 churn), 100-399 B (45 churn), 400-999 C (180 churn), stored in shuffled order.
    const value = new Float64Array(1000);
    const churned = new Uint8Array(1000);
    const slot = shuffled(1000);
    for (let rank = 0; rank < 1000; rank++) {
      const i = slot[rank];
      value[i] = 1000 - rank;
      churned[i] = rank < 5 || (rank >= 100 && rank < 145) || (rank >= 400 && rank < 580) ? 1 : 0;
    }
    const result = valueTiers(value, churned);
    expect(result.tiers.map((t) => [t.name, t.customers, t.churned, t.minValue, t.maxValue])).toEqual([
      ['A', 100, 5, 901, 1000],
      ['B', 300, 45, 601, 900],
      ['C', 600, 180, 1, 600],
    ]);
    expect(result.tiers.map((t) => t.churnRate)).toEqual([0.05, 0.15, 0.3]);
    // 230 / 1000 is the double nearest 0.23, so equality is exact.
    expect(result.overallChurnRate).toBe(0.23);
    // The mix 0.1·0.05 + 0.3·0.15 + 0.6·0.30 in floating point: a few ulps.
    const mix = result.tiers.reduce((sum, t) => sum + (t.customers / 1000) * t.churnRate, 0);
    expect(mix).toBeCloseTo(0.23, 14);
  });

  it('valueTiers(value, churned) breaks ties by customer order', () => {
    const r = valueTiers(new Float64Array(10).fill(5), Uint8Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(r.tiers.map((t) => t.churned)).toEqual([1, 0, 0]);
    expect(r.tiers.map((t) => t.valueShare)).toEqual([0.1, 0.3, 0.6]);
  });

  it('valueTiers(value, churned) sizes tiers by rounding the cumulative shares half up', () => {
    // n = 15: round(1.5) = 2, round(6) = 6, so 2, 4, 9; n = 5: round(0.5) = 1, round(2) = 2.
    expect(sizes(valueTiers(new Float64Array(15), new Uint8Array(15)))).toEqual([2, 4, 9]);
    expect(sizes(valueTiers(new Float64Array(5), new Uint8Array(5)))).toEqual([1, 1, 3]);
    expect(sizes(valueTiers(new Float64Array(3), new Uint8Array(3)))).toEqual([0, 1, 2]);
  });

  it('valueTiers(value, churned, shares) takes other shares that sum to 1', () => {
    expect(sizes(valueTiers(new Float64Array(10), new Uint8Array(10), [0.2, 0.3, 0.5]))).toEqual([2, 3, 5]);
    expect(sizes(valueTiers(new Float64Array(10), new Uint8Array(10), [0, 0, 1]))).toEqual([0, 0, 10]);
  });

  it('valueTiers(value, churned, shares) throws TierSharesError for shares that do not sum to 1', () => {
    const call = (shares: [number, number, number]) => () => valueTiers(new Float64Array(3), new Uint8Array(3), shares);
    expect(call([0.2, 0.3, 0.6])).toThrow(TierSharesError);
    expect(call([-0.1, 0.5, 0.6])).toThrow(TierSharesError);
    expect(call([NaN, 0.5, 0.5])).toThrow(TierSharesError);
    expect(call([0.1, 0.3, 0.6])).not.toThrow();
  });

  it('valueTiers(value, churned) ranks negatives after positives and missing values last', () => {
    const r = valueTiers(Float64Array.of(NaN, -20, 30, 10, 0), new Uint8Array(5), [0.2, 0.4, 0.4]);
    expect(r.tiers.map((t) => [t.minValue, t.maxValue])).toEqual([
      [30, 30],
      [0, 10],
      [-20, -20],
    ]);
    // Shares of the positive value 40: A holds 30, B 10, C nothing.
    expect(r.tiers.map((t) => t.valueShare)).toEqual([0.75, 0.25, 0]);
  });

  it('valueTiers(value, churned) handles no customers', () => {
    const r = valueTiers(new Float64Array(0), new Uint8Array(0));
    expect(sizes(r)).toEqual([0, 0, 0]);
    expect(r.overallChurnRate).toBeNaN();
    expect(r.tiers[0].churnRate).toBeNaN();
    expect(r.tiers[0].valueShare).toBeNaN();
  });

  it('valueTiers(value, churned) keeps each tier within one customer of its share, ordered by value', () => {
    const customers = fc.array(fc.tuple(fc.double({ min: -100, max: 1e4, noNaN: true }), fc.boolean()), {
      maxLength: 300,
    });
    fc.assert(
      fc.property(customers, (rows) => {
        const n = rows.length;
        const r = valueTiers(
          Float64Array.from(rows, ([v]) => v),
          Uint8Array.from(rows, ([, c]) => (c ? 1 : 0)),
        );
        const shares = [0.1, 0.3, 0.6];
        if (sizes(r).reduce((a, b) => a + b, 0) !== n) return false;
        if (r.tiers.reduce((a, t) => a + t.churned, 0) !== rows.filter(([, c]) => c).length) return false;
        if (r.tiers.some((t, k) => Math.abs(t.customers - n * shares[k]) > 1)) return false;
        const filled = r.tiers.filter((t) => t.customers > 0);
        return filled.every((t, k) => k === 0 || t.maxValue <= filled[k - 1].minValue);
      }),
    );
  });
});

describe('paretoCurve', () => {
  it('paretoCurve(value) finds 80 % of the value in the top 20 % of customers', () => {
    const value = Float64Array.of(2.5, 40, 2.5, 2.5, 2.5, 40, 2.5, 2.5, 2.5, 2.5);
    const curve = paretoCurve(value, 10);
    expect(curve.top20Share).toBe(0.8);
    expect(Array.from(curve.customerShare)).toEqual([0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1]);
    expect(curve.valueShare[0]).toBe(0);
    expect(curve.valueShare[1]).toBe(0.4);
    expect(curve.valueShare[10]).toBe(1);
  });

  it('paretoCurve(value) is linear between whole customers', () => {
    // Top 20 % of 7 customers is 1.4 customers: 70 + 0.4 · 20 = 78 of 100.
    const curve = paretoCurve(Float64Array.of(20, 70, 2, 2, 2, 2, 2), 10);
    expect(curve.top20Share).toBeCloseTo(0.78, 12);
  });

  it('paretoCurve(value) holds negative and missing values at 0 and counts them', () => {
    const curve = paretoCurve(Float64Array.of(10, -5, NaN, 0), 4);
    expect(curve.negatives).toBe(1);
    expect(curve.missing).toBe(1);
    expect(Array.from(curve.valueShare)).toEqual([0, 1, 1, 1, 1]);
  });

  it('paretoCurve(value) is the diagonal when every customer is worth the same', () => {
    const curve = paretoCurve(new Float64Array(8).fill(3), 4);
    expect(Array.from(curve.valueShare)).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it('paretoCurve(value) gives NaN shares when no one has positive value', () => {
    expect(paretoCurve(new Float64Array(0)).top20Share).toBeNaN();
    expect(paretoCurve(Float64Array.of(0, -1)).valueShare.every(Number.isNaN)).toBe(true);
  });

  it('paretoCurve(value, points) rejects a non-integer or zero number of points', () => {
    expect(() => paretoCurve(new Float64Array(3), 0)).toThrow(RangeError);
    expect(() => paretoCurve(new Float64Array(3), 2.5)).toThrow(RangeError);
  });

  it('paretoCurve(value) rises from 0 to 1, concave, never below the diagonal', () => {
    const values = fc.array(fc.double({ min: -50, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(values, fc.integer({ min: 1, max: 50 }), (v, points) => {
        const { customerShare, valueShare } = paretoCurve(Float64Array.from(v), points);
        if (Number.isNaN(valueShare[0])) return v.every((x) => !(x > 0));
        // Rounding in the cumulative sums only.
        const eps = 1e-9;
        for (let i = 1; i <= points; i++) {
          if (valueShare[i] < valueShare[i - 1] - eps || valueShare[i] < customerShare[i] - eps) return false;
          if (i < points && valueShare[i] - valueShare[i - 1] < valueShare[i + 1] - valueShare[i] - eps) return false;
        }
        return valueShare[0] === 0 && valueShare[points] === 1;
      }),
    );
  });
});
