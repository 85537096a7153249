/**
 * One reason cell may name several reasons ("price; service"): each distinct value of the
 * reason column is split at the separator characters into trimmed reasons, and each reason
 * gets one index. A value that repeats a reason names it once.
 */

import { DEFAULT_REASON_SEPARATORS } from '../../../engine/api.ts';

export { DEFAULT_REASON_SEPARATORS };

export interface SplitReasons {
  /** The distinct reasons, in order of first appearance. */
  labels: string[];
  /** For each value of the column's dictionary, the indices of the reasons it names (may be empty). */
  reasonsOf: Int32Array[];
}

export function splitReasons(
  dictionary: readonly string[],
  separators: string = DEFAULT_REASON_SEPARATORS,
): SplitReasons {
  const index = new Map<string, number>();
  const labels: string[] = [];
  const marks = new Set(Array.from(separators));
  const reasonsOf = dictionary.map((value) => {
    const parts: string[] = [];
    let part = '';
    for (const ch of value) {
      if (marks.has(ch)) {
        parts.push(part);
        part = '';
      } else part += ch;
    }
    parts.push(part);
    const own = new Set<number>();
    for (const raw of parts) {
      const label = raw.trim();
      if (!label) continue;
      let k = index.get(label);
      if (k === undefined) {
        k = labels.length;
        index.set(label, k);
        labels.push(label);
      }
      own.add(k);
    }
    return Int32Array.from(own);
  });
  return { labels, reasonsOf };
}
