/**
 * A name suggested for a cluster from its profile, as codes the UI words ("high spend, low
 * usage"): the features whose mean z-score is furthest from 0, at least `threshold` standard
 * deviations away, at most `max` of them, each feature once. A level of a categorical feature is
 * named only where it is over-represented ("mostly Contract = Two year"); a cluster with nothing
 * that far from the mean gets no codes (the UI says "close to average").
 */
import type { MatrixColumn } from './featureMatrix.ts';

export interface NameCode {
  feature: string;
  level: 'high' | 'low';
  /** The categorical level that is over-represented. */
  value?: string;
}

export const NAME_THRESHOLD = 0.5;

export function suggestedName(z: number[], columns: MatrixColumn[], threshold = NAME_THRESHOLD, max = 2): NameCode[] {
  const order = z
    .map((score, c) => ({ score, c }))
    .filter(({ score, c }) => Math.abs(score) >= threshold && !columns[c].pooled && (!columns[c].level || score > 0))
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score) || a.c - b.c);
  const named: NameCode[] = [];
  for (const { score, c } of order) {
    const column = columns[c];
    if (named.length === max) break;
    if (named.some((n) => n.feature === column.feature)) continue;
    named.push({
      feature: column.feature,
      level: score > 0 ? 'high' : 'low',
      ...(column.level !== undefined ? { value: column.level } : {}),
    });
  }
  return named;
}
