/**
 * Retention curves: a thin line per cohort over its complete periods (partial periods are
 * open circles, not joined), with the weighted average in bold and the simple average dashed.
 */
import * as Plot from '@observablehq/plot';
import type { RetentionTriangleSet } from '../../engine/api.ts';

export interface CurvePoint {
  cohort: string;
  order: number;
  k: number;
  value: number;
  low: number;
  high: number;
  observed: boolean;
}

export interface RetentionCurvesOptions {
  width?: number;
  periodLabel?: string;
  valueLabel?: string;
  simpleLabel?: string;
  weightedLabel?: string;
  cohortLabel?: string;
  fromOneLabel?: string;
  /** Between the two sentences of the note: '. ' in English, '。' in Chinese. */
  noteSeparator?: string;
  formatPercent?: (ratio: number) => string;
  scheme?: Plot.ColorScheme;
}

const percent = (r: number) => `${Math.round(r * 100)}%`;

export function curvePoints(set: RetentionTriangleSet): CurvePoint[] {
  return set.cohorts.flatMap((c, order) =>
    c.values
      .map((value, k) => ({
        cohort: c.label,
        order,
        k,
        value,
        low: c.low[k],
        high: c.high[k],
        observed: c.observed[k],
      }))
      .filter((p) => Number.isFinite(p.value)),
  );
}

export function averagePoints(values: number[], name: string): { name: string; k: number; value: number }[] {
  return values.map((value, k) => ({ name, k, value })).filter((p) => Number.isFinite(p.value));
}

export function retentionCurvesPlot(set: RetentionTriangleSet, opts: RetentionCurvesOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    periodLabel = 'Periods since the cohort started',
    valueLabel = 'Retention',
    simpleLabel = 'Average',
    weightedLabel = 'Weighted average',
    cohortLabel = 'Thin lines: cohorts, dark purple (oldest) to yellow (newest)',
    fromOneLabel = 'Period 0 (100 %) is not drawn',
    noteSeparator = '. ',
    formatPercent = percent,
    scheme = 'viridis',
  } = opts;
  // Period 0 is 100 % by construction; when later periods are all far below, it would squash
  // them into a flat line at the bottom, so the curves start at period 1 and say so.
  const later = Math.max(
    0,
    ...curvePoints(set)
      .filter((p) => p.k > 0)
      .map((p) => p.value),
  );
  const from = later > 0 && later < 0.6 ? 1 : 0;
  const points = curvePoints(set).filter((p) => p.k >= from);
  const complete = points.filter((p) => p.observed);
  const partial = points.filter((p) => !p.observed);
  const weighted = averagePoints(set.average.weighted, weightedLabel).filter((p) => p.k >= from);
  const simple = averagePoints(set.average.simple, simpleLabel).filter((p) => p.k >= from);
  const top = from === 1 ? Math.min(1, later * 1.1) : Math.max(1, ...points.map((p) => p.value));
  const last = weighted.at(-1);
  const title = (p: CurvePoint) =>
    `${p.cohort}, ${p.k}: ${formatPercent(p.value)}` +
    (Number.isFinite(p.low) ? ` (95 % CI ${formatPercent(p.low)}–${formatPercent(p.high)})` : '');
  return {
    width,
    height: 300,
    marginLeft: 52,
    marginRight: 24,
    marginTop: 24,
    x: { label: periodLabel, grid: true, tickFormat: (k: number) => (Number.isInteger(k) ? String(k) : '') },
    y: { label: valueLabel, domain: [0, top * 1.02], grid: true, tickFormat: formatPercent },
    color: { type: 'linear', scheme, domain: [0, Math.max(1, set.cohorts.length - 1)] },
    marks: [
      Plot.ruleY([0]),
      Plot.text([from === 1 ? `${cohortLabel}${noteSeparator}${fromOneLabel}` : cohortLabel], {
        frameAnchor: 'top-right',
        dy: -14,
        text: (d: string) => d,
        fill: '#5b6470',
      }),
      Plot.lineY(complete, { x: 'k', y: 'value', z: 'cohort', stroke: 'order', strokeWidth: 1, strokeOpacity: 0.7 }),
      Plot.dot(partial, { x: 'k', y: 'value', stroke: 'order', r: 2.5, fill: 'white', title }),
      Plot.lineY(simple, { x: 'k', y: 'value', stroke: '#1c2430', strokeWidth: 1.5, strokeDasharray: '5,3' }),
      Plot.lineY(weighted, { x: 'k', y: 'value', stroke: '#1c2430', strokeWidth: 3 }),
      Plot.dot(complete, { x: 'k', y: 'value', fill: 'order', r: 1.5, title, tip: true }),
      ...(last
        ? [
            Plot.text([last], {
              x: 'k',
              y: 'value',
              text: () => `${weightedLabel} ${formatPercent(last.value)}`,
              textAnchor: 'end',
              dy: -14,
              fill: '#1c2430',
              stroke: 'white',
              fontWeight: 'bold',
            }),
          ]
        : []),
    ],
  };
}
