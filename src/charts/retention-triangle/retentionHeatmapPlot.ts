/**
 * The retention triangle as a heatmap: a row per cohort, a column per period since the cohort
 * started, then the simple and weighted average rows. Cells of periods that had not ended by
 * the as-of date are partial: they are hatched and never coloured as if complete (the engine
 * leaves them out of the averages). The colour scale stops at the largest rate after period 0,
 * so that period 0 (100 % by construction) does not wash out the rest.
 */
import * as Plot from '@observablehq/plot';
import type { RetentionTriangleSet } from '../../engine/api.ts';
import { pickable } from '../customerPicks.ts';

export interface HeatmapCell {
  row: string;
  k: number;
  value: number;
  count: number;
  size: number;
  observed: boolean;
  low: number;
  high: number;
  average: boolean;
  small: boolean;
}

export interface RetentionHeatmapOptions {
  width?: number;
  show?: 'rates' | 'counts';
  /** Axis label of the periods, which also says calendar or rolling windows. */
  periodLabel?: string;
  simpleLabel?: string;
  weightedLabel?: string;
  partialLabel?: string;
  /** The note on cohorts smaller than the minimum, marked * on their row. */
  smallLabel?: string;
  legendLabel?: string;
  /** Unique per page: the id of the hatch pattern of partial cells. */
  patternId?: string;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
  scheme?: Plot.ColorScheme;
  /** Called with a cohort's cell when it is clicked (averages are not customers): the customers behind it. */
  onPick?: (cell: HeatmapCell) => void;
}

const percent = (r: number) => `${Math.round(r * 100)}%`;
const count = (n: number) => String(Math.round(n));

/** The rows of the heatmap, cohorts first (oldest on top), then the two averages. */
export function heatmapCells(
  set: RetentionTriangleSet,
  simpleLabel = 'Average',
  weightedLabel = 'Weighted',
): HeatmapCell[] {
  const cells: HeatmapCell[] = [];
  for (const c of set.cohorts) {
    c.values.forEach((value, k) =>
      cells.push({
        row: c.label,
        k,
        value,
        count: c.counts[k],
        size: c.size,
        observed: c.observed[k],
        low: c.low[k],
        high: c.high[k],
        average: false,
        small: c.small,
      }),
    );
  }
  const averages: [string, number[]][] = [
    [simpleLabel, set.average.simple],
    [weightedLabel, set.average.weighted],
  ];
  for (const [row, values] of averages) {
    values.forEach((value, k) => {
      if (!Number.isFinite(value)) return;
      cells.push({
        row,
        k,
        value,
        count: NaN,
        size: NaN,
        observed: true,
        low: NaN,
        high: NaN,
        average: true,
        small: false,
      });
    });
  }
  return cells;
}

/** A click on a cohort's cell (not an average's) picks it, when asked. */
function picks(cells: HeatmapCell[], onPick: RetentionHeatmapOptions['onPick']) {
  return onPick ? { render: pickable(cells, (c: HeatmapCell) => void (!c.average && onPick(c))) } : {};
}

/** The top of the colour scale: the largest complete rate after period 0 (at least 1 %). */
export function colorTop(cells: HeatmapCell[]): number {
  let top = 0;
  for (const c of cells) if (c.k > 0 && c.observed && Number.isFinite(c.value)) top = Math.max(top, c.value);
  return top > 0.01 ? top : cells.some((c) => c.value > 0) ? 1 : 0.01;
}

