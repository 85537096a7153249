import { expect, test } from 'vitest';
import {
  frequencyPlot,
  frequencyTable,
  trackingPlot,
  trackingTable,
} from '../../src/charts/customer-lifetime-value/holdoutPlots.ts';
import { aliveRecencyPlot, aliveRecencyTable } from '../../src/charts/customer-lifetime-value/alivePlots.ts';
import { topCustomersPlot, topCustomersTable } from '../../src/charts/customer-lifetime-value/valuePlots.ts';
import { alive, holdout, value } from './clvFixtures.ts';

type Mark = { ariaLabel?: string; data?: unknown[] };
const marks = (options: { marks?: unknown[] }) => (options.marks ?? []).map((m) => m as Mark);
const named = (options: { marks?: unknown[] }, name: string) => marks(options).filter((m) => m.ariaLabel === name);

test('frequencyPlot draws an actual and an expected bar for each frequency group, the last labelled 7+', () => {
  const options = frequencyPlot(holdout, { lastGroupLabel: '≥ 7' });
  const bars = named(options, 'bar')[0].data as { group: string; series: string; value: number }[];
  expect(bars).toHaveLength(16);
  expect(bars.at(-1)).toEqual({ group: '≥ 7', series: 'Expected', value: 6.15 });
  expect((options.fx as { domain: string[] }).domain.at(-1)).toBe('≥ 7');
});

test('trackingPlot draws actual solid and expected dashed, and the rule between weeks 6 and 7', () => {
  const options = trackingPlot(holdout, true);
  const lines = named(options, 'line');
  expect(lines).toHaveLength(2);
  expect((lines[0].data as { value: number }[]).at(-1)?.value).toBe(427);
  expect(named(options, 'rule')[0].data).toEqual([6.5]);
});

test('frequencyTable and trackingTable hold every group and week', () => {
  const f = frequencyTable(holdout, { frequency: 'x', customers: 'n', actual: 'a', expected: 'e', lastGroup: '7+' });
  expect(f.rows.at(-1)).toEqual(['7+', 64, 6.34, 6.15]);
  const w = trackingTable(holdout, {
    week: 'w',
    start: 's',
    actual: 'a',
    expected: 'e',
    cumulativeActual: 'ca',
    cumulativeExpected: 'ce',
  });
  expect(w.rows[1]).toEqual([2, '1997-01-08', 19, 11.7, 19, 3.2 + 11.7]);
});

test('aliveRecencyPlot draws one curve per frequency and its table one column per curve', () => {
  const options = aliveRecencyPlot(alive, { curveLabel: (f) => `x = ${f}` });
  const points = named(options, 'line')[0].data as { curve: string }[];
  expect(new Set(points.map((p) => p.curve))).toEqual(new Set(['x = 1', 'x = 5']));
  const table = aliveRecencyTable(alive, { recency: 't_x', curve: (f) => `x = ${f}` });
  expect(table.rows[4]).toEqual([40, 0.86, 0.95]);
});

test('topCustomersPlot lists the customers highest first, and its table carries every prediction', () => {
  const options = topCustomersPlot(value);
  expect((options.y as { domain: string[] }).domain).toEqual(['20111', '12476', '09811']);
  const table = topCustomersTable(value, {
    id: 'id',
    frequency: 'x',
    recency: 't',
    T: 'T',
    pAlive: 'p',
    purchases: 'n',
    spend: 's',
    clv: 'c',
  });
  expect(table.rows[0]).toEqual(['20111', 41, 66, 67.9, 0.96, 23.8, 41.44, 939.48]);
  expect(table.columns.at(-1)).toEqual({ label: 'c', kind: 'money' });
});
