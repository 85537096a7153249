/** A column's distribution as Plot options: a histogram for numbers and dates, bars for top values. */
import * as Plot from '@observablehq/plot';
import type { ColumnProfile } from '../../engine/api.ts';

export interface ColumnProfileOptions {
  width?: number;
  countLabel?: string;
  formatCount?: (n: number) => string;
  color?: string;
}

interface Bin {
  x1: number | Date;
  x2: number | Date;
  count: number;
}

const isTemporal = (type: ColumnProfile['type']) => type === 'date' || type === 'datetime';

export function columnProfilePlot(profile: ColumnProfile, opts: ColumnProfileOptions = {}): Plot.PlotOptions {
  const { width = 520, countLabel = 'Count', formatCount = (n: number) => String(n), color = '#2f6db5' } = opts;
  const p = profile.profile;
  if (p.kind === 'numeric') {
    const asX = isTemporal(profile.type) ? (v: number) => new Date(v) : (v: number) => v;
    const bins: Bin[] = p.counts.map((count, i) => ({ x1: asX(p.edges[i]), x2: asX(p.edges[i + 1]), count }));
    return {
      width,
      height: 200,
      marginLeft: 48,
      x: { label: profile.column, type: isTemporal(profile.type) ? 'utc' : 'linear' },
      y: { label: countLabel, grid: true, tickFormat: formatCount },
      marks: [
        Plot.rectY(bins, { x1: 'x1', x2: 'x2', y: 'count', fill: color, insetLeft: 0.5, insetRight: 0.5, tip: true }),
        Plot.ruleY([0]),
      ],
    };
  }
  const top = p.top;
  const longest = top.reduce((n, d) => Math.max(n, d.value.length), 4);
  return {
    width,
    height: Math.max(60, top.length * 22 + 36),
    marginLeft: Math.min(180, 12 + longest * 7),
    marginRight: 48,
    x: { label: countLabel, grid: true, tickFormat: formatCount },
    y: { label: null, domain: top.map((d) => d.value) },
    marks: [
      Plot.barX(top, { x: 'count', y: 'value', fill: color, tip: true }),
      Plot.text(top, {
        x: 'count',
        y: 'value',
        text: (d: { count: number }) => formatCount(d.count),
        dx: 4,
        textAnchor: 'start',
      }),
      Plot.ruleX([0]),
    ],
  };
}
