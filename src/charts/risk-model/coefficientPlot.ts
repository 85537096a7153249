/**
 * Odds ratios of the unpenalised logistic fit as a forest plot: each term's ratio with its 95 %
 * Wald interval on a log scale, 1 (no effect) marked; a category's level is against its
 * reference level, a number's ratio is per standard deviation. Long labels (Telco's
 * "PaymentMethod = Bank transfer (automatic) (vs Electronic check)", or their Chinese) wrap onto
 * a second line in a label column up to 42 % of the width, and only beyond that end in "…".
 */
import * as Plot from '@observablehq/plot';
import { textWidth, wrapToWidth, type ChartTable } from '../chartData.ts';

export interface OddsRatioRow {
  label: string;
  oddsRatio: number;
  low: number;
  high: number;
  p: number;
}

export interface CoefficientOptions {
  width?: number;
  ratioLabel?: string;
  formatRatio?: (r: number) => string;
  /** At most this many terms, the farthest from 1 (on the log scale) first. */
  maxTerms?: number;
}

/** 1-2-5 ticks: a log axis with every minor tick labelled is unreadable. */
const LOG_TICKS = [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

const LABEL_FONT = 11;
const LABEL_SHARE = 0.42;

/** One line cut to `room` pixels, an ellipsis marking the cut. */
function fitted(line: string, room: number): string {
  if (textWidth(line, LABEL_FONT) <= room) return line;
  let s = line;
  while (s.length > 1 && textWidth(`${s}…`, LABEL_FONT) > room) s = s.slice(0, -1);
  return `${s.trimEnd()}…`;
}

/**
 * A term's label in at most two lines of at most `room` pixels: whole when it fits, else wrapped
 * at a space (or between CJK characters) into two lines as even as the breaks allow (no lone
 * bracket on the second line), cut with "…" only when two lines cannot hold it.
 */
export function forestLabel(text: string, room: number): string {
  const total = textWidth(text, LABEL_FONT);
  if (total <= room) return text;
  for (let w = Math.ceil(total / 2); w <= room; w += 4) {
    const lines = wrapToWidth(text, w, LABEL_FONT);
    if (lines.length <= 2 && lines.every((l) => textWidth(l, LABEL_FONT) <= room)) return lines.join('\n');
  }
  const [first, ...rest] = wrapToWidth(text, room, LABEL_FONT);
  if (rest.length === 0) return fitted(first, room);
  const remainder = text.slice(text.indexOf(first) + first.length).trim();
  return `${fitted(first, room)}\n${fitted(remainder, room)}`;
}

const ratio = (r: number) => (r >= 10 ? r.toFixed(0) : r >= 1 ? r.toFixed(2) : r.toPrecision(2));

/** The rows drawn: finite intervals, the strongest `maxTerms` by |log OR|, ordered by ratio. */
export function chartedRatios(rows: OddsRatioRow[], maxTerms = 30): OddsRatioRow[] {
  const finite = rows.filter((r) => Number.isFinite(r.low) && Number.isFinite(r.high) && r.oddsRatio > 0);
  const strongest = new Set(
    [...finite].sort((a, b) => Math.abs(Math.log(b.oddsRatio)) - Math.abs(Math.log(a.oddsRatio))).slice(0, maxTerms),
  );
  return finite.filter((r) => strongest.has(r)).sort((a, b) => b.oddsRatio - a.oddsRatio);
}

export function coefficientPlot(rows: OddsRatioRow[], opts: CoefficientOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    ratioLabel = 'Odds ratio (95 % interval, log scale)',
    formatRatio = ratio,
    maxTerms = 30,
  } = opts;
  const drawn = chartedRatios(rows, maxTerms);
  const lo = Math.min(0.5, ...drawn.map((r) => r.low));
  const hi = Math.max(2, ...drawn.map((r) => r.high));
  const room = Math.max(120, Math.round(width * LABEL_SHARE) - 16);
  const labels = new Map(drawn.map((r) => [r.label, forestLabel(r.label, room)]));
  const widest = [...labels.values()].reduce(
    (n, l) => Math.max(n, ...l.split('\n').map((line) => textWidth(line, LABEL_FONT))),
    40,
  );
  const wrapped = [...labels.values()].some((l) => l.includes('\n'));
  // The x axis is log10 of the ratio on a linear scale: Plot's log axis drops some labels of its ticks (d3's log tickFormat).
  const ticks = LOG_TICKS.filter((v) => v >= lo / 1.1 && v <= hi * 1.1);
  const log = (v: number) => Math.log10(v);
  return {
    width,
    height: drawn.length * (wrapped ? 34 : 24) + 60,
    marginLeft: Math.ceil(widest) + 16,
    marginRight: 56,
    marginBottom: 40,
    x: {
      label: ratioLabel,
      domain: [log(lo / 1.1), log(hi * 1.1)],
      ticks: ticks.map(log),
      grid: true,
      tickFormat: (v: number) => formatRatio(Number((10 ** v).toPrecision(6))),
    },
    y: { label: null, domain: drawn.map((r) => r.label), tickFormat: (d: string) => labels.get(d) ?? d },
    marks: [
      Plot.ruleX([0], { stroke: '#1c2430', strokeDasharray: '4,3' }),
      Plot.ruleY(drawn, {
        y: 'label',
        x1: (r: OddsRatioRow) => log(r.low),
        x2: (r: OddsRatioRow) => log(r.high),
        stroke: (r: OddsRatioRow) => (r.low > 1 ? '#b42318' : r.high < 1 ? '#1f6f43' : '#6b7686'),
        strokeWidth: 2,
      }),
      Plot.dot(drawn, {
        y: 'label',
        x: (r: OddsRatioRow) => log(r.oddsRatio),
        r: 4,
        fill: (r: OddsRatioRow) => (r.low > 1 ? '#b42318' : r.high < 1 ? '#1f6f43' : '#6b7686'),
      }),
      Plot.text(drawn, {
        y: 'label',
        x: (r: OddsRatioRow) => log(r.high),
        text: (r: OddsRatioRow) => formatRatio(r.oddsRatio),
        dx: 6,
        textAnchor: 'start',
        fill: '#1c2430',
        fontSize: 10,
      }),
    ],
  };
}

export function coefficientTable(
  rows: OddsRatioRow[],
  labels: { term: string; ratio: string; low: string; high: string; p: string },
): ChartTable {
  return {
    columns: [
      { label: labels.term, kind: 'text' },
      { label: labels.ratio, kind: 'number' },
      { label: labels.low, kind: 'number' },
      { label: labels.high, kind: 'number' },
      { label: labels.p, kind: 'number' },
    ],
    rows: rows.map((r) => [r.label, r.oddsRatio, r.low, r.high, r.p]),
  };
}
