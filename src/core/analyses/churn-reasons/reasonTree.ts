/**
 * The voluntary / involuntary tree: churners → branch → churn type → the most named reasons of
 * the type. A customer counts once in each branch and type its reasons reach (typeCounts,
 * branchCounts from reasonTally), once per reason at the leaves.
 */
import {
  CHURN_BRANCHES,
  CHURN_TYPES,
  type ChurnBranch,
  type ChurnType,
  type ReasonTreeBranch,
} from '../../../engine/api.ts';
import { byText } from './reasonOrder.ts';

/** Involuntary when the type is one of `involuntary`; unknown stays unknown; else voluntary. */
export function churnBranch(type: ChurnType, involuntary: readonly ChurnType[]): ChurnBranch {
  if (type === 'unknown') return 'unknown';
  return involuntary.includes(type) ? 'involuntary' : 'voluntary';
}

export interface TreeInput {
  labels: readonly string[];
  /** Each reason's index into CHURN_TYPES. */
  typeOf: Int32Array;
  counts: Int32Array;
  typeCounts: Int32Array;
  branchCounts: Int32Array;
  involuntary: readonly ChurnType[];
  withReason: number;
  topReasons: number;
}

export function reasonTree(input: TreeInput): ReasonTreeBranch[] {
  const { labels, typeOf, counts, typeCounts, branchCounts, withReason, topReasons } = input;
  const share = (n: number) => (withReason > 0 ? n / withReason : 0);
  const byCount = (a: number, b: number) => counts[b] - counts[a] || byText(labels[a], labels[b]);
  return CHURN_BRANCHES.map((branch, b) => {
    const types = CHURN_TYPES.flatMap((type, k) => {
      if (typeCounts[k] === 0 || churnBranch(type, input.involuntary) !== branch) return [];
      const own = labels.map((_, r) => r).filter((r) => typeOf[r] === k && counts[r] > 0);
      own.sort(byCount);
      // One reason left over is named rather than pooled as "1 other reason".
      const shown = own.length === topReasons + 1 ? own.length : topReasons;
      const top = own.slice(0, shown);
      const rest = own.slice(shown);
      return [
        {
          type,
          count: typeCounts[k],
          share: share(typeCounts[k]),
          reasons: top.map((r) => ({ label: labels[r], count: counts[r], share: share(counts[r]) })),
          others: { reasons: rest.length, count: rest.reduce((n, r) => n + counts[r], 0) },
        },
      ];
    });
    types.sort((x, y) => y.count - x.count);
    return { branch, count: branchCounts[b], share: share(branchCounts[b]), types };
  }).filter((b) => b.count > 0);
}