export function retentionHeatmapPlot(set: RetentionTriangleSet, opts: RetentionHeatmapOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    show = 'rates',
    periodLabel = 'Periods since the cohort started',
    simpleLabel = 'Average',
    weightedLabel = 'Weighted average',
    partialLabel = 'hatched: period not yet complete',
    smallLabel = '* small cohort, left out of the averages',
    legendLabel = 'Retention',
    patternId = 'retention-partial',
    formatPercent = percent,
    formatCount = count,
    scheme = 'blues',
    onPick,
  } = opts;
  const cells = heatmapCells(set, simpleLabel, weightedLabel);
  const rows = [...set.cohorts.map((c) => c.label), simpleLabel, weightedLabel];
  const sizes = new Map(set.cohorts.map((c) => [c.label, c.size]));
  const small = new Set(set.cohorts.filter((c) => c.small).map((c) => c.label));
  // Each cohort says how many customers it holds, so a reader weighs its row: "1997-01 · 781".
  const rowText = (r: string) => {
    const size = sizes.get(r);
    return `${r}${size === undefined ? '' : ` · ${formatCount(size)}`}${small.has(r) ? ' *' : ''}`;
  };
  const periods = cells.reduce((n, c) => Math.max(n, c.k + 1), 1);
  const longest = rows.reduce((n, r) => Math.max(n, rowText(r).length), 4);
  const marginLeft = Math.min(180, 14 + longest * 7);
  const marginRight = 8;
  const cellWidth = (width - marginLeft - marginRight) / periods;
  const tickStep = [1, 2, 4, 5, 10, 13, 26, 52].find((step) => (cellWidth * step) / 18 >= 1) ?? 52;
  const rowHeight = Math.max(12, Math.min(26, 480 / rows.length));
  const top = colorTop(cells);
  const label = (c: HeatmapCell) => (c.average || show === 'rates' ? formatPercent(c.value) : formatCount(c.count));
  const longestText = cells.reduce((n, c) => Math.max(n, label(c).length), 1);
  const printed = cellWidth >= longestText * 5.6 + 2 && rowHeight >= 14;
  const complete = cells.filter((c) => c.observed);
  const partial = cells.filter((c) => !c.observed);
  const dark = (c: HeatmapCell) => Math.min(1, c.value / top) > 0.55;
  const title = (c: HeatmapCell) => {
    const head = `${c.row}, ${c.k}: ${formatPercent(c.value)}`;
    if (c.average) return head;
    const ci = Number.isFinite(c.low) ? ` (95 % CI ${formatPercent(c.low)}–${formatPercent(c.high)})` : '';
    const partialNote = c.observed ? '' : ` — ${partialLabel}`;
    return `${head}${ci}, ${formatCount(c.count)} / ${formatCount(c.size)}${partialNote}`;
  };
  const hatch = (
    _index: number[],
    _scales: unknown,
    _values: unknown,
    _dimensions: unknown,
    context: { document: Document },
  ) => {
    const ns = 'http://www.w3.org/2000/svg';
    const doc = context.document;
    const defs = doc.createElementNS(ns, 'defs');
    const pattern = doc.createElementNS(ns, 'pattern');
    pattern.setAttribute('id', patternId);
    pattern.setAttribute('width', '6');
    pattern.setAttribute('height', '6');
    pattern.setAttribute('patternUnits', 'userSpaceOnUse');
    pattern.setAttribute('patternTransform', 'rotate(45)');
    const back = doc.createElementNS(ns, 'rect');
    back.setAttribute('width', '6');
    back.setAttribute('height', '6');
    back.setAttribute('fill', '#f1f2f4');
    const line = doc.createElementNS(ns, 'line');
    line.setAttribute('x1', '0');
    line.setAttribute('y1', '0');
    line.setAttribute('x2', '0');
    line.setAttribute('y2', '6');
    line.setAttribute('stroke', '#9aa3ad');
    line.setAttribute('stroke-width', '2');
    pattern.append(back, line);
    defs.append(pattern);
    return defs as unknown as SVGElement;
  };
  return {
    width,
    height: rows.length * rowHeight + 64,
    marginLeft,
    marginRight,
    marginTop: 40,
    marginBottom: 24,
    padding: 0.04,
    x: {
      type: 'band',
      label: periodLabel,
      axis: 'top',
      domain: Array.from({ length: periods }, (_, k) => k),
      // A label every `tickStep` periods, so that numbers never overlap.
      ticks: Array.from({ length: periods }, (_, k) => k).filter((k) => k % tickStep === 0),
    },
    y: { label: null, domain: rows, tickFormat: rowText },
    // Quantized: equal bins read more reliably than a continuous ramp, and render without canvas.
    color: {
      type: 'quantize',
      n: 6,
      scheme,
      domain: [0, top],
      legend: true,
      label: legendLabel,
      tickFormat: formatPercent,
    },
    marks: [
      hatch as unknown as Plot.Markish,
      Plot.cell(complete, { x: 'k', y: 'row', fill: 'value', title, ...picks(complete, onPick) }),
      Plot.cell(
        complete.filter((c) => c.average),
        { x: 'k', y: 'row', stroke: '#1c2430', strokeWidth: cellWidth < 20 ? 0.5 : 1, fill: 'none' },
      ),
      Plot.cell(partial, {
        x: 'k',
        y: 'row',
        fill: `url(#${patternId})`,
        stroke: '#9aa3ad',
        title,
        ...picks(partial, onPick),
      }),
      ...(printed
        ? [
            ...[false, true].map((average) =>
              Plot.text(
                complete.filter((c) => c.average === average),
                {
                  x: 'k',
                  y: 'row',
                  text: label,
                  fill: (c: HeatmapCell) => (dark(c) ? 'white' : '#1c2430'),
                  fontWeight: average ? 'bold' : 'normal',
                  fontSize: 10,
                },
              ),
            ),
            Plot.text(partial, { x: 'k', y: 'row', text: label, fill: '#5b6470', fontSize: 10, fontStyle: 'italic' }),
          ]
        : []),
      Plot.text(
        [[partial.length > 0 ? partialLabel : '', small.size > 0 ? smallLabel : ''].filter(Boolean).join('; ')],
        {
          frameAnchor: 'bottom-right',
          dy: 18,
          text: (d: string) => d,
          fill: '#5b6470',
          fontSize: 11,
        },
      ),
    ],
  };
}
