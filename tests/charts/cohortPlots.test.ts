import { expect, test } from 'vitest';
import {
  colorTop,
  heatmapCells,
  retentionHeatmapPlot,
} from '../../src/charts/retention-triangle/retentionHeatmapPlot.ts';
import { retentionHeatmapTable } from '../../src/charts/retention-triangle/retentionHeatmapTable.ts';
import { curvePoints, retentionCurvesPlot } from '../../src/charts/retention-triangle/retentionCurvesPlot.ts';
import {
  atRiskAt,
  groupHeadline,
  stepPoints,
  survivalPlot,
  survivalTable,
  timeTicks,
} from '../../src/charts/survival/survivalPlot.ts';
import {
  observedPoints,
  observedRetention,
  projectionPlot,
  projectionTable,
  retentionRatePlot,
} from '../../src/charts/retention-projection/projectionPlot.ts';
import { projection, survival, triangle } from './cohortFixtures.ts';

type Mark = { ariaLabel?: string; data?: unknown; curve?: { name: string } };
const marks = (options: { marks?: unknown[] }) => (options.marks ?? []).map((m) => m as Mark);
const named = (options: { marks?: unknown[] }, name: string) => marks(options).filter((m) => m.ariaLabel === name);

test('retentionHeatmapPlot(triangle) draws complete cells coloured and partial cells hatched, apart', () => {
  const options = retentionHeatmapPlot(triangle, { patternId: 'p1' });
  const cells = named(options, 'cell');
  const complete = cells[0].data as { observed: boolean }[];
  const partial = cells[2].data as { observed: boolean; row: string; k: number }[];
  expect(complete.every((c) => c.observed)).toBe(true);
  expect(partial.map((c) => `${c.row}:${c.k}`)).toEqual(['1997-02:2', '1997-03:1']);
  expect((cells[2] as { fill?: unknown }).fill).toBe('url(#p1)');
  expect((options.y as { domain: string[] }).domain).toEqual([
    '1997-01',
    '1997-02',
    '1997-03',
    'Average',
    'Weighted average',
  ]);
});

test('heatmapCells(triangle) appends the averages where they exist, and colorTop ignores period 0 and partial cells', () => {
  const cells = heatmapCells(triangle);
  expect(cells.filter((c) => c.average)).toHaveLength(8);
  expect(colorTop(cells)).toBeCloseTo(125 / 781, 12);
});

test('retentionHeatmapTable(triangle) lists every cell with its Wilson interval and whether it is partial', () => {
  const table = retentionHeatmapTable(triangle, {
    cohort: 'c',
    size: 'n',
    eligible: 'base',
    period: 'k',
    count: 'x',
    rate: 'r',
    low: 'l',
    high: 'h',
    status: 's',
    complete: 'complete',
    partial: 'partial',
    small: 'small',
    simple: 'avg',
    weighted: 'wavg',
  });
  expect(table.rows).toHaveLength(4 + 3 + 2 + 8);
  expect(table.rows[8]).toEqual(['1997-03', 12, 1, 3, 0.25, 0.0889, 0.5323, 'partial, small']);
  expect(table.columns[1].label).toBe('n');
});

test('retentionHeatmapTable(cohorts by an attribute) gives each cell its own base', () => {
  const byChannel = {
    ...triangle,
    cohorts: triangle.cohorts.map((c) => ({ ...c, eligible: c.counts.map((_, k) => c.size - k) })),
  };
  const labels = { cohort: 'c', size: 'n', eligible: 'base', period: 'k', count: 'x', rate: 'r', low: 'l', high: 'h' };
  const more = { status: 's', complete: 'c', partial: 'p', small: 'sm', simple: 'a', weighted: 'w' };
  const table = retentionHeatmapTable(byChannel, { ...labels, ...more });
  expect(table.columns[1].label).toBe('base');
  expect(table.rows[8].slice(0, 3)).toEqual(['1997-03', 11, 1]);
});

test('retentionCurvesPlot(triangle) starts at period 1 when later retention is low, with partial points apart', () => {
  const options = retentionCurvesPlot(triangle);
  const lines = named(options, 'line');
  expect(lines).toHaveLength(3); // cohorts, simple average, weighted average
  const cohortLines = lines[0].data as { k: number; observed: boolean }[];
  expect(cohortLines.every((p) => p.k >= 1 && p.observed)).toBe(true);
  expect(curvePoints(triangle)).toHaveLength(9);
});

test('survivalPlot(result) draws step-after curves and bands from (0, 100 %), censor ticks and at-risk numbers', () => {
  const options = survivalPlot(survival);
  const line = named(options, 'line')[0];
  const area = named(options, 'area')[0];
  expect(line.curve?.name).toBe('stepAfter');
  expect(area.curve?.name).toBe('stepAfter');
  expect(stepPoints(survival.groups[0])[0]).toMatchObject({ time: 0, survival: 1 });
  expect(named(options, 'rule').length).toBeGreaterThanOrEqual(2); // the 50 % line and censor ticks
  expect(named(survivalPlot(survival, { censorTicks: false }), 'rule')).toHaveLength(1);
  expect(timeTicks(30, 'months')).toEqual([0, 6, 12, 18, 24, 30]);
});

test('atRiskAt(group, t) counts customers with a time of at least t', () => {
  const g = survival.groups[0];
  expect([0, 3, 4, 24, 25].map((t) => atRiskAt(g, t))).toEqual([100, 100, 78, 20, 0]);
});

test('survivalTable(result) gives medians with intervals, and S(t) only within the follow-up', () => {
  const table = survivalTable(survival, {
    group: 'g',
    customers: 'n',
    events: 'e',
    median: 'm',
    low: 'l',
    high: 'h',
    at: (t) => `S(${t})`,
  });
  expect(table.rows[0].slice(0, 6)).toEqual(['Month-to-month', 100, 60, 12, 9, 15]);
  expect(table.rows[1][3]).toBe(Infinity);
  expect(table.columns).toHaveLength(12);
  expect(groupHeadline(survival.groups[1])).toEqual({ kind: 'notReached', survival: 0.95, time: 30 });
});

test('projectionPlot(result) marks fitted periods filled and held-out periods hollow, with the projection as a line', () => {
  const options = projectionPlot(projection);
  const dots = named(options, 'dot');
  expect((dots[0].data as unknown[]).length).toBe(8);
  expect((dots[1].data as unknown[]).length).toBe(5);
  expect(named(options, 'line')).toHaveLength(1);
  expect(
    observedPoints(projection)
      .filter((p) => !p.fitted)
      .map((p) => p.period),
  ).toEqual([8, 9, 10, 11, 12]);
});

test('retentionRatePlot(result) compares observed S(t)/S(t−1) with the projected rate', () => {
  expect(observedRetention(projection)[0]).toMatchObject({ period: 1, value: 0.631, fitted: true });
  expect(named(retentionRatePlot(projection), 'line')).toHaveLength(1);
  const table = projectionTable(projection, {
    period: 'p',
    observed: 'o',
    projected: 'pr',
    observedRetention: 'or',
    projectedRetention: 'prr',
    use: 'u',
    fitted: 'fit',
    heldOut: 'held',
    projectedOnly: 'only',
  });
  expect(table.rows[7][5]).toBe('fit');
  expect(table.rows[8][5]).toBe('held');
  expect(table.rows[1][4]).toBe(0.6267);
});
