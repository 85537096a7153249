/** The Kaplan–Meier curves as a table for export: one row per group and distinct time (the steps of the curve). */
import type { SurvivalResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export function survivalCurveTable(
  result: SurvivalResult,
  labels: {
    group: string;
    time: string;
    survival: string;
    low: string;
    high: string;
    atRisk: string;
    events: string;
    censored: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.group, kind: 'text' },
      { label: labels.time, kind: 'number' },
      { label: labels.survival, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.atRisk, kind: 'count' },
      { label: labels.events, kind: 'count' },
      { label: labels.censored, kind: 'count' },
    ],
    rows: result.groups.flatMap((g) =>
      g.curve.times.map((t, i) => [
        g.name,
        t,
        g.curve.survival[i],
        g.curve.lower[i],
        g.curve.upper[i],
        g.curve.atRisk[i],
        g.curve.events[i],
        g.curve.censored[i],
      ]),
    ),
  };
}
