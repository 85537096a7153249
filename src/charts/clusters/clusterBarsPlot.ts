/**
 * Each cluster's churn rate as a bar in the cluster's colour, its 95 % Wilson interval across the
 * bar's end, its size and share of customers beside it, and the clustered customers' overall rate
 * as a dashed line.
 */
import * as Plot from '@observablehq/plot';
import { overallRateMarks } from '../overallRateMarks.ts';
import type { ClustersResult } from '../../engine/api.ts';
import { textWidth, truncateLabel, type ChartTable } from '../chartData.ts';
import { clusterColors } from './clusterColors.ts';
import { pickable } from '../customerPicks.ts';

export interface ClusterBarsOptions {
  width?: number;
  clusterLabels?: string[];
  rateLabel?: string;
  overallLabel?: string;
  formatPercent?: (r: number) => string;
  sizeText?: (customers: number, share: number) => string;
  /** Called with a cluster's id when its bar is clicked: the customers behind it. */
  onPick?: (id: number) => void;
}

type Profile = ClustersResult['clusters'][number] & { label: string };

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function clusterBarsPlot(result: ClustersResult, opts: ClusterBarsOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    clusterLabels = result.clusters.map((c) => String(c.id)),
    rateLabel = 'Churn rate',
    overallLabel = 'all clustered',
    formatPercent = percent,
    sizeText = (n: number, s: number) => `n = ${n} (${percent(s)})`,
    onPick,
  } = opts;
  const rows: Profile[] = result.clusters.map((c, i) => ({ ...c, label: clusterLabels[i] }));
  const overall = result.overallChurnRate;
  const top = Math.max(overall, ...rows.map((r) => (Number.isFinite(r.high) ? r.high : r.churnRate)));
  const longest = rows.reduce((w, r) => Math.max(w, textWidth(truncateLabel(r.label, 36), 10)), 24);
  return {
    width,
    height: rows.length * 34 + 60,
    marginTop: 26,
    marginLeft: Math.min(300, 20 + Math.ceil(longest)),
    marginRight: 190,
    x: { label: rateLabel, domain: [0, Math.min(1, top * 1.1) || 1], grid: true, tickFormat: formatPercent },
    y: { label: null, domain: rows.map((r) => r.label), tickFormat: (d: string) => truncateLabel(d, 36) },
    color: { domain: rows.map((r) => r.label), range: clusterColors(rows.length) },
    marks: [
      Plot.barX(rows, {
        y: 'label',
        x: 'churnRate',
        fill: 'label',
        fillOpacity: 0.85,
        insetTop: 4,
        insetBottom: 4,
        ...(onPick ? { render: pickable(rows, (r: Profile) => onPick(r.id)) } : {}),
      }),
      Plot.ruleY(rows, { y: 'label', x1: 'low', x2: 'high', stroke: '#1c2430', strokeWidth: 1.5 }),
      // In the right margin, clear of the bars, the intervals and the overall line.
      Plot.text(rows, {
        y: 'label',
        frameAnchor: 'right',
        text: (r: Profile) => `${formatPercent(r.churnRate)}  ${sizeText(r.customers, r.share)}`,
        dx: 8,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      ...overallRateMarks(overall, overallLabel, formatPercent, -16),
      Plot.ruleX([0]),
    ],
  };
}

export function clusterBarsTable(
  result: ClustersResult,
  clusterLabels: string[],
  labels: {
    cluster: string;
    customers: string;
    share: string;
    churned: string;
    rate: string;
    low: string;
    high: string;
    meanValue: string;
    valueShare: string;
  },
): ChartTable {
  return {
    columns: [
      { label: labels.cluster, kind: 'text' },
      { label: labels.customers, kind: 'count' },
      { label: labels.share, kind: 'percent' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
      { label: labels.low, kind: 'percent' },
      { label: labels.high, kind: 'percent' },
      { label: labels.meanValue, kind: 'money' },
      { label: labels.valueShare, kind: 'percent' },
    ],
    rows: result.clusters.map((c, i) => [
      clusterLabels[i],
      c.customers,
      c.share,
      c.churned,
      c.churnRate,
      c.low,
      c.high,
      c.meanValue,
      c.valueShare,
    ]),
  };
}
