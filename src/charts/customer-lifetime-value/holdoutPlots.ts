/**
 * The holdout check of a lifetime-value model (Fader, Hardie & Lee 2005, Figures 3–5): mean
 * actual and expected purchases in the holdout by calibration frequency (bars side by side), and
 * the cohort's repeat purchases week by week and cumulated (actual and expected lines, with the
 * calibration end marked).
 */
import * as Plot from '@observablehq/plot';
import type { ClvHoldout, ClvWeek } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export const ACTUAL_COLOR = '#D55E00';
export const EXPECTED_COLOR = '#0072B2';

export interface HoldoutPlotOptions {
  width?: number;
  actualLabel?: string;
  expectedLabel?: string;
  /** The frequency axis ("Purchases in the calibration period") and the 7+ group's label. */
  frequencyLabel?: string;
  lastGroupLabel?: string;
  valueLabel?: string;
  weekLabel?: string;
  calibrationLabel?: string;
  holdoutLabel?: string;
  formatNumber?: (n: number) => string;
}

interface Bar {
  group: string;
  series: string;
  value: number;
}

const plain = (n: number) => (Math.round(n * 100) / 100).toString();

export function frequencyPlot(holdout: ClvHoldout, opts: HoldoutPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    actualLabel = 'Actual',
    expectedLabel = 'Expected',
    frequencyLabel = 'Repeat purchases in the calibration period',
    lastGroupLabel = '7+',
    valueLabel = 'Mean purchases in the holdout',
    formatNumber = plain,
  } = opts;
  const last = holdout.byFrequency.length - 1;
  const groups = holdout.byFrequency.map((g, k) => (k === last ? lastGroupLabel : String(g.frequency)));
  const bars: Bar[] = holdout.byFrequency.flatMap((g, k) => [
    { group: groups[k], series: actualLabel, value: g.actual },
    { group: groups[k], series: expectedLabel, value: g.expected },
  ]);
  const shown = bars.filter((b) => Number.isFinite(b.value));
  return {
    width,
    height: 280,
    marginLeft: 52,
    marginBottom: 40,
    fx: { label: frequencyLabel, domain: groups, padding: 0.15 },
    x: { axis: null, domain: [actualLabel, expectedLabel], padding: 0.05 },
    y: { label: valueLabel, grid: true, zero: true },
    color: { domain: [actualLabel, expectedLabel], range: [ACTUAL_COLOR, EXPECTED_COLOR], legend: true },
    marks: [
      Plot.barY(shown, {
        fx: 'group',
        x: 'series',
        y: 'value',
        fill: 'series',
        title: (b: Bar) => `${b.group}: ${b.series} ${formatNumber(b.value)}`,
        tip: true,
      }),
      Plot.ruleY([0]),
    ],
  };
}

/** Weekly (or cumulative) repeat purchases, actual and expected, with the calibration end marked. */
export function trackingPlot(
  holdout: ClvHoldout,
  cumulative: boolean,
  opts: HoldoutPlotOptions = {},
): Plot.PlotOptions {
  const {
    width = 640,
    actualLabel = 'Actual',
    expectedLabel = 'Expected',
    valueLabel = cumulative ? 'Cumulative repeat purchases' : 'Repeat purchases per week',
    weekLabel = 'Week',
    calibrationLabel = 'calibration',
    holdoutLabel = 'holdout',
    formatNumber = plain,
  } = opts;
  const weeks = cumulative ? holdout.cumulative : holdout.weekly;
  const line = (series: string, key: 'actual' | 'expected') =>
    weeks.map((w: ClvWeek) => ({ period: w.period, start: w.start, series, value: w[key] }));
  const points = [...line(actualLabel, 'actual'), ...line(expectedLabel, 'expected')];
  const boundary = holdout.calibrationWeeks + 0.5;
  return {
    width,
    height: 280,
    marginLeft: 56,
    marginTop: 30,
    x: { label: weekLabel, domain: [1, Math.max(2, weeks.length)], grid: true },
    y: { label: valueLabel, grid: true, zero: true },
    color: { domain: [actualLabel, expectedLabel], range: [ACTUAL_COLOR, EXPECTED_COLOR], legend: true },
    marks: [
      Plot.ruleX([boundary], { stroke: '#8a939d', strokeDasharray: '4,3' }),
      Plot.text([boundary], {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -12,
        dx: -6,
        textAnchor: 'end',
        text: () => `← ${calibrationLabel}`,
        fill: '#5b6470',
      }),
      Plot.text([boundary], {
        x: (d: number) => d,
        frameAnchor: 'top',
        dy: -12,
        dx: 6,
        textAnchor: 'start',
        text: () => `${holdoutLabel} →`,
        fill: '#5b6470',
      }),
      Plot.lineY(line(actualLabel, 'actual'), { x: 'period', y: 'value', stroke: 'series', strokeWidth: 2 }),
      Plot.lineY(line(expectedLabel, 'expected'), {
        x: 'period',
        y: 'value',
        stroke: 'series',
        strokeWidth: 2,
        strokeDasharray: '6,3',
      }),
      Plot.tip(
        points,
        Plot.pointerX({
          x: 'period',
          y: 'value',
          title: (p: { start: string; series: string; value: number }) =>
            `${p.start}: ${p.series} ${formatNumber(p.value)}`,
        }),
      ),
      Plot.ruleY([0]),
    ],
  };
}

export function frequencyTable(
  holdout: ClvHoldout,
  labels: { frequency: string; customers: string; actual: string; expected: string; lastGroup: string },
): ChartTable {
  const last = holdout.byFrequency.length - 1;
  return {
    columns: [
      { label: labels.frequency, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.actual, kind: 'number' },
      { label: labels.expected, kind: 'number' },
    ],
    rows: holdout.byFrequency.map((g, k) => [
      k === last ? labels.lastGroup : String(g.frequency),
      g.customers,
      g.actual,
      g.expected,
    ]),
  };
}

export function trackingTable(
  holdout: ClvHoldout,
  labels: {
    week: string;
    start: string;
    actual: string;
    expected: string;
    cumulativeActual: string;
    cumulativeExpected: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.week, kind: 'count' },
      { label: labels.start, kind: 'text' },
      { label: labels.actual, kind: 'count' },
      { label: labels.expected, kind: 'number' },
      { label: labels.cumulativeActual, kind: 'count' },
      { label: labels.cumulativeExpected, kind: 'number' },
    ],
    rows: holdout.weekly.map((w, k) => [
      w.period,
      w.start,
      w.actual,
      w.expected,
      holdout.cumulative[k].actual,
      holdout.cumulative[k].expected,
    ]),
  };
}
