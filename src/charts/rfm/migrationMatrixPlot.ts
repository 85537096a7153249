/**
 * Segment migration as a transition matrix: a row per segment at the earlier as-of date (and
 * one for customers who had not bought yet), a column per segment now; each cell holds the
 * customers who moved from its row to its column, coloured by their share of the row.
 */
import * as Plot from '@observablehq/plot';
import type { RfmMigration } from '../../engine/api.ts';

export interface MigrationCell {
  from: string;
  to: string;
  count: number;
  /** Share of the row (of the customers in `from` at the earlier date). */
  share: number;
}

export interface MigrationMatrixOptions {
  width?: number;
  /** The UI's names of migration.from and migration.to, in their order. */
  fromNames?: string[];
  toNames?: string[];
  thenLabel?: string;
  nowLabel?: string;
  legendLabel?: string;
  formatCount?: (n: number) => string;
  formatPercent?: (r: number) => string;
}

/** Every cell of the matrix with its count and row share (rows with no customer are left out). */
export function migrationCells(m: RfmMigration, fromNames = m.from, toNames = m.to): MigrationCell[] {
  const cells: MigrationCell[] = [];
  m.counts.forEach((row, i) => {
    const total = row.reduce((a, b) => a + b, 0);
    if (total === 0) return;
    row.forEach((count, j) => cells.push({ from: fromNames[i], to: toNames[j], count, share: count / total }));
  });
  return cells;
}

const percent = (r: number) => `${Math.round(r * 100)}%`;

export function migrationMatrixPlot(m: RfmMigration, opts: MigrationMatrixOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    fromNames = m.from,
    toNames = m.to,
    thenLabel = `Segment on ${m.asOf}`,
    nowLabel = 'Segment now',
    legendLabel = 'Share of the row',
    formatCount = String,
    formatPercent = percent,
  } = opts;
  const cells = migrationCells(m, fromNames, toNames);
  const rows = fromNames.filter((name) => cells.some((c) => c.from === name));
  const longestRow = rows.reduce((n, s) => Math.max(n, [...s].length), 4);
  const wide = [...fromNames, ...toNames].some((s) => /[\u2E80-\uFFEF]/.test(s));
  const marginLeft = Math.min(200, 20 + longestRow * (wide ? 12.5 : 6.6));
  const longestColumn = toNames.reduce((n, s) => Math.max(n, [...s].length), 4);
  const marginBottom = Math.min(150, 30 + longestColumn * (wide ? 9 : 4.8));
  const cellWidth = (width - marginLeft - 10) / toNames.length;
  const rowHeight = Math.max(18, Math.min(30, cellWidth * 0.7));
  const filled = cells.filter((c) => c.count > 0);
  return {
    width,
    height: rows.length * rowHeight + marginBottom + 60,
    marginLeft,
    marginBottom,
    marginTop: 50,
    marginRight: 10,
    x: { type: 'band', domain: toNames, label: nowLabel, tickRotate: -35, labelAnchor: 'right' },
    y: { type: 'band', domain: rows, label: thenLabel, labelAnchor: 'top' },
    color: {
      type: 'quantize',
      n: 5,
      scheme: 'purples',
      domain: [0, 1],
      legend: true,
      label: legendLabel,
      tickFormat: formatPercent,
    },
    marks: [
      Plot.cell(cells, { x: 'to', y: 'from', fill: '#f4f5f7', stroke: '#e2e5e9' }),
      Plot.cell(filled, {
        x: 'to',
        y: 'from',
        fill: 'share',
        inset: 0.5,
        title: (c: MigrationCell) => `${c.from} → ${c.to}: ${formatCount(c.count)} (${formatPercent(c.share)})`,
      }),
      ...(cellWidth >= 26
        ? [
            Plot.text(filled, {
              x: 'to',
              y: 'from',
              text: (c: MigrationCell) => formatCount(c.count),
              fill: (c: MigrationCell) => (c.share >= 0.6 ? 'white' : '#1c2430'),
              fontSize: 10,
            }),
          ]
        : []),
      // The diagonal: customers who stayed in their segment.
      Plot.cell(
        filled.filter((c) => c.from === c.to),
        { x: 'to', y: 'from', stroke: '#1c2430', strokeWidth: 1.2, fill: 'none' },
      ),
    ],
  };
}
