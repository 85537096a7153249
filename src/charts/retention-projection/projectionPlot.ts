/**
 * The shifted-beta-geometric projection (Fader & Hardie 2007): observed survival as points —
 * filled for the periods the model was fitted on, hollow for the held-out ones it has to
 * predict — and the projected survival as a line; and the projected retention rate
 * r_t = S(t) / S(t − 1), which rises with t as the less loyal customers leave first.
 */
import * as Plot from '@observablehq/plot';
import type { ProjectionResult } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface ObservedPoint {
  period: number;
  value: number;
  fitted: boolean;
}

export function observedPoints(result: ProjectionResult): ObservedPoint[] {
  return result.observed
    .map((value, period) => ({ period, value, fitted: period <= result.fitPeriods }))
    .filter((p) => Number.isFinite(p.value));
}

/** Observed retention rates S(t) / S(t − 1) for t ≥ 1. */
export function observedRetention(result: ProjectionResult): ObservedPoint[] {
  const o = result.observed;
  const points: ObservedPoint[] = [];
  for (let t = 1; t < o.length; t++)
    if (o[t - 1] > 0 && Number.isFinite(o[t]))
      points.push({ period: t, value: o[t] / o[t - 1], fitted: t <= result.fitPeriods });
  return points;
}

export interface ProjectionPlotOptions {
  width?: number;
  periodLabel?: string;
  valueLabel?: string;
  fittedLabel?: string;
  heldOutLabel?: string;
  projectedLabel?: string;
  formatPercent?: (ratio: number) => string;
}

const percent = (r: number) => `${Math.round(r * 100)}%`;
const PROJECTED = '#0072B2';
const OBSERVED = '#D55E00';

function observedMarks(
  points: ObservedPoint[],
  fittedLabel: string,
  heldOutLabel: string,
  format: (r: number) => string,
) {
  const title = (p: ObservedPoint) => `${p.period}: ${format(p.value)} (${p.fitted ? fittedLabel : heldOutLabel})`;
  return [
    Plot.dot(
      points.filter((p) => p.fitted),
      { x: 'period', y: 'value', fill: OBSERVED, stroke: OBSERVED, r: 4, symbol: 'circle', title, tip: true },
    ),
    Plot.dot(
      points.filter((p) => !p.fitted),
      {
        x: 'period',
        y: 'value',
        fill: 'white',
        stroke: OBSERVED,
        strokeWidth: 1.5,
        r: 4.5,
        symbol: 'diamond',
        title,
        tip: true,
      },
    ),
  ];
}

function fitBoundary(result: ProjectionResult, fittedLabel: string, heldOutLabel: string): Plot.Markish[] {
  const boundary = result.fitPeriods + 0.5;
  const heldOut = result.observed.length - 1 > result.fitPeriods;
  return [
    Plot.ruleX([boundary], { stroke: '#8a939d', strokeDasharray: '4,3' }),
    Plot.text([boundary], {
      x: (d: number) => d,
      frameAnchor: 'top',
      dy: -12,
      dx: -6,
      text: () => `← ${fittedLabel}`,
      textAnchor: 'end',
      fill: '#5b6470',
    }),
    ...(heldOut
      ? [
          Plot.text([boundary], {
            x: (d: number) => d,
            frameAnchor: 'top',
            dy: -12,
            dx: 6,
            text: () => `${heldOutLabel} →`,
            textAnchor: 'start',
            fill: '#5b6470',
          }),
        ]
      : []),
  ];
}

export function projectionPlot(result: ProjectionResult, opts: ProjectionPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    periodLabel = 'Period',
    valueLabel = 'Share still active',
    fittedLabel = 'fitted',
    heldOutLabel = 'held out',
    projectedLabel = 'sBG projection',
    formatPercent = percent,
  } = opts;
  const projected = result.projected.map((value, period) => ({ period, value }));
  const last = projected.at(-1);
  const maxPeriod = Math.max(result.projected.length, result.observed.length) - 1;
  return {
    width,
    height: 300,
    marginLeft: 52,
    marginRight: 24,
    marginTop: 30,
    x: {
      label: periodLabel,
      domain: [0, maxPeriod],
      grid: true,
      tickFormat: (k: number) => (Number.isInteger(k) ? String(k) : ''),
    },
    y: { label: valueLabel, domain: [0, 1], grid: true, tickFormat: formatPercent },
    marks: [
      Plot.ruleY([0]),
      ...fitBoundary(result, fittedLabel, heldOutLabel),
      Plot.lineY(projected, { x: 'period', y: 'value', stroke: PROJECTED, strokeWidth: 2 }),
      ...(last
        ? [
            Plot.text([last], {
              x: 'period',
              y: 'value',
              dy: -16,
              textAnchor: 'end',
              text: () => projectedLabel,
              stroke: 'white',
              fill: PROJECTED,
            }),
          ]
        : []),
      ...observedMarks(observedPoints(result), fittedLabel, heldOutLabel, formatPercent),
    ],
  };
}

export function retentionRatePlot(result: ProjectionResult, opts: ProjectionPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    periodLabel = 'Period',
    valueLabel = 'Retention rate',
    fittedLabel = 'fitted',
    heldOutLabel = 'held out',
    formatPercent = percent,
  } = opts;
  const projected = result.retention.map((value, i) => ({ period: i + 1, value }));
  const observed = observedRetention(result);
  const values = [...projected, ...observed].map((p) => p.value).filter(Number.isFinite);
  const low = Math.max(0, Math.min(...values) - 0.05);
  const maxPeriod = Math.max(result.projected.length, result.observed.length) - 1;
  return {
    width,
    height: 240,
    marginLeft: 52,
    marginRight: 24,
    marginTop: 30,
    x: {
      label: periodLabel,
      domain: [1, Math.max(2, maxPeriod)],
      grid: true,
      tickFormat: (k: number) => (Number.isInteger(k) ? String(k) : ''),
    },
    y: { label: valueLabel, domain: [low, 1], grid: true, tickFormat: formatPercent },
    marks: [
      ...fitBoundary(result, fittedLabel, heldOutLabel),
      Plot.lineY(projected, { x: 'period', y: 'value', stroke: PROJECTED, strokeWidth: 2 }),
      ...observedMarks(observed, fittedLabel, heldOutLabel, formatPercent),
    ],
  };
}

/** Per period: observed and projected survival, observed and projected retention, fitted or held out. */
export function projectionTable(
  result: ProjectionResult,
  labels: {
    period: string;
    observed: string;
    projected: string;
    observedRetention: string;
    projectedRetention: string;
    use: string;
    fitted: string;
    heldOut: string;
    projectedOnly: string;
  },
): ChartTable {
  const n = Math.max(result.projected.length, result.observed.length);
  const rows: (string | number)[][] = [];
  for (let t = 0; t < n; t++) {
    const o = result.observed[t] ?? NaN;
    const before = result.observed[t - 1] ?? NaN;
    rows.push([
      t,
      o,
      result.projected[t] ?? NaN,
      t > 0 && before > 0 ? o / before : NaN,
      t > 0 ? (result.retention[t - 1] ?? NaN) : NaN,
      t >= result.observed.length ? labels.projectedOnly : t <= result.fitPeriods ? labels.fitted : labels.heldOut,
    ]);
  }
  return {
    columns: [
      { label: labels.period, kind: 'count' },
      { label: labels.observed, kind: 'percent' },
      { label: labels.projected, kind: 'percent' },
      { label: labels.observedRetention, kind: 'percent' },
      { label: labels.projectedRetention, kind: 'percent' },
      { label: labels.use, kind: 'text' },
    ],
    rows,
  };
}
