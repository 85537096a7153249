/** The churn-reasons kernels, one edge case per test; expected values worked by hand from the inputs. */
import { expect, it } from 'vitest';
import { splitReasons } from '../../../../src/core/analyses/churn-reasons/reasonSplitting.ts';
import { reasonTally, type ReasonTallyInput } from '../../../../src/core/analyses/churn-reasons/reasonTally.ts';
import { churnMonths } from '../../../../src/core/analyses/churn-reasons/churnMonths.ts';
import { churnBranch } from '../../../../src/core/analyses/churn-reasons/reasonTree.ts';

it('splitReasons(values) splits at ASCII and full-width separators, trims, and names a repeated reason once', () => {
  const s = splitReasons(['price; service', '价格，服务|price', ' ', 'service ;service', 'a/b']);
  expect(s.labels).toEqual(['price', 'service', '价格', '服务', 'a/b']);
  expect(s.reasonsOf.map((r) => [...r])).toEqual([[0, 1], [2, 3, 0], [], [1], [4]]);
});

it('splitReasons(values, "") keeps each value whole', () => {
  expect(splitReasons(['a; b', 'c'], '').labels).toEqual(['a; b', 'c']);
});

const base = (over: Partial<ReasonTallyInput>): ReasonTallyInput => ({
  codes: Int32Array.of(0, 1, -1, 0),
  reasonsOf: [Int32Array.of(0, 1), Int32Array.of(1)],
  reasons: 2,
  churned: Uint8Array.of(1, 1, 1, 0),
  typeOf: Int32Array.of(0, 0),
  types: 1,
  branchOf: Int32Array.of(0),
  branches: 1,
  ...over,
});

it('reasonTally(…) counts a churner once per reason and once per type, and leaves non-churners out', () => {
  const t = reasonTally(base({}));
  expect([t.churned, t.withReason, t.mentions, t.several, t.notChurnedWithReason]).toEqual([3, 2, 3, 1, 1]);
  expect([...t.counts]).toEqual([1, 2]);
  // Customer 0 names two reasons of the same type: one count in the type and the branch.
  expect([...t.typeCounts, ...t.branchCounts]).toEqual([2, 2]);
});

it('reasonTally(…) sums a value per reason, skipping and counting missing values', () => {
  const t = reasonTally(base({ value: Float64Array.of(10, NaN, 5, 7) }));
  expect([...t.lost]).toEqual([10, 10]);
  expect([t.lostTotal, t.valueMissing]).toEqual([10, 1]);
});

it('reasonTally(…) crosses reasons with segments and months', () => {
  const t = reasonTally(
    base({
      segment: { codes: Int32Array.of(1, -1, 0, 0), count: 2 },
      month: { codes: Int32Array.of(0, 2, -1, -1), count: 3 },
    }),
  );
  expect([...t.bySegment]).toEqual([0, 1, 0, 1]);
  expect([...t.segmentChurners, t.segmentMissing]).toEqual([0, 1, 1]);
  expect([...t.byMonth]).toEqual([1, 0, 0, 1, 0, 1]);
  expect(t.undated).toBe(0);
});

it('churnMonths(days, churned) runs from the first churn month to the last, UTC', () => {
  const day = (iso: string) => Date.parse(iso) / 86_400_000;
  const m = churnMonths(
    Float64Array.of(day('2024-01-31'), day('2024-03-01'), NaN, day('2023-01-01')),
    Uint8Array.of(1, 1, 1, 0),
  );
  expect(m!.months).toEqual(['2024-01', '2024-02', '2024-03']);
  expect([...m!.codes]).toEqual([0, 2, -1, -1]);
  expect(churnMonths(Float64Array.of(NaN), Uint8Array.of(1))).toBeNull();
});

it('churnBranch(type, involuntary) puts unknown apart and follows the involuntary list', () => {
  expect(churnBranch('natural', ['involuntary', 'natural'])).toBe('involuntary');
  expect(churnBranch('natural', ['involuntary'])).toBe('voluntary');
  expect(churnBranch('unknown', ['unknown'])).toBe('unknown');
});
