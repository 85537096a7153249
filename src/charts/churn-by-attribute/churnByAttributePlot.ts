/**
 * Churn rate by the values of one attribute: a bar per value labelled with its rate and its
 * number of customers, its 95 % Wilson interval as a rule across the bar's end, and the overall
 * rate as a dashed reference line. Groups too small to rank on are left out of the drawing.
 */
import * as Plot from '@observablehq/plot';
import type { AttributeChurnResult, CustomerSelection } from '../../engine/api.ts';
import { overallRateMarks } from '../overallRateMarks.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';
import { pickable } from '../customerPicks.ts';

export type AttributeGroup = AttributeChurnResult['groups'][number];

export interface ChurnByAttributeOptions {
  width?: number;
  /** The chart shows the largest groups (by customers); the table shows them all. */
  maxGroups?: number;
  rateLabel?: string;
  overallLabel?: string;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
  color?: string;
  /** Called with a group when its bar is clicked: the customers behind it. */
  onPick?: (group: AttributeGroup) => void;
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

/** The groups the chart draws: those not too small, at most the `maxGroups` largest, in the result's order. */
export function chartedGroups(result: AttributeChurnResult, maxGroups = 25): AttributeGroup[] {
  const sized = result.groups.filter((g) => !g.small);
  const largest = new Set([...sized].sort((a, b) => b.count - a.count).slice(0, maxGroups));
  return sized.filter((g) => largest.has(g));
}

export function churnByAttributePlot(
  result: AttributeChurnResult,
  opts: ChurnByAttributeOptions = {},
): Plot.PlotOptions {
  const {
    width = 640,
    maxGroups = 25,
    rateLabel = 'Churn rate',
    overallLabel = 'overall',
    formatPercent = percent,
    formatCount = (n: number) => String(n),
    color = '#2f6db5',
    onPick,
  } = opts;
  const groups = chartedGroups(result, maxGroups);
  const overall = result.overall.rate;
  const top = Math.max(overall, ...groups.map((g) => (Number.isFinite(g.high) ? g.high : g.rate)));
  const longest = groups.reduce((n, g) => Math.max(n, truncateLabel(g.label).length), 4);
  return {
    width,
    height: groups.length * 30 + 56,
    marginTop: 24,
    marginLeft: Math.min(210, 16 + longest * 7),
    marginRight: 120,
    x: { label: rateLabel, domain: [0, Math.min(1, top * 1.12) || 1], grid: true, tickFormat: formatPercent },
    y: { label: null, domain: groups.map((g) => g.label), tickFormat: (d: string) => truncateLabel(d) },
    marks: [
      Plot.barX(groups, {
        y: 'label',
        x: 'rate',
        fill: color,
        fillOpacity: 0.75,
        insetTop: 4,
        insetBottom: 4,
        ...(onPick ? { render: pickable(groups, onPick) } : {}),
      }),
      Plot.ruleY(groups, { y: 'label', x1: 'low', x2: 'high', stroke: '#1c2430', strokeWidth: 1.5 }),
      Plot.tickX(groups, { y: 'label', x: 'low', stroke: '#1c2430', insetTop: 9, insetBottom: 9 }),
      Plot.tickX(groups, { y: 'label', x: 'high', stroke: '#1c2430', insetTop: 9, insetBottom: 9 }),
      Plot.text(groups, {
        y: 'label',
        x: (g: AttributeGroup) => (Number.isFinite(g.high) ? g.high : g.rate),
        text: (g: AttributeGroup) => `${formatPercent(g.rate)}  n = ${formatCount(g.count)}`,
        dx: 6,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      ...overallRateMarks(overall, overallLabel, formatPercent),
      Plot.ruleX([0]),
    ],
  };
}

export function churnByAttributeTable(
  result: AttributeChurnResult,
  labels: {
    value: string;
    customers: string;
    churned: string;
    rate: string;
    low: string;
    high: string;
    riskRatio: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.value, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.riskRatio, kind: 'ratio' },
    ],
    rows: result.groups.map((g) => [g.label, g.count, g.churned, g.rate, g.low, g.high, g.riskRatio]),
  };
}

/** The customers behind a group's bar: its value, or its bin under the edges the result cut by. */
export function groupSelection(result: AttributeChurnResult, group: AttributeGroup): CustomerSelection {
  const rules = result.stamp.parameters.attributeRules;
  const attributeRules = rules && Object.hasOwn(rules, result.column) ? { attributeRules: rules } : {};
  if (result.binned && group.range)
    return {
      kind: 'attribute-bin',
      column: result.column,
      edges: result.binned.edges,
      bin: result.binned.edges.indexOf(group.range[0]),
      ...attributeRules,
    };
  return { kind: 'attribute', column: result.column, values: [group.label], ...attributeRules };
}

/** The group a sentence for screen readers leads with: the highest rate among groups of some size. */
export function riskiestGroup(result: AttributeChurnResult): AttributeGroup | null {
  const sized = result.groups.filter((g) => !g.small);
  const pool = sized.length > 0 ? sized : result.groups;
  return pool.reduce<AttributeGroup | null>((best, g) => (!best || g.rate > best.rate ? g : best), null);
}
