/**
 * How stable the top list is when each weight moves: per column, the share of the list that
 * stays with its weight 20 % lower and 20 % higher (the others held), joined by a line; 100 %
 * means the list does not depend on that weight's exact value.
 */
import * as Plot from '@observablehq/plot';
import type { ValueScoreResult } from '../../engine/api.ts';
import { textWidth, truncateLabel, type ChartTable } from '../chartData.ts';

export interface WeightStabilityOptions {
  width?: number;
  /** How far each weight moved (the result's weightStep). */
  step?: number;
  overlapLabel?: string;
  downLabel?: string;
  upLabel?: string;
  columnLabel?: (column: string) => string;
  formatPercent?: (ratio: number) => string;
}

interface Move {
  column: string;
  move: string;
  overlap: number;
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function weightStabilityPlot(score: ValueScoreResult, opts: WeightStabilityOptions = {}): Plot.PlotOptions {
  const percentStep = Math.round(100 * (opts.step ?? 0.2));
  const {
    width = 640,
    overlapLabel = 'Share of the top list that stays',
    downLabel = `weight −${percentStep} %`,
    upLabel = `weight +${percentStep} %`,
    columnLabel = (c: string) => c,
    formatPercent = percent,
  } = opts;
  const columns = score.stability.map((s) => columnLabel(s.column));
  const moves: Move[] = score.stability.flatMap((s, j) => [
    { column: columns[j], move: downLabel, overlap: s.down.overlap },
    { column: columns[j], move: upLabel, overlap: s.up.overlap },
  ]);
  const lowest = Math.min(...moves.map((m) => m.overlap).filter(Number.isFinite), 1);
  const longest = columns.reduce((n, c) => Math.max(n, textWidth(truncateLabel(c), 10)), 24);
  return {
    width,
    height: columns.length * 44 + 70,
    marginLeft: Math.min(200, 16 + Math.ceil(longest)),
    marginRight: 24,
    marginTop: 16,
    x: {
      label: overlapLabel,
      // From a round 5 % at least two points below the lowest share: room for its label, and the scale is plain.
      domain: [Math.max(0, Math.floor((lowest - 0.02) * 20) / 20), 1],
      grid: true,
      tickFormat: formatPercent,
    },
    y: { label: null, domain: columns, tickFormat: (d: string) => truncateLabel(d) },
    color: { domain: [downLabel, upLabel], range: ['#c2412d', '#1f4f86'], legend: true },
    marks: [
      Plot.link(score.stability, {
        y1: (_: unknown, j: number) => columns[j],
        y2: (_: unknown, j: number) => columns[j],
        x1: (s: ValueScoreResult['stability'][number]) => s.down.overlap,
        x2: (s: ValueScoreResult['stability'][number]) => s.up.overlap,
        stroke: '#9aa4b2',
        strokeWidth: 2,
      }),
      Plot.dot(moves, { y: 'column', x: 'overlap', fill: 'move', r: 5 }),
      // The move down labelled above its dot, the move up below: close values do not overlap.
      Plot.text(
        moves.filter((m) => m.move === downLabel),
        { y: 'column', x: 'overlap', text: (m: Move) => formatPercent(m.overlap), dy: -11, fill: '#c2412d' },
      ),
      Plot.text(
        moves.filter((m) => m.move === upLabel),
        { y: 'column', x: 'overlap', text: (m: Move) => formatPercent(m.overlap), dy: 12, fill: '#1f4f86' },
      ),
      Plot.ruleX([1], { stroke: '#1c2430', strokeOpacity: 0.4 }),
    ],
  };
}

export function weightStabilityTable(
  score: ValueScoreResult,
  labels: {
    column: (column: string) => string;
    columnHeader: string;
    weight: string;
    downOverlap: string;
    upOverlap: string;
    downJaccard: string;
    upJaccard: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.columnHeader, kind: 'text' },
      { label: labels.weight, kind: 'percent' },
      { label: labels.downOverlap, kind: 'percent' },
      { label: labels.upOverlap, kind: 'percent' },
      { label: labels.downJaccard, kind: 'percent' },
      { label: labels.upJaccard, kind: 'percent' },
    ],
    rows: score.stability.map((s, j) => [
      labels.column(s.column),
      score.features[j].weightShare,
      s.down.overlap,
      s.up.overlap,
      s.down.jaccard,
      s.up.jaccard,
    ]),
  };
}
