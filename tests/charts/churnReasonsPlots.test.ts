/** The churn-reasons chart builders: what each draws from a hand-made result, and SVG snapshots. */
import { expect, test } from 'vitest';
import { reasonParetoPlot, reasonParetoTable } from '../../src/charts/churn-reasons/reasonParetoPlot.ts';
import { reasonTreePlot, reasonTreeTable, treeNodes } from '../../src/charts/churn-reasons/reasonTreePlot.ts';
import {
  heatmapCells,
  reasonHeatmapPlot,
  reasonHeatmapTable,
} from '../../src/charts/churn-reasons/reasonHeatmapPlot.ts';
import { lostOrder, lostRevenuePlot } from '../../src/charts/churn-reasons/lostRevenuePlot.ts';
import {
  monthPoints,
  reasonsOverTimePlot,
  reasonsOverTimeTable,
} from '../../src/charts/churn-reasons/reasonsOverTimePlot.ts';
import { reasons } from './churnReasonsFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('reasonParetoPlot(result) draws bars of shares and a cumulative line on its own axis, past 100 %', () => {
  const plot = reasonParetoPlot(reasons);
  // The bars' axis ends 12 % past the largest share (0.6); the cumulative 1.3 reaches that end.
  expect((plot.x as { domain: number[] }).domain[1]).toBeCloseTo(0.6 * 1.12, 12);
  const line = plot.marks!.find((m) => (m as { ariaLabel?: string }).ariaLabel === 'line') as unknown as {
    channels: { x: { value: (r: { cumulative: number }) => number } };
  };
  expect(line.channels.x.value({ cumulative: 1.3 })).toBeCloseTo(0.6 * 1.12, 12);
  const table = reasonParetoTable(
    reasons,
    { reason: 'r', type: 't', count: 'n', share: 's', cumulative: 'c', lost: 'l' },
    (t) => t,
  );
  expect(table.rows[2]).toEqual(['Service', 'disappointed', 2, 0.2, 1.2, 30]);
});

test('treeNodes(result) puts each parent at the middle of its children', () => {
  const nodes = treeNodes(reasons);
  const leaves = nodes.filter((n) => n.depth === 3);
  // Price, "1 other reasons", Competitor offer, Non-payment: four leaves at 0..3.
  expect(leaves.map((n) => [n.name, n.y])).toEqual([
    ['Price', 0],
    ['1 other reasons', 1],
    ['Competitor offer', 2],
    ['Non-payment', 3],
  ]);
  const y = (name: string) => nodes.find((n) => n.name === name)!.y;
  expect([y('disappointed'), y('competitor'), y('voluntary'), y('Churners')]).toEqual([0.5, 2, 1.25, 2.125]);
  expect(reasonTreeTable(reasons, { branch: 'b', type: 't', reason: 'r', count: 'n', share: 's' }).rows).toContainEqual(
    ['voluntary', 'disappointed', '1 other reasons', 2, 0.2],
  );
});

test("heatmapCells(result) shares each count among the segment's churners", () => {
  const cells = heatmapCells(reasons);
  expect(cells.find((c) => c.reason === 'Price' && c.segment === 'Basic')).toEqual({
    reason: 'Price',
    segment: 'Basic',
    count: 5,
    share: 5 / 6,
  });
  expect(reasonHeatmapTable(reasons, { reason: 'r', segment: 's', count: 'n', share: 'p' }).rows).toHaveLength(8);
});

test('lostOrder(result) puts the most lost first, and monthPoints(result) has a point per reason and month', () => {
  expect(lostOrder(reasons).map((r) => r.label)).toEqual(['Competitor offer', 'Price', 'Service', 'Non-payment']);
  expect(monthPoints(reasons)).toHaveLength(12);
  expect(reasonsOverTimeTable(reasons, { month: 'm' }).rows[2]).toEqual(['2024-03', 3, 3, 0, 1]);
});

test('the churn-reasons charts render the same SVG', async () => {
  await expectPlotSnapshot(plotElement(reasonParetoPlot(reasons)), 'churnReasonsPareto');
  await expectPlotSnapshot(plotElement(reasonTreePlot(reasons)), 'churnReasonsTree');
  await expectPlotSnapshot(plotElement(reasonHeatmapPlot(reasons)), 'churnReasonsHeatmap');
  await expectPlotSnapshot(plotElement(lostRevenuePlot(reasons)), 'churnReasonsLost');
  await expectPlotSnapshot(plotElement(reasonsOverTimePlot(reasons)), 'churnReasonsOverTime');
});
