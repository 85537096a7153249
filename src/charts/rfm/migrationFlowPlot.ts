/**
 * Segment migration as a flow chart: the segments at the earlier as-of date stacked on the
 * left, the segments now on the right, each block as tall as its customers, and a band from
 * left to right for every move as wide as the customers who made it (who moved from Champions
 * to At risk). Moves of fewer than `minShare` of all customers are left out and counted in the
 * note; a `follow`ed segment's moves are drawn strong and the rest faint.
 */
import * as Plot from '@observablehq/plot';
import type { RfmMigration } from '../../engine/api.ts';
import { segmentColour } from './segmentColours.ts';

export interface MigrationFlowOptions {
  width?: number;
  fromNames?: string[];
  toNames?: string[];
  thenLabel?: string;
  nowLabel?: string;
  /** A code of migration.from whose moves stand out. */
  follow?: string;
  /** Moves under this share of all customers are not drawn (default 0.2 %). */
  minShare?: number;
  /** The note on moves left out: receives how many moves and customers. */
  hiddenLabel?: (moves: number, customers: number) => string;
  formatCount?: (n: number) => string;
}

export interface FlowNode {
  side: 0 | 1;
  code: string;
  name: string;
  count: number;
  y1: number;
  y2: number;
}

export interface FlowLink {
  from: string;
  to: string;
  fromCode: string;
  count: number;
  y1: number;
  y2: number;
}

/** Blocks and bands in customer units: blocks stacked top-down with a gap, each band within its two blocks. */
export function migrationFlow(m: RfmMigration, fromNames = m.from, toNames = m.to) {
  const total = m.counts.reduce((s, row) => s + row.reduce((a, b) => a + b, 0), 0);
  const gap = total * 0.012;
  const fromTotals = m.counts.map((row) => row.reduce((a, b) => a + b, 0));
  const toTotals = m.to.map((_, j) => m.counts.reduce((s, row) => s + row[j], 0));
  const stack = (totals: number[], side: 0 | 1, codes: string[], names: string[]) => {
    let y = 0;
    const nodes: FlowNode[] = [];
    totals.forEach((count, k) => {
      if (count === 0) return;
      nodes.push({ side, code: codes[k], name: names[k], count, y1: y, y2: y + count });
      y += count + gap;
    });
    return nodes;
  };
  const left = stack(fromTotals, 0, m.from, fromNames);
  const right = stack(toTotals, 1, m.to, toNames);
  const leftAt = new Map(left.map((n) => [n.code, n]));
  const rightAt = new Map(right.map((n) => [n.code, n]));
  const outCursor = new Map(left.map((n) => [n.code, n.y1]));
  const inCursor = new Map(right.map((n) => [n.code, n.y1]));
  const links: FlowLink[] = [];
  m.counts.forEach((row, i) =>
    row.forEach((count, j) => {
      if (count === 0) return;
      const a = leftAt.get(m.from[i])!;
      const b = rightAt.get(m.to[j])!;
      const y1 = outCursor.get(a.code)! + count / 2;
      const y2 = inCursor.get(b.code)! + count / 2;
      outCursor.set(a.code, y1 + count / 2);
      inCursor.set(b.code, y2 + count / 2);
      links.push({ from: fromNames[i], to: toNames[j], fromCode: m.from[i], count, y1, y2 });
    }),
  );
  const height = Math.max(...[...left, ...right].map((n) => n.y2), 1);
  return { nodes: [...left, ...right], links, total, height };
}

export function migrationFlowPlot(m: RfmMigration, opts: MigrationFlowOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    fromNames = m.from,
    toNames = m.to,
    thenLabel = m.asOf,
    nowLabel = 'now',
    follow,
    minShare = 0.002,
    hiddenLabel = (moves, customers) => `${moves} smaller moves (${customers} customers) not drawn`,
    formatCount = String,
  } = opts;
  const flow = migrationFlow(m, fromNames, toNames);
  const shown = flow.links.filter((l) => l.count >= minShare * flow.total || l.fromCode === follow);
  const hidden = flow.links.filter((l) => !shown.includes(l));
  const plotHeight = 440;
  const marginTop = 30;
  const marginBottom = 24;
  const perCustomer = (plotHeight - marginTop - marginBottom) / flow.height;
  const labelled = (n: FlowNode) => `${n.name} · ${formatCount(n.count)}`;
  const longest = (side: 0 | 1) =>
    flow.nodes.filter((n) => n.side === side).reduce((w, n) => Math.max(w, [...labelled(n)].length), 4);
  const wide = flow.nodes.some((n) => /[\u2E80-\uFFEF]/.test(n.name));
  const charWidth = wide ? 11.5 : 6.2;
  const colour = new Map(m.from.map((code, k) => [code, segmentColour(code, k)]));
  const strong = (l: FlowLink) => follow === undefined || l.fromCode === follow;
  return {
    width,
    height: plotHeight,
    marginLeft: Math.min(width * 0.3, 12 + longest(0) * charWidth),
    marginRight: Math.min(width * 0.3, 12 + longest(1) * charWidth),
    marginTop,
    marginBottom,
    x: { domain: [0, 1], axis: null },
    y: { domain: [0, flow.height], reverse: true, axis: null },
    marks: [
      Plot.link(
        // Faint bands first, so the followed ones lie on top.
        [...shown.filter((l) => !strong(l)), ...shown.filter(strong)],
        {
          x1: 0.02,
          x2: 0.98,
          y1: 'y1',
          y2: 'y2',
          curve: 'bump-x',
          stroke: (l: FlowLink) => colour.get(l.fromCode),
          strokeOpacity: (l: FlowLink) => (strong(l) ? 0.55 : 0.12),
          strokeWidth: (l: FlowLink) => Math.max(0.75, l.count * perCustomer),
          title: (l: FlowLink) => `${l.from} → ${l.to}: ${formatCount(l.count)}`,
        },
      ),
      Plot.rect(flow.nodes, {
        x1: (n: FlowNode) => (n.side === 0 ? 0 : 0.98),
        x2: (n: FlowNode) => (n.side === 0 ? 0.02 : 1),
        y1: 'y1',
        y2: 'y2',
        fill: (n: FlowNode) => segmentColour(n.code, m.from.indexOf(n.code)),
        stroke: '#1c2430',
        strokeWidth: 0.5,
      }),
      ...([0, 1] as const).map((side) =>
        Plot.text(
          flow.nodes.filter((n) => n.side === side && n.count * perCustomer >= 7),
          {
            x: side,
            y: (n: FlowNode) => (n.y1 + n.y2) / 2,
            text: labelled,
            textAnchor: side === 0 ? 'end' : 'start',
            dx: side === 0 ? -6 : 6,
            fontSize: 10,
            fill: '#1c2430',
          },
        ),
      ),
      Plot.text([thenLabel, nowLabel], {
        x: (_: string, i: number) => i,
        frameAnchor: 'top',
        dy: -16,
        text: (d: string) => d,
        fontWeight: 'bold',
        fontSize: 12,
      } as Plot.TextOptions),
      ...(hidden.length > 0
        ? [
            Plot.text(
              [
                hiddenLabel(
                  hidden.length,
                  hidden.reduce((s, l) => s + l.count, 0),
                ),
              ],
              {
                frameAnchor: 'bottom',
                dy: 18,
                text: (d: string) => d,
                fill: '#5b6470',
                fontSize: 10,
              },
            ),
          ]
        : []),
    ],
  };
}
