/** The customer-value chart builders: normalised SVG snapshots and what their marks and tables hold. */
import { describe, expect, it } from 'vitest';
import { marginTiersPlot, marginTiersTable } from '../../src/charts/customer-value/marginTiersPlot.ts';
import {
  scoreDistributionPlot,
  scoreDistributionTable,
} from '../../src/charts/customer-value/scoreDistributionPlot.ts';
import { scoreComponentsPlot, scoreComponentsTable } from '../../src/charts/customer-value/scoreComponentsPlot.ts';
import { weightStabilityPlot, weightStabilityTable } from '../../src/charts/customer-value/weightStabilityPlot.ts';
import { margin, score } from './customerValueFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

type Mark = { ariaLabel?: string; data?: unknown };
const marksOf = (options: { marks?: unknown[] }) => (options.marks ?? []) as Mark[];

describe('customer-value charts render the same SVG', () => {
  it('marginTiersPlot(four tiers, one negative)', async () => {
    await expectPlotSnapshot(plotElement(marginTiersPlot(margin)), 'customerValueMarginTiers');
  });
  it('scoreDistributionPlot(five bins)', async () => {
    await expectPlotSnapshot(plotElement(scoreDistributionPlot(score)), 'customerValueScoreDistribution');
  });
  it('scoreComponentsPlot(six top customers, three columns)', async () => {
    await expectPlotSnapshot(plotElement(scoreComponentsPlot(score)), 'customerValueScoreComponents');
  });
  it('weightStabilityPlot(three weights)', async () => {
    await expectPlotSnapshot(plotElement(weightStabilityPlot(score)), 'customerValueWeightStability');
  });
});

describe('customer-value chart builders', () => {
  it('marginTiersPlot draws the negative tier’s margin share below zero, labelled, and the y domain reaches it', () => {
    const options = marginTiersPlot(margin, { marginLabel: 'M' });
    const bars = marksOf(options)[0].data as { measure: string; tier: string; value: number }[];
    expect(bars.find((b) => b.measure === 'M' && b.tier === 'negative')!.value).toBe(-0.04);
    expect((options.y as { domain: number[] }).domain[0]).toBeLessThan(-0.04);
    const below = marksOf(options).filter((m) => m.ariaLabel === 'text')[1].data as { value: number }[];
    expect(below.map((b) => b.value)).toEqual([-0.04]);
    const table = marginTiersTable(margin, {
      tier: (t) => t.toUpperCase(),
      tierHeader: 't',
      customers: 'n',
      share: 's',
      margin: 'm',
      marginShare: 'ms',
      value: 'v',
      churned: 'c',
      rate: 'r',
      low: 'l',
      high: 'h',
      minMargin: 'a',
      maxMargin: 'b',
    });
    expect(table.rows.map((r) => r[0])).toEqual(['HIGH', 'MEDIUM', 'LOW', 'NEGATIVE']);
    expect(table.columns.filter((c) => c.kind === 'money').map((c) => c.label)).toEqual(['m', 'v', 'a', 'b']);
  });

  it('scoreDistributionPlot stacks churned on retained customers per bin and marks the top list', () => {
    const options = scoreDistributionPlot(score, { retainedLabel: 'kept', churnedLabel: 'lost' });
    const parts = marksOf(options)[0].data as { status: string; customers: number }[];
    expect(parts.filter((p) => p.status === 'lost').map((p) => p.customers)).toEqual([2, 3, 3, 1, 0]);
    expect(parts.reduce((s, p) => s + p.customers, 0)).toBe(30);
    expect(marksOf(options)[1].data).toEqual([0.75]);
    const table = scoreDistributionTable(score, { from: 'a', to: 'b', customers: 'n', churned: 'c', rate: 'r' });
    expect(table.rows[0]).toEqual([0, 0.2, 3, 2, 2 / 3]);
  });

  it('scoreComponentsPlot draws `count` customers top first with one part per column; the table holds the whole list', () => {
    const options = scoreComponentsPlot(score, { count: 5 });
    expect((options.y as { domain: string[] }).domain).toEqual(['C-104', 'C-017', 'C-233', 'C-058', 'C-301']);
    const parts = marksOf(options)[0].data as { value: number }[];
    expect(parts).toHaveLength(15);
    expect(parts.some((p) => p.value < 0)).toBe(true);
    const labels = { rank: '#', customer: 'id', score: 's', churned: 'c', part: (c: string) => `part ${c}` };
    const table = scoreComponentsTable(score, labels);
    expect(table.rows).toHaveLength(6);
    expect(table.columns.map((c) => c.label)).toEqual([
      '#',
      'id',
      's',
      'c',
      'part revenue',
      'part tenure',
      'part risk',
    ]);
    // Each row's parts add up to its score (the fixture is built so: 1e-12).
    for (const row of table.rows)
      expect(Math.abs((row[4] as number) + (row[5] as number) + (row[6] as number) - (row[2] as number))).toBeLessThan(
        1e-12,
      );
  });

  it('weightStabilityPlot puts one dot per weight and move, labelled with the step', () => {
    const options = weightStabilityPlot(score, { step: 0.1 });
    const dots = marksOf(options).find((m) => m.ariaLabel === 'dot')!.data as { move: string; overlap: number }[];
    expect(dots.map((d) => d.move)).toEqual(Array(3).fill(['weight −10 %', 'weight +10 %']).flat());
    expect((options.x as { domain: number[] }).domain[1]).toBe(1);
    const table = weightStabilityTable(score, {
      column: (c) => c,
      columnHeader: 'c',
      weight: 'w',
      downOverlap: 'd',
      upOverlap: 'u',
      downJaccard: 'dj',
      upJaccard: 'uj',
    });
    expect(table.rows[1]).toEqual(['tenure', 0.3, 1, 4 / 6, 1, 0.5]);
  });
});
