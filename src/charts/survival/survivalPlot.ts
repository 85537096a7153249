/**
 * Kaplan–Meier survival by group: step curves (S(t) stays flat until the next event, hence
 * "step-after") with their 95 % interval bands, optional censoring ticks, and the customers at
 * risk printed under the x axis at its ticks, as in a clinical survival plot.
 */
import * as Plot from '@observablehq/plot';
import type { SurvivalCurveResult, SurvivalResult } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

/** Okabe & Ito's colour-blind-safe palette, then four of Paul Tol's muted colours (12 groups). */
export const GROUP_COLORS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#000000',
  '#F0E442',
  '#882255',
  '#44AA99',
  '#999933',
  '#AA4499',
];

export interface StepPoint {
  group: string;
  time: number;
  survival: number;
  lower: number;
  upper: number;
}

/** The curve from (0, 1), so every step starts at the origin of time. */
export function stepPoints(g: SurvivalCurveResult): StepPoint[] {
  const points: StepPoint[] = [];
  const c = g.curve;
  if (c.times.length === 0 || c.times[0] > 0) points.push({ group: g.name, time: 0, survival: 1, lower: 1, upper: 1 });
  c.times.forEach((time, i) =>
    points.push({
      group: g.name,
      time,
      survival: c.survival[i],
      lower: Number.isFinite(c.lower[i]) ? c.lower[i] : c.survival[i],
      upper: Number.isFinite(c.upper[i]) ? c.upper[i] : c.survival[i],
    }),
  );
  return points;
}

/** Customers still under observation at time t: those whose time is at least t. */
export function atRiskAt(g: SurvivalCurveResult, t: number): number {
  const { times, atRisk } = g.curve;
  for (let i = 0; i < times.length; i++) if (times[i] >= t) return atRisk[i];
  return 0;
}

/** Round ticks from 0 to about `max`: steps of 1, 2, 2.5 or 5 times a power of ten (12 for months). */
export function timeTicks(max: number, unit: string, count = 6): number[] {
  if (!(max > 0)) return [0];
  const steps = unit === 'months' ? [1, 3, 6, 12, 24, 36, 60, 120] : [];
  let step = steps.find((s) => max / s <= count) ?? 0;
  if (!step) {
    const raw = max / count;
    const power = 10 ** Math.floor(Math.log10(raw));
    step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  }
  const ticks: number[] = [];
  for (let t = 0; t <= max + 1e-9; t += step) ticks.push(Math.round(t * 1e6) / 1e6);
  return ticks;
}

export interface SurvivalPlotOptions {
  width?: number;
  timeLabel?: string;
  survivalLabel?: string;
  /** Names the interval scale on the chart, e.g. "Bands: 95 % CI (log-log)". */
  bandLabel?: string;
  atRiskLabel?: string;
  censorTicks?: boolean;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
  formatTime?: (t: number) => string;
}

/** The longest follow-up of a group: S(t) beyond it is not known, only carried forward. */
export const followUp = (g: SurvivalCurveResult): number => g.curve.times.at(-1) ?? 0;

const percent = (r: number) => `${Math.round(r * 100)}%`;

