/** rankedValues: order statistics remembered per array, so a switch of RFM scheme or bins selects no rank twice. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { rankedValues } from '../../../../src/core/analyses/rfm/orderStatistics.ts';
import { rfmBreaks, rfmScores } from '../../../../src/core/analyses/rfm/rfmScores.ts';
import { cutOf } from '../../../../src/core/analyses/rfm/eightClasses.ts';
import { mulberry32 } from '../../../../src/core/stats/random.ts';

function spend(n: number, seed: number): Float64Array {
  const random = mulberry32(seed);
  return Float64Array.from({ length: n }, () => (random() < 0.05 ? NaN : Math.round(random() ** 3 * 1e6) / 100));
}

describe('rankedValues(values)', () => {
  it('rankedValues(x).at(ranks) equals the ranks of the sorted known values, asked in any order and again', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.constant(NaN)), { minLength: 1 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (list, picks) => {
          const values = Float64Array.from(list);
          const sorted = list.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
          fc.pre(sorted.length > 0);
          const ranks = picks.map((p) => p % sorted.length);
          const ranked = rankedValues(values);
          // −0 and 0 are one value with no order between them: compared as numbers (v + 0 is 0 for both).
          const plain = (list: number[]) => list.map((v) => v + 0);
          expect(ranked.known).toBe(sorted.length);
          expect(plain(ranked.at(ranks))).toEqual(plain(ranks.map((k) => sorted[k])));
          expect(plain(ranked.at([...ranks].reverse()))).toEqual(plain([...ranks].reverse().map((k) => sorted[k])));
        },
      ),
    );
  });

  it('rfmBreaks and cutOf on the same arrays select each rank once: a repeat costs no selection', () => {
    const [recency, frequency, monetary] = [spend(50_000, 1), spend(50_000, 2), spend(50_000, 3)];
    const count = () => [recency, frequency, monetary].map((v) => rankedValues(v).selections);
    const first = rfmScores(recency, frequency, monetary, 5);
    expect(count()).toEqual([1, 1, 1]);
    const again = rfmScores(recency, frequency, monetary, 5);
    expect(count()).toEqual([1, 1, 1]);
    expect(again.breaks).toEqual(first.breaks);
    // Four bins read the 0.25, 0.5 and 0.75 quantiles: new ranks, one selection each.
    rfmBreaks(monetary, 4);
    expect(count()).toEqual([1, 1, 2]);
    // The median of an even count of known values: its two middle ranks, once.
    const median = cutOf(monetary, 'median');
    const m = count()[2];
    expect(cutOf(monetary, 'median')).toBe(median);
    expect(count()[2]).toBe(m);
    // The mean needs no rank at all.
    cutOf(recency, 'mean');
    expect(count()[0]).toBe(1);
  });

  it('a fresh array with the same values is remembered apart (nothing is shared by value)', () => {
    const a = spend(1_000, 9);
    const b = a.slice();
    rfmBreaks(a, 5);
    expect(rankedValues(b).selections).toBe(0);
    expect(rfmBreaks(b, 5)).toEqual(rfmBreaks(a, 5));
  });
});
