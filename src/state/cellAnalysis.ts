/**
 * The churn analysis as one cell sees it: the same object, except that its queries are tagged
 * with the cell's id, so the analysis knows which cell each answer went to (a share link's
 * aggregates are made per cell, and a link's aggregates are given back per cell).
 */
import type { ChurnAnalysis } from './churnAnalysis.svelte.ts';

export function cellAnalysis(analysis: ChurnAnalysis, cellId: string): ChurnAnalysis {
  const query: ChurnAnalysis['query'] = (kind) => analysis.query(kind, cellId);
  return new Proxy(analysis, {
    get(target, key) {
      if (key === 'query') return query;
      // Private fields and runes live on the analysis itself: it is always `this`.
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
    set: (target, key, value) => Reflect.set(target, key, value, target),
  });
}