export function survivalPlot(result: SurvivalResult, opts: SurvivalPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    timeLabel = `Time (${result.unit})`,
    survivalLabel = 'Share still active',
    bandLabel = `Bands: 95 % CI (${result.ci})`,
    atRiskLabel = 'At risk',
    censorTicks = true,
    formatPercent = percent,
    formatCount = (n: number) => String(n),
    formatTime = (t: number) => String(t),
  } = opts;
  const groups = result.groups;
  const names = groups.map((g) => g.name);
  const points = groups.flatMap(stepPoints);
  const maxTime = points.reduce((m, p) => Math.max(m, p.time), 0);
  const ticks = timeTicks(maxTime, result.unit);
  const censored = groups.flatMap((g) =>
    g.curve.times
      .map((time, i) => ({ group: g.name, time, survival: g.curve.survival[i], n: g.curve.censored[i] }))
      .filter((p) => p.n > 0),
  );
  const atRisk = groups.flatMap((g, row) => ticks.map((tick) => ({ group: g.name, row, tick, n: atRiskAt(g, tick) })));
  const rowHeight = 15;
  const axisSpace = 38;
  const labelWidth = Math.min(150, 14 + names.reduce((n, s) => Math.max(n, truncateLabel(s, 20).length), 6) * 6.5);
  const colors = GROUP_COLORS.slice(0, Math.max(1, names.length));
  const title = (p: StepPoint) =>
    `${p.group}, ${p.time}: ${formatPercent(p.survival)} (${formatPercent(p.lower)}–${formatPercent(p.upper)})`;
  return {
    width,
    height: 300 + axisSpace + (groups.length + 1) * rowHeight,
    marginLeft: Math.max(56, labelWidth + 24),
    marginRight: 24,
    marginTop: 28,
    marginBottom: axisSpace + (groups.length + 1) * rowHeight,
    x: {
      label: timeLabel,
      domain: [0, Math.max(maxTime, ticks[ticks.length - 1])],
      ticks,
      grid: true,
      tickFormat: formatTime,
    },
    y: { label: survivalLabel, domain: [0, 1], grid: true, tickFormat: formatPercent },
    color: { type: 'ordinal', domain: names, range: colors, legend: names.length > 1 },
    marks: [
      Plot.areaY(points, {
        x: 'time',
        y1: 'lower',
        y2: 'upper',
        z: 'group',
        fill: 'group',
        fillOpacity: 0.14,
        curve: 'step-after',
      }),
      Plot.ruleY([0.5], { stroke: '#8a939d', strokeDasharray: '3,3' }),
      Plot.lineY(points, {
        x: 'time',
        y: 'survival',
        z: 'group',
        stroke: 'group',
        strokeWidth: 2,
        curve: 'step-after',
      }),
      ...(censorTicks
        ? [
            Plot.ruleX(censored, {
              x: 'time',
              y1: (p: { survival: number }) => p.survival - 0.018,
              y2: (p: { survival: number }) => p.survival + 0.018,
              stroke: 'group',
              strokeWidth: 1,
            }),
          ]
        : []),
      Plot.dot(points, { x: 'time', y: 'survival', stroke: 'group', r: 0, title, tip: true }),
      Plot.text([bandLabel], { frameAnchor: 'top-right', dy: -16, text: (d: string) => d, fill: '#5b6470' }),
      // The at-risk table, one row per group under the x axis, each number under its tick.
      Plot.text([atRiskLabel], {
        frameAnchor: 'bottom-left',
        dx: -28,
        dy: axisSpace,
        text: (d: string) => d,
        textAnchor: 'end',
        fontWeight: 'bold',
        fill: '#1c2430',
      }),
      ...groups.map((g, row) =>
        Plot.text([g], {
          frameAnchor: 'bottom-left',
          dx: -28,
          dy: axisSpace + (row + 1) * rowHeight,
          text: (d: SurvivalCurveResult) => truncateLabel(d.name, 20),
          textAnchor: 'end',
          fill: colors[row % colors.length],
        }),
      ),
      ...groups.map((_, row) =>
        Plot.text(
          atRisk.filter((a) => a.row === row),
          {
            x: 'tick',
            frameAnchor: 'bottom',
            dy: axisSpace + (row + 1) * rowHeight,
            text: (a: { n: number }) => formatCount(a.n),
            fill: '#1c2430',
          },
        ),
      ),
    ],
  };
}

/** Per group: customers, churned, median with its interval, then S(t) with its interval at each time. */
export function survivalTable(
  result: SurvivalResult,
  labels: {
    group: string;
    customers: string;
    events: string;
    median: string;
    low: string;
    high: string;
    at: (t: number) => string;
  },
): ChartTable {
  const times = result.groups[0]?.times ?? [];
  return {
    columns: [
      { label: labels.group, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.events, kind: 'count' },
      { label: labels.median, kind: 'number' },
      { label: labels.low, kind: 'number' },
      { label: labels.high, kind: 'number' },
      ...times.flatMap((t) => [
        { label: labels.at(t), kind: 'percent' as const },
        { label: `${labels.at(t)} ${labels.low}`, kind: 'percent' as const },
        { label: `${labels.at(t)} ${labels.high}`, kind: 'percent' as const },
      ]),
    ],
    rows: result.groups.map((g) => [
      g.name,
      g.n,
      g.events,
      g.median,
      g.medianCI[0],
      g.medianCI[1],
      ...times.flatMap((t, i) => (t > followUp(g) ? [NaN, NaN, NaN] : [g.survival[i], g.lower[i], g.upper[i]])),
    ]),
  };
}

/** What a sentence per group says: the median, or if it is not reached, S at the last time. */
export function groupHeadline(
  g: SurvivalCurveResult,
):
  | { kind: 'median'; median: number; low: number; high: number }
  | { kind: 'notReached'; survival: number; time: number } {
  if (Number.isFinite(g.median)) return { kind: 'median', median: g.median, low: g.medianCI[0], high: g.medianCI[1] };
  const last = g.curve.times.length - 1;
  return {
    kind: 'notReached',
    survival: last >= 0 ? g.curve.survival[last] : 1,
    time: last >= 0 ? g.curve.times[last] : 0,
  };
}
