/** The retention triangle's cells as the table the heatmap's "table" view shows and its CSV/xlsx export holds. */
import type { RetentionTriangleSet } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

/**
 * Every cell as a row: cohort, size, period, count, rate, Wilson interval, complete or partial.
 * Cohorts by an attribute mix start dates: their size column is then the customers whose own
 * period k is over, the base of the cell's rate.
 */
export function retentionHeatmapTable(
  set: RetentionTriangleSet,
  labels: {
    cohort: string;
    size: string;
    /** The size column's label when cells have their own base (cohorts by an attribute). */
    eligible: string;
    period: string;
    count: string;
    rate: string;
    low: string;
    high: string;
    status: string;
    complete: string;
    partial: string;
    small: string;
    simple: string;
    weighted: string;
  },
  /** 'money' when the triangle measures revenue: the counts are amounts. */
  countKind: 'number' | 'money' = 'number',
): ChartTable {
  const rows: (string | number)[][] = [];
  for (const c of set.cohorts) {
    c.values.forEach((value, k) =>
      rows.push([
        c.label,
        c.eligible ? c.eligible[k] : c.size,
        k,
        c.counts[k],
        value,
        c.low[k],
        c.high[k],
        [c.observed[k] ? labels.complete : labels.partial, c.small ? labels.small : ''].filter(Boolean).join(', '),
      ]),
    );
  }
  for (const [name, values] of [
    [labels.simple, set.average.simple],
    [labels.weighted, set.average.weighted],
  ] as const) {
    values.forEach((value, k) => rows.push([name, NaN, k, NaN, value, NaN, NaN, '']));
  }
  return {
    columns: [
      { label: labels.cohort, kind: 'text' },
      { label: set.cohorts.some((c) => c.eligible) ? labels.eligible : labels.size, kind: 'count' },
      { label: labels.period, kind: 'count' },
      { label: labels.count, kind: countKind },
      { label: labels.rate, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.status, kind: 'text' },
    ],
    rows,
  };
}
