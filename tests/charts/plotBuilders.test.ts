import { expect, test } from 'vitest';
import {
  chartedGroups,
  churnByAttributePlot,
  churnByAttributeTable,
  riskiestGroup,
} from '../../src/charts/churn-by-attribute/churnByAttributePlot.ts';
import { monthlyChurnPlot, monthlyChurnTable, monthPoints } from '../../src/charts/monthly-churn/monthlyChurnPlot.ts';
import { valueTiersPlot, valueTiersTable } from '../../src/charts/value-tiers/valueTiersPlot.ts';
import { paretoPlot, paretoPoints, paretoTable } from '../../src/charts/value-tiers/paretoPlot.ts';
import { definitionLabPlot, definitionLabTable } from '../../src/charts/definition-lab/definitionLabPlot.ts';
import type { ChurnDefinition } from '../../src/engine/api.ts';
import { sparklinePath } from '../../src/charts/sparkline/sparklinePath.ts';
import { byContract, comparison, monthly, tiers } from './fixtures.ts';

type Mark = { ariaLabel?: string; data?: unknown };
const markNames = (marks: unknown[] | undefined) => (marks ?? []).map((m) => (m as Mark).ariaLabel);

test('churnByAttributePlot(result) draws bars, Wilson rules, rate labels and the overall reference line', () => {
  const options = churnByAttributePlot(byContract);
  const names = markNames(options.marks);
  expect(names).toEqual(expect.arrayContaining(['bar', 'rule', 'tick', 'text']));
  expect((options.y as { domain: string[] }).domain).toEqual(['Month-to-month', 'One year', 'Two year']);
  const [lo, hi] = (options.x as { domain: [number, number] }).domain;
  expect(lo).toBe(0);
  expect(hi).toBeGreaterThan(0.4427);
  expect(hi).toBeLessThanOrEqual(1);
});

test('chartedGroups(result, n) keeps the n largest groups not marked small, in the result order', () => {
  expect(chartedGroups(byContract, 2).map((g) => g.label)).toEqual(['Month-to-month', 'Two year']);
  const withSmall = { ...byContract, groups: byContract.groups.map((g, i) => ({ ...g, small: i === 0 })) };
  expect(chartedGroups(withSmall, 25).map((g) => g.label)).toEqual(['One year', 'Two year']);
  expect(riskiestGroup(byContract)?.label).toBe('Month-to-month');
});

test('churnByAttributeTable(result) lists counts, rate, interval and risk ratio for every group', () => {
  const table = churnByAttributeTable(byContract, {
    value: 'Contract',
    customers: 'n',
    churned: 'c',
    rate: 'r',
    low: 'l',
    high: 'h',
    riskRatio: 'rr',
  });
  expect(table.columns.map((c) => c.kind)).toEqual([
    'text',
    'count',
    'count',
    'percent',
    'percent',
    'percent',
    'ratio',
  ]);
  expect(table.rows[0]).toEqual(['Month-to-month', 3875, 1655, 1655 / 3875, 0.4116, 0.4427, 1.609]);
});

test('monthlyChurnPlot(series) plots each month from its first day with the mean as a rule', () => {
  const options = monthlyChurnPlot(monthly);
  expect(markNames(options.marks)).toEqual(expect.arrayContaining(['area', 'line', 'dot', 'rule', 'text']));
  expect(monthPoints(monthly)[0].month.toISOString()).toBe('1997-02-01T00:00:00.000Z');
  const [lo, hi] = (options.y as { domain: [number, number] }).domain;
  expect(lo).toBe(0);
  expect(hi).toBeGreaterThan(50 / 950);
  const table = monthlyChurnTable(monthly, { month: 'm', atStart: 's', lost: 'l', gained: 'g', rate: 'r' });
  expect(table.rows[1]).toEqual(['1997-03', 950, 50, 0, 50 / 950, 'yes']);
  expect(table.rows[3]).toEqual(['1997-05', 870, 0, 0, 0, 'no']);
});

