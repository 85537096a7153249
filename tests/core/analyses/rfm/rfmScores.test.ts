/**
 * rfmScores against the R package rfm: the README's rows, and every customer of
 * rfm_data_orders.csv scored by the package's own algorithm in R (make_r_reference.R, R's
 * stats::quantile type 7) with 5, 3, 4 and 7 bins.
 */
import { describe, expect, it } from 'vitest';
import { quantileType7, rfmBreaks, rfmScores, scoresByBreaks } from '../../../../src/core/analyses/rfm/rfmScores.ts';
import { R_REFERENCE as R } from './rRfmReference.ts';

const measures = () => ({
  recency: Float64Array.from(R.recencyDays),
  frequency: Float64Array.from(R.orders),
  monetary: Float64Array.from(R.revenue),
});

describe('rfmScores(recency, frequency, monetary, bins)', () => {
  it('rfmScores(rfm_data_orders, 5) gives the R rfm README rows', () => {
    const m = measures();
    const s = rfmScores(m.recency, m.frequency, m.monetary, 5);
    // The README's table (../shared/data/README.md): customer, recency_days, orders, revenue, R, F, M; exact.
    const readme: [string, number, number, number, number, number, number][] = [
      ["Abbey O'Reilly", 205, 6, 472, 3, 4, 3],
      ['Add Senger', 140, 3, 340, 4, 1, 2],
      ['Aden Lesch', 194, 4, 405, 3, 2, 3],
      ['Aden Murphy', 98, 7, 596, 5, 4, 4],
      ['Admiral Senger', 132, 5, 448, 4, 3, 3],
    ];
    for (const [id, recency, orders, revenue, r, f, mm] of readme) {
      const i = R.customers.indexOf(id);
      expect([m.recency[i], m.frequency[i], m.monetary[i], s.r[i], s.f[i], s.m[i]], id).toEqual([
        recency,
        orders,
        revenue,
        r,
        f,
        mm,
      ]);
    }
  });

  for (const scheme of R.schemes) {
    it(`rfmScores(rfm_data_orders, ${scheme.bins}) equals R rfm for all 995 customers, breaks bit for bit`, () => {
      const m = measures();
      const s = rfmScores(m.recency, m.frequency, m.monetary, scheme.bins);
      // R's quantile(type = 7) + 1 printed with 17 significant digits: equal as doubles.
      expect(Array.from(s.breaks.recency)).toEqual(scheme.breaks.recency);
      expect(Array.from(s.breaks.frequency)).toEqual(scheme.breaks.frequency);
      expect(Array.from(s.breaks.monetary)).toEqual(scheme.breaks.monetary);
      // Scores are whole numbers: exact.
      expect(Array.from(s.r)).toEqual(scheme.r);
      expect(Array.from(s.f)).toEqual(scheme.f);
      expect(Array.from(s.m)).toEqual(scheme.m);
    });
  }

  it('rfmScores keeps ties together: equal values always share a score', () => {
    const m = measures();
    const s = rfmScores(m.recency, m.frequency, m.monetary, 5);
    const scoreOf = new Map<number, number>();
    for (let i = 0; i < m.frequency.length; i++) {
      const known = scoreOf.get(m.frequency[i]);
      if (known !== undefined) expect(s.f[i]).toBe(known);
      scoreOf.set(m.frequency[i], s.f[i]);
    }
  });

  it('rfmScores reverses recency: fewer days never score lower', () => {
    const m = measures();
    const s = rfmScores(m.recency, m.frequency, m.monetary, 5);
    const order = Array.from(m.recency.keys()).sort((a, b) => m.recency[a] - m.recency[b]);
    for (let k = 1; k < order.length; k++) expect(s.r[order[k]]).toBeLessThanOrEqual(s.r[order[k - 1]]);
  });
});

describe('quantileType7(sorted, p)', () => {
  it('quantileType7 equals R quantile(c(1, 2, 3, 4, 10), c(0.2, 0.6, 0.9), type = 7)', () => {
    const x = Float64Array.of(1, 2, 3, 4, 10);
    // R 4.2.2: quantile(c(1,2,3,4,10), c(.2,.6,.9)) = 1.8, 3.4, 7.6; to 1e-12 (R prints 7 digits).
    expect(quantileType7(x, 0.2)).toBeCloseTo(1.8, 12);
    expect(quantileType7(x, 0.6)).toBeCloseTo(3.4, 12);
    expect(quantileType7(x, 0.9)).toBeCloseTo(7.6, 12);
  });

  it('quantileType7 of one value is that value; of none, NaN', () => {
    expect(quantileType7(Float64Array.of(7), 0.4)).toBe(7);
    expect(quantileType7(new Float64Array(0), 0.4)).toBeNaN();
  });
});

describe('rfmBreaks(values, bins) and scoresByBreaks', () => {
  it('rfmBreaks of all-equal values leaves scores 2…bins empty: everyone scores 1 (reversed: bins)', () => {
    const x = new Float64Array(10).fill(3);
    const breaks = rfmBreaks(x, 5);
    expect(Array.from(breaks)).toEqual([4, 4, 4, 4]);
    expect(new Set(scoresByBreaks(x, breaks, false))).toEqual(new Set([1]));
    expect(new Set(scoresByBreaks(x, breaks, true))).toEqual(new Set([5]));
  });

  it('scoresByBreaks gives a missing value score 0, and rfmBreaks leaves it out of the quantiles', () => {
    const x = Float64Array.of(1, 2, NaN, 3, 4);
    const breaks = rfmBreaks(x, 2);
    // The median of 1, 2, 3, 4 is 2.5; the break is 3.5.
    expect(Array.from(breaks)).toEqual([3.5]);
    expect(Array.from(scoresByBreaks(x, breaks, false))).toEqual([1, 1, 0, 1, 2]);
  });

  it('rfmBreaks refuses fewer than 2 bins', () => {
    expect(() => rfmBreaks(Float64Array.of(1, 2), 1)).toThrow(RangeError);
  });
});
