/**
 * Seeded, stratified splits of the labelled customers: a held-out test set and k folds of the
 * rest, each with the churn rate of the whole as nearly as whole customers allow. The churners
 * are shuffled (Fisher–Yates, from the one seeded generator), then the others, by the same
 * generator; the folds take a second generator seeded with seed + 1, so changing the test
 * fraction leaves the folds' draw as it was.
 */
import { mulberry32 } from '../../stats/random.ts';
import { shuffleInPlace } from '../../stats/shuffle.ts';
import type { Labels } from './featureSource.ts';

/** The rows split by label, churners first, each shuffled. */
function shuffledByLabel(y: Labels, rows: Int32Array, random: () => number): [Int32Array, Int32Array] {
  const positive = rows.filter((r) => y[r] === 1);
  const negative = rows.filter((r) => y[r] !== 1);
  return [shuffleInPlace(positive, random), shuffleInPlace(negative, random)];
}

const ascending = (a: Int32Array) => a.sort();

/** A held-out test set of about `fraction` of the rows (rounded within each class), the rest for training. */
export function stratifiedTestSplit(
  y: Labels,
  rows: Int32Array,
  fraction: number,
  seed: number,
): { train: Int32Array; test: Int32Array } {
  const random = mulberry32(seed);
  const train: number[] = [];
  const test: number[] = [];
  for (const group of shuffledByLabel(y, rows, random)) {
    const k = Math.round(fraction * group.length);
    for (let i = 0; i < group.length; i++) (i < k ? test : train).push(group[i]);
  }
  return { train: ascending(Int32Array.from(train)), test: ascending(Int32Array.from(test)) };
}

/** Each row's fold (0 … k−1), dealt round-robin through the shuffled churners, then the others. */
export function stratifiedFolds(y: Labels, rows: Int32Array, k: number, seed: number): Int32Array {
  const random = mulberry32(seed + 1);
  const foldOf = new Map<number, number>();
  let dealt = 0;
  for (const group of shuffledByLabel(y, rows, random)) for (const r of group) foldOf.set(r, dealt++ % k);
  return Int32Array.from(rows, (r) => foldOf.get(r)!);
}
