/** The RFM chart builders: SVG snapshots and what their marks and tables hold. */
import { expect, test } from 'vitest';
import { rfmGridPlot } from '../../src/charts/rfm/rfmGridPlot.ts';
import { segmentBarsPlot } from '../../src/charts/rfm/segmentBarsPlot.ts';
import { migrationCells, migrationMatrixPlot } from '../../src/charts/rfm/migrationMatrixPlot.ts';
import { migrationFlow, migrationFlowPlot } from '../../src/charts/rfm/migrationFlowPlot.ts';
import { gridTable, migrationTable, segmentTable } from '../../src/charts/rfm/rfmTables.ts';
import { rfmGrid, rfmMigration, rfmSegments } from './rfmFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('segmentBarsPlot(four segments) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(segmentBarsPlot(rfmSegments, { overallChurn: 0.45 })), 'rfmSegments');
});

test('rfmGridPlot(3 × 3, by value and by churn) renders the same SVG; an empty cell is grey and unlabelled', async () => {
  const chart = plotElement(rfmGridPlot(rfmGrid, { colour: 'value' }));
  // Eight cells hold customers and carry a count; the ninth (R 3, F 1) is drawn empty.
  expect(chart.querySelectorAll('g[aria-label="text"] text')).toHaveLength(8);
  await expectPlotSnapshot(chart, 'rfmGridValue');
  await expectPlotSnapshot(plotElement(rfmGridPlot(rfmGrid, { colour: 'churn' })), 'rfmGridChurn');
});

test('migrationMatrixPlot renders the same SVG, the diagonal outlined', async () => {
  const chart = plotElement(migrationMatrixPlot(rfmMigration));
  await expectPlotSnapshot(chart, 'rfmMigrationMatrix');
});

test('migrationFlowPlot renders the same SVG, following Champions', async () => {
  await expectPlotSnapshot(plotElement(migrationFlowPlot(rfmMigration, { follow: 'champions' })), 'rfmMigrationFlow');
});

test('migrationCells gives each move its share of the row; rows add up to 1', () => {
  const cells = migrationCells(rfmMigration);
  const row = cells.filter((c) => c.from === 'loyal');
  expect(row.map((c) => c.count)).toEqual([10, 120, 30]);
  expect(row.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
});

test('migrationFlow stacks blocks as tall as their customers and keeps each band inside both of its blocks', () => {
  const flow = migrationFlow(rfmMigration);
  expect(flow.total).toBe(353);
  const left = flow.nodes.filter((n) => n.side === 0);
  expect(left.map((n) => n.y2 - n.y1)).toEqual([30, 160, 112, 51]);
  for (const link of flow.links) {
    const a = left.find((n) => n.code === rfmMigration.from[rfmMigration.from.indexOf(link.fromCode)])!;
    expect(link.y1 - link.count / 2).toBeGreaterThanOrEqual(a.y1);
    expect(link.y1 + link.count / 2).toBeLessThanOrEqual(a.y2 + 1e-9);
  }
});

test('migrationFlowPlot leaves out moves under minShare and says how many', () => {
  const options = migrationFlowPlot(rfmMigration, { minShare: 0.03 });
  const link = (options.marks ?? []).find((m) => (m as { ariaLabel?: string }).ariaLabel === 'link') as unknown as {
    data: unknown[];
  };
  // 353 customers × 3 % = 10.6: the moves of 11 or more are drawn (20, 120, 30, 12, 100, 30, 16), not 8, 2, 10, 5.
  expect(link.data).toHaveLength(7);
});

test('segmentTable lists every segment with its figures, and the action column only when given', () => {
  const labels = {
    segment: 's',
    customers: 'n',
    share: 'sh',
    valueShare: 'v',
    churned: 'c',
    rate: 'r',
    low: 'l',
    high: 'h',
    recency: 'rd',
    frequency: 'f',
    monetary: 'm',
    action: 'a',
  };
  const names = rfmSegments.map((s) => s.code);
  const plain = segmentTable(rfmSegments, names, labels);
  expect(plain.columns).toHaveLength(11);
  expect(plain.rows[0].slice(0, 2)).toEqual(['champions', 35]);
  const withActions = segmentTable(rfmSegments, names, labels, ['keep', 'grow', 'let go', '']);
  expect(withActions.columns.at(-1)).toEqual({ label: 'a', kind: 'text' });
  expect(withActions.rows[2].at(-1)).toBe('let go');
  expect(
    gridTable(rfmGrid, { r: 'R', f: 'F', customers: 'n', monetary: 'm', churned: 'c', rate: 'r' }).rows,
  ).toHaveLength(9);
  expect(
    migrationTable(rfmMigration, rfmMigration.from, rfmMigration.to, { from: 'a', to: 'b', customers: 'n', share: 's' })
      .rows,
  ).toHaveLength(11);
});
