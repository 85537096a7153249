/** Campaign profit over the number of customers contacted: the ranking against random targeting, with the best k marked. */
import * as Plot from '@observablehq/plot';
import type { CampaignCurve } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface CampaignPlotOptions {
  width?: number;
  contactedLabel?: string;
  profitLabel?: string;
  modelLabel?: string;
  randomLabel?: string;
  bestLabel?: (k: number) => string;
  formatMoney?: (v: number) => string;
  formatCount?: (v: number) => string;
}

interface Point {
  k: number;
  profit: number;
  line: string;
}

export function campaignPlot(c: CampaignCurve, opts: CampaignPlotOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    contactedLabel = 'Customers contacted',
    profitLabel = 'Profit',
    modelLabel = 'Ranked',
    randomLabel = 'Random',
    bestLabel = (k: number) => `best: ${k}`,
    formatMoney = (v: number) => v.toFixed(0),
    formatCount = (v: number) => v.toFixed(0),
  } = opts;
  const points: Point[] = [
    ...c.ks.map((k, i) => ({ k, profit: c.model[i], line: modelLabel })),
    ...c.ks.map((k, i) => ({ k, profit: c.random[i], line: randomLabel })),
  ];
  const best = { k: c.best.k, profit: c.best.profit };
  return {
    width,
    height: 300,
    marginLeft: 72,
    marginRight: 24,
    x: { label: contactedLabel, tickFormat: formatCount, grid: true, labelAnchor: 'center' },
    y: { label: profitLabel, tickFormat: formatMoney, grid: true },
    color: { domain: [modelLabel, randomLabel], range: ['#2f6db5', '#9aa5b4'], legend: true },
    marks: [
      Plot.ruleY([0], { stroke: '#1c2430' }),
      Plot.line(points, { x: 'k', y: 'profit', stroke: 'line', strokeWidth: 2 }),
      Plot.ruleX([best], { x: 'k', stroke: '#b42318', strokeDasharray: '5,3' }),
      Plot.dot([best], { x: 'k', y: 'profit', fill: '#b42318', r: 4 }),
      Plot.text([best], { x: 'k', y: 'profit', text: () => bestLabel(best.k), dy: -10, fill: '#b42318' }),
    ],
  };
}

export function campaignTable(
  c: CampaignCurve,
  labels: { contacted: string; model: string; random: string; reached: string },
): ChartTable {
  return {
    columns: [
      { label: labels.contacted, kind: 'count' },
      { label: labels.model, kind: 'money' },
      { label: labels.random, kind: 'money' },
      { label: labels.reached, kind: 'number' },
    ],
    rows: c.ks.map((k, i) => [k, c.model[i], c.random[i], c.reached[i]]),
  };
}