test('monthlyChurnPlot(series) leaves out months without a rate and a missing mean', () => {
  const gap = { ...monthly, churnRate: [0.05, NaN, 0.03, 0], complete: [true, true, true, true], meanMonthlyRate: NaN };
  expect(monthPoints(gap)).toHaveLength(3);
  expect(markNames(monthlyChurnPlot(gap).marks)).not.toContain('text');
});

test('monthlyChurnPlot(series) draws an incomplete month as a hollow point off the solid line, with a note', () => {
  const marks = monthlyChurnPlot(monthly, { incompleteLabel: 'incomplete' }).marks as Mark[];
  const dots = marks.filter((m) => m.ariaLabel === 'dot').map((m) => m.data as { label: string }[]);
  expect(dots.map((d) => d.map((p) => p.label))).toEqual([['1997-02', '1997-03', '1997-04'], ['1997-05']]);
  const solid = marks.filter((m) => m.ariaLabel === 'line')[1].data as { completeRate: number }[];
  expect(solid.map((p) => p.completeRate)).toEqual([0.05, 50 / 950, 30 / 900, NaN]);
  expect(marks.some((m) => m.ariaLabel === 'text' && (m.data as string[])[0] === 'incomplete')).toBe(true);
  const allComplete = monthlyChurnPlot({ ...monthly, complete: [true, true, true, true] }).marks as Mark[];
  expect(allComplete.filter((m) => m.ariaLabel === 'dot')).toHaveLength(1);
});

test('valueTiersPlot(tiers) faces churn rate and value share, with the overall rate in the churn facet', () => {
  const options = valueTiersPlot(tiers, { churnLabel: 'Churn', valueLabel: 'Value' });
  expect((options.fx as { domain: string[] }).domain).toEqual(['Churn', 'Value']);
  const bars = (options.marks?.[0] as Mark).data as { measure: string; tier: string; value: number }[];
  expect(bars).toHaveLength(6);
  expect(bars.filter((b) => b.measure === 'Value').reduce((s, b) => s + b.value, 0)).toBeCloseTo(1, 9);
  const table = valueTiersTable(tiers, {
    tier: 't',
    customers: 'n',
    churned: 'c',
    rate: 'r',
    valueShare: 'v',
    min: 'a',
    max: 'b',
  });
  expect(table.rows.map((r) => r[0])).toEqual(['A', 'B', 'C']);
});

test('paretoPlot(pareto) starts the curve at the origin and marks the top 20 %', () => {
  expect(paretoPoints(tiers.pareto)[0]).toEqual({ customers: 0, value: 0 });
  const options = paretoPlot(tiers.pareto);
  expect(markNames(options.marks)).toEqual(expect.arrayContaining(['line', 'rule', 'area', 'dot', 'text']));
  expect((options.x as { domain: number[] }).domain).toEqual([0, 1]);
  const table = paretoTable(tiers.pareto, { customers: 'c', value: 'v' });
  expect(table.rows).toHaveLength(21);
  expect(table.rows[4][1]).toBeCloseTo(0.537, 9);
  expect(table.rows[20]).toEqual([1, 1]);
});

test('definitionLabPlot(comparison) draws one bar per definition, labelled with rate and count', () => {
  const options = definitionLabPlot(comparison);
  expect((options.y as { domain: string[] }).domain).toEqual(['D1', 'D2']);
  const describe = (d: ChurnDefinition) => (d.kind === 'inactivity' ? `> ${d.days} days` : d.kind);
  const table = definitionLabTable(
    comparison,
    { name: 'n', definition: 'd', churned: 'c', rate: 'r' },
    undefined,
    describe,
  );
  expect(table.rows[1].slice(0, 3)).toEqual(['D2', '> 180 days', 1842]);
});

test('sparklinePath(values) spans the width and puts the largest value at the top', () => {
  const d = sparklinePath([0, 5, 10], 100, 20, 0);
  expect(d).toBe('M0.0,20.0L50.0,10.0L100.0,0.0');
  expect(sparklinePath([], 100, 20)).toBe('');
  expect(sparklinePath([3, 3], 10, 10, 0)).toBe('M0.0,0.0L10.0,0.0');
});
