/** Where churn definitions disagree: per pair, and which customers (0/1 churn flags per definition). */
export interface Disagreements {
  /** Customers churned under each definition. */
  churned: number[];
  /** For each pair (a < b): customers churned under one and not the other. */
  pairs: { a: number; b: number; count: number }[];
  /** The first `limit` customers on whom at least two definitions disagree, by index. */
  listed: Int32Array;
  /** All customers on whom at least two definitions disagree. */
  total: number;
}

export function countDisagreements(flags: readonly Uint8Array[], limit: number): Disagreements {
  const n = flags.length > 0 ? flags[0].length : 0;
  const churned = flags.map((f) => {
    let count = 0;
    for (let c = 0; c < n; c++) count += f[c];
    return count;
  });
  const pairs: Disagreements['pairs'] = [];
  for (let a = 0; a < flags.length; a++) {
    for (let b = a + 1; b < flags.length; b++) {
      let count = 0;
      for (let c = 0; c < n; c++) if (flags[a][c] !== flags[b][c]) count++;
      pairs.push({ a, b, count });
    }
  }
  const listed: number[] = [];
  let total = 0;
  for (let c = 0; c < n; c++) {
    const first = flags[0][c];
    let same = true;
    for (let d = 1; d < flags.length && same; d++) same = flags[d][c] === first;
    if (same) continue;
    total++;
    if (listed.length < limit) listed.push(c);
  }
  return { churned, pairs, listed: Int32Array.from(listed), total };
}
