/**
 * RFM segments side by side: each segment's share of the customers (upper bar) and of all
 * spend (lower bar) — do the best segments hold the money? — and, in the second panel, its churn
 * rate with the 95 % Wilson interval against the overall rate. Segments keep the result's order
 * (the score map's, or the eight classes'); both panels read proportions on one axis.
 */
import * as Plot from '@observablehq/plot';
import { pickable } from '../customerPicks.ts';
import type { RfmSegment } from '../../engine/api.ts';
import { segmentColour } from './segmentColours.ts';

export interface SegmentBarsOptions {
  /** Called with a segment when one of its bars is clicked: the customers behind it. */
  onPick?: (segment: RfmSegment) => void;
  width?: number;
  /** The segments' names in the UI's words, in the segments' order. */
  names?: string[];
  sharesLabel?: string;
  customersLabel?: string;
  valueLabel?: string;
  churnLabel?: string;
  overallLabel?: string;
  overallChurn?: number;
  /** Says which bar is which: "upper bar: customers · lower bar: spend". */
  keyLabel?: string;
  formatPercent?: (r: number) => string;
  /** The axes' ticks, shorter than the labels (whole percents). */
  formatTick?: (r: number) => string;
}

interface Share {
  panel: string;
  segment: string;
  customers: number;
  value: number;
}

interface Churn {
  panel: string;
  segment: string;
  code: string;
  rate: number;
  low: number;
  high: number;
}

const percent = (r: number) => (Number.isFinite(r) ? `${(r * 100).toFixed(1)} %` : '—');
const ROW = 34;
const PADDING = 0.2;

export function segmentBarsPlot(segments: RfmSegment[], opts: SegmentBarsOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    names = segments.map((s) => s.name ?? s.code),
    sharesLabel = 'Share of customers and of spend',
    customersLabel = 'customers',
    valueLabel = 'spend',
    churnLabel = 'Churn rate (95 % interval)',
    overallLabel = 'overall',
    overallChurn = NaN,
    keyLabel = 'upper bar: customers · lower bar: spend',
    formatPercent = percent,
    formatTick = (r: number) => `${Math.round(r * 100)}%`,
    onPick,
  } = opts;
  const shares: Share[] = segments.map((s, k) => ({
    panel: sharesLabel,
    segment: names[k],
    customers: s.share,
    value: s.valueShare,
  }));
  const churn: Churn[] = segments
    .map((s, k) => ({
      panel: churnLabel,
      segment: names[k],
      code: s.code,
      rate: s.churnRate,
      low: s.churnLow,
      high: s.churnHigh,
    }))
    .filter((s) => Number.isFinite(s.rate));
  const finite = (v: number) => (Number.isFinite(v) ? v : 0);
  const top = Math.min(
    1,
    1.12 *
      Math.max(0.05, ...shares.flatMap((s) => [finite(s.customers), finite(s.value)]), ...churn.map((c) => c.high)),
  );
  const longest = names.reduce((n, s) => Math.max(n, [...s].length), 4);
  const wide = names.some((s) => /[\u2E80-\uFFEF]/.test(s));
  const marginLeft = Math.min(230, 16 + longest * (wide ? 12.5 : 6.6));
  // Each segment's band holds two bars: customers in its upper half, spend in its lower half.
  const half = (ROW * (1 - PADDING)) / 2;
  const colours = segments.map((s, k) => segmentColour(s.code, k));
  const fill = new Map(names.map((n, k) => [n, colours[k]]));
  // A segment's bars list its customers.
  const picks = onPick ? { render: pickable(shares, (s: Share) => onPick(segments[shares.indexOf(s)])) } : {};
  const label = (pick: (s: Share) => number, which: string) => (s: Share) => `${which} ${formatPercent(pick(s))}`;
  return {
    width,
    height: segments.length * ROW + 66,
    marginLeft,
    marginTop: 30,
    marginRight: 44,
    marginBottom: 48,
    fx: { domain: [sharesLabel, churnLabel], label: null, padding: 0.16 },
    x: { domain: [0, top], tickFormat: formatTick, ticks: 4, grid: true, label: null },
    y: { domain: names, label: null, padding: PADDING },
    marks: [
      Plot.barX(shares, {
        fx: 'panel',
        y: 'segment',
        x: 'customers',
        fill: '#b9c0c8',
        insetBottom: half,
        title: label((s) => s.customers, customersLabel),
        ...picks,
      }),
      Plot.barX(shares, {
        fx: 'panel',
        y: 'segment',
        x: 'value',
        fill: (s: Share) => fill.get(s.segment),
        insetTop: half,
        title: label((s) => s.value, valueLabel),
        ...picks,
      }),
      Plot.text(shares, {
        fx: 'panel',
        y: 'segment',
        x: 'customers',
        text: (s: Share) => formatPercent(s.customers),
        dy: -half / 2,
        dx: 3,
        textAnchor: 'start',
        fontSize: 9,
        fill: '#5b6470',
      }),
      Plot.text(shares, {
        fx: 'panel',
        y: 'segment',
        x: 'value',
        text: (s: Share) => formatPercent(s.value),
        dy: half / 2,
        dx: 3,
        textAnchor: 'start',
        fontSize: 9,
        fill: '#1c2430',
      }),
      Plot.ruleY(churn, { fx: 'panel', y: 'segment', x1: 'low', x2: 'high', stroke: '#5b6470', strokeWidth: 2 }),
      Plot.dot(churn, {
        fx: 'panel',
        y: 'segment',
        x: 'rate',
        r: 4.5,
        fill: (c: Churn) => fill.get(c.segment),
        stroke: '#1c2430',
        title: (c: Churn) =>
          `${c.segment}: ${formatPercent(c.rate)} (${formatPercent(c.low)}–${formatPercent(c.high)})`,
      }),
      Plot.text(churn, {
        fx: 'panel',
        y: 'segment',
        x: 'high',
        text: (c: Churn) => formatPercent(c.rate),
        dx: 8,
        textAnchor: 'start',
        fontSize: 9,
        fill: '#1c2430',
      }),
      ...(Number.isFinite(overallChurn)
        ? [
            Plot.ruleX([{ panel: churnLabel, x: overallChurn }], {
              fx: 'panel',
              x: 'x',
              stroke: '#b42318',
              strokeDasharray: '5,3',
            }),
            Plot.text([{ panel: churnLabel, x: overallChurn }], {
              fx: 'panel',
              x: 'x',
              frameAnchor: 'bottom',
              dy: 2,
              dx: 4,
              textAnchor: 'start',
              text: () => `${overallLabel} ${formatPercent(overallChurn)}`,
              fill: '#b42318',
              fontSize: 10,
            }),
          ]
        : []),
      Plot.text([{ panel: sharesLabel }], {
        fx: 'panel',
        frameAnchor: 'bottom-left',
        dy: 34,
        text: () => keyLabel,
        fill: '#5b6470',
        fontSize: 10,
      }),
      Plot.ruleX([0]),
    ],
  };
}
