/** The smaller RFM kernels: orders per customer, the R × F grid, segment figures, migration counts, order statistics. */
import { describe, expect, it } from 'vitest';
import { orderCounts } from '../../../../src/core/analyses/rfm/orderCounts.ts';
import { rfmGrid } from '../../../../src/core/analyses/rfm/rfmGrid.ts';
import { segmentSummary } from '../../../../src/core/analyses/rfm/segmentSummary.ts';
import { matchCustomers, segmentMigration } from '../../../../src/core/analyses/rfm/segmentMigration.ts';
import { orderStatistics } from '../../../../src/core/analyses/rfm/orderStatistics.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

// Customer 0 owns rows 0–3, customer 1 rows 4–5.
const byCustomer = { rows: Int32Array.of(0, 1, 2, 3, 4, 5), start: Int32Array.of(0, 4, 6) };

describe('orderCounts(byCustomer, invoice)', () => {
  it('orderCounts counts purchase rows without an invoice column (R rfm: one row per order)', () => {
    expect(Array.from(orderCounts(byCustomer, null))).toEqual([4, 2]);
  });

  it('orderCounts counts distinct invoices per customer; a row with none is an order of its own', () => {
    // Invoice codes per row: A A B (none) | B B — the same invoice code on two customers counts for each.
    const codes = Int32Array.of(0, 0, 1, -1, 1, 1);
    expect(Array.from(orderCounts(byCustomer, { kind: 'codes', codes, distinct: 2 }))).toEqual([3, 1]);
    const values = Float64Array.of(7, 7, 8, NaN, 8, 9);
    expect(Array.from(orderCounts(byCustomer, { kind: 'numbers', values }))).toEqual([3, 2]);
  });
});

describe('rfmGrid(r, f, monetary, churned, levels)', () => {
  it('rfmGrid counts customers per (R, F) cell with their mean spend and churn; empty cells have NaN means', () => {
    const cells = rfmGrid(
      Uint8Array.of(1, 1, 2),
      Uint8Array.of(2, 2, 1),
      Float64Array.of(10, 30, 5),
      Uint8Array.of(1, 0, 0),
      2,
    );
    expect(cells.map((c) => [c.r, c.f, c.customers, c.meanMonetary, c.churnRate])).toEqual([
      [1, 1, 0, NaN, NaN],
      [1, 2, 2, 20, 0.5],
      [2, 1, 1, 5, 0],
      [2, 2, 0, NaN, NaN],
    ]);
  });
});

describe('segmentSummary(segment, segments, measures, churned)', () => {
  it('segmentSummary counts a negative spend as 0 in value shares and gives each segment its Wilson interval', () => {
    const s = segmentSummary(
      Int32Array.of(0, 0, 1, 1),
      2,
      {
        recencyDays: Float64Array.of(1, 3, 10, 20),
        frequency: Float64Array.of(2, 4, 1, 1),
        monetary: Float64Array.of(50, 150, -20, NaN),
        value: Float64Array.of(50, 150, -20, NaN),
      },
      Uint8Array.of(0, 0, 1, 0),
    );
    expect(s.map((x) => [x.customers, x.share, x.value, x.valueShare, x.churned])).toEqual([
      [2, 0.5, 200, 1, 0],
      [2, 0.5, 0, 0, 1],
    ]);
    expect([s[0].meanRecencyDays, s[0].meanFrequency, s[0].meanMonetary, s[1].meanMonetary]).toEqual([2, 3, 100, -20]);
    // R: prop.test(1, 2, correct = FALSE)$conf.int (the Wilson interval) = 0.09453121 … 0.90546879; to 1e-6.
    expect(s[1].churnLow).toBeCloseTo(0.0945312, 6);
    expect(s[1].churnHigh).toBeCloseTo(0.9054688, 6);
  });
});

describe('segmentMigration(earlier, later, from, to) and matchCustomers', () => {
  it('segmentMigration counts moves and puts customers with no earlier segment in the last row', () => {
    const at = matchCustomers(['a', 'b', 'c', 'd'], ['c', 'a']);
    expect(Array.from(at)).toEqual([1, -1, 0, -1]);
    const earlierOfThen = Int32Array.of(1, 0); // c was in 1, a in 0
    const earlier = Int32Array.from(at, (k) => (k < 0 ? -1 : earlierOfThen[k]));
    expect(segmentMigration(earlier, Int32Array.of(1, 0, 1, 1), 2, 2)).toEqual([
      [0, 1],
      [0, 1],
      [1, 1],
    ]);
  });
});

describe('orderStatistics(values, ranks)', () => {
  /** The reference: every known value sorted, read at the ranks. */
  const bySorting = (values: Float64Array, ranks: number[]) => {
    const sorted = values.filter((v) => v === v).sort();
    return ranks.map((k) => sorted[k]);
  };
  const random = mulberry32(20240601);

  it('orderStatistics of whole numbers in a narrow range (counted) equals reading them sorted, ties and NaN included', () => {
    const values = Float64Array.from({ length: 5000 }, () => (random() < 0.01 ? NaN : Math.floor(random() * 40) - 7));
    const n = values.filter((v) => v === v).length;
    const ranks = [0, 1, 999, 1000, n >> 1, n - 2, n - 1, 17];
    expect(orderStatistics(values, ranks)).toEqual(bySorting(values, ranks));
  });

  it('orderStatistics of fractional values (quickselect) equals reading them sorted, in any order of ranks', () => {
    const values = Float64Array.from({ length: 20001 }, () => Math.round(random() * 1e5) / 100);
    const ranks = [15000, 3, 20000, 4000, 4000, 4001, 0, 10000];
    expect(orderStatistics(values, ranks)).toEqual(bySorting(values, ranks));
  });

  it('orderStatistics refuses a rank beyond the known values', () => {
    expect(() => orderStatistics(Float64Array.of(1, NaN, 2), [2])).toThrow(RangeError);
  });
});
