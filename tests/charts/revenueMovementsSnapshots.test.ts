/** The revenue charts: normalised SVG snapshots, and what their builders compute. */
import { describe, expect, test } from 'vitest';
import { bridgeSteps, revenueBridgePlot } from '../../src/charts/revenue-movements/revenueBridgePlot.ts';
import { movementBars, revenueMovementsPlot } from '../../src/charts/revenue-movements/revenueMovementsPlot.ts';
import { retentionPoints, revenueRetentionPlot } from '../../src/charts/revenue-movements/revenueRetentionPlot.ts';
import { contractionAlertsPlot } from '../../src/charts/revenue-movements/contractionAlertsPlot.ts';
import { alertsTable, bridgeTable, movementsTable } from '../../src/charts/revenue-movements/revenueMovementsTable.ts';
import { DEFAULT_LABELS } from '../../src/charts/revenue-movements/movementStyle.ts';
import { alerts, revenueRows } from './revenueFixtures.ts';
import { expectPlotSnapshot, plotElement } from './plotSnapshot.ts';

test('revenueBridgePlot(2011-02) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(revenueBridgePlot(revenueRows[1])), 'revenueBridge');
});

test('revenueMovementsPlot(three periods, the first faded) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(revenueMovementsPlot(revenueRows)), 'revenueMovements');
});

test('revenueRetentionPlot(three periods) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(revenueRetentionPlot(revenueRows)), 'revenueRetention');
});

test('contractionAlertsPlot(three customers) renders the same SVG', async () => {
  await expectPlotSnapshot(plotElement(contractionAlertsPlot(alerts)), 'contractionAlerts');
});

describe('revenue chart builders', () => {
  test('bridgeSteps(row) walks from the start to the end: gains up from the running total, losses down', () => {
    const steps = bridgeSteps(revenueRows[1]);
    // 51,000 + 9,000 new + 7,000 expansion + 3,000 reactivated − 5,000 contraction − 14,000 churned = 51,000.
    expect(steps.map((s) => [s.bar, s.y1, s.y2])).toEqual([
      ['start', 0, 51_000],
      ['new', 51_000, 60_000],
      ['expansion', 60_000, 67_000],
      ['reactivated', 67_000, 70_000],
      ['contraction', 70_000, 65_000],
      ['churned', 65_000, 51_000],
      ['end', 0, 51_000],
    ]);
  });

  test('movementBars(rows) signs losses negative and fades a period with an incomplete base', () => {
    const bars = movementBars(revenueRows);
    expect(bars.filter((b) => b.period === '2011-02').map((b) => b.value)).toEqual([
      9_000, 7_000, 3_000, -5_000, -14_000,
    ]);
    expect(bars.filter((b) => b.faded).map((b) => b.period)).toEqual(Array(5).fill('2011-01'));
  });

  test('retentionPoints(rows) gives GRR and NRR per period, an incomplete base marked', () => {
    const points = retentionPoints(revenueRows, 'GRR', 'NRR');
    expect(points.slice(2, 4)).toEqual([
      { period: '2011-02', measure: 'GRR', value: 32 / 51, complete: true },
      { period: '2011-02', measure: 'NRR', value: 39 / 51, complete: true },
    ]);
    expect(points[0].complete).toBe(false);
  });

  test('movementsTable(rows) has a column per movement, the ratios and the customers, one row per period', () => {
    const labels = {
      period: 'Period',
      movements: DEFAULT_LABELS,
      customersOf: (m: string) => `Customers: ${m}`,
      grr: 'GRR',
      nrr: 'NRR',
      quickRatio: 'Quick ratio',
      contractionShare: 'Contraction share',
      refunds: 'Refunds',
      complete: 'Complete',
      yes: 'yes',
      no: 'no',
    };
    const table = movementsTable(revenueRows, labels);
    expect(table.columns.map((c) => c.label).slice(0, 8)).toEqual([
      'Period',
      'Start',
      'New',
      'Expansion',
      'Reactivated',
      'Contraction',
      'Churned',
      'End',
    ]);
    expect(table.rows[1].slice(0, 8)).toEqual(['2011-02', 51_000, 9_000, 7_000, 3_000, 5_000, 14_000, 51_000]);
    expect(table.rows.map((r) => r.at(-1))).toEqual(['no', 'yes', 'yes']);
  });

  test('bridgeTable(row) lists the waterfall with losses negative; alertsTable(alerts) one column per month', () => {
    const bridge = bridgeTable(revenueRows[1], { movement: 'Movement', revenue: 'Revenue', customers: 'Customers' });
    expect(bridge.rows.map((r) => r[1])).toEqual([51_000, 9_000, 7_000, 3_000, -5_000, -14_000, 51_000]);
    const table = alertsTable(alerts, { customer: 'Customer', prior: 'Prior', recent: 'Recent', drop: 'Drop' });
    expect(table.columns.length).toBe(4 + 6);
    expect(table.rows[0].slice(0, 3)).toEqual(['15125', 3_400, 480]);
    // The drop as a ratio for the percent column: 85.9 % (1e-12, the division's rounding).
    expect(table.rows[0][3]).toBeCloseTo(0.859, 12);
  });
});
