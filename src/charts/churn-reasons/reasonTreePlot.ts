/**
 * The voluntary / involuntary tree drawn left to right: churners who give a reason → branch →
 * churn type → the most named reasons of the type (and the rest pooled). Each node says its
 * count and its share of the churners who give a reason; leaves are spaced evenly and each
 * parent sits at the middle of its children.
 */
import * as Plot from '@observablehq/plot';
import type { ChurnBranch, ChurnReasonsResult, ChurnType } from '../../engine/api.ts';
import { truncateLabel, type ChartTable } from '../chartData.ts';

export interface TreeNode {
  depth: number;
  y: number;
  name: string;
  count: number;
  share: number;
  parent?: TreeNode;
}

export interface TreeWords {
  root: string;
  branch: (b: ChurnBranch) => string;
  type: (t: ChurnType) => string;
  others: (reasons: number) => string;
}

const DEFAULT_WORDS: TreeWords = {
  root: 'Churners',
  branch: (b) => b,
  type: (t) => t,
  others: (n) => `${n} other reasons`,
};

export function treeNodes(result: ChurnReasonsResult, words: TreeWords = DEFAULT_WORDS): TreeNode[] {
  const nodes: TreeNode[] = [];
  let leaf = 0;
  const root: TreeNode = { depth: 0, y: 0, name: words.root, count: result.withReason, share: 1 };
  const place = (node: TreeNode, children: TreeNode[]) => {
    node.y = children.length > 0 ? (children[0].y + children[children.length - 1].y) / 2 : leaf++;
    nodes.push(node);
  };
  const branches = result.tree.map((b) => {
    const branch: TreeNode = {
      depth: 1,
      y: 0,
      name: words.branch(b.branch),
      count: b.count,
      share: b.share,
      parent: root,
    };
    const types = b.types.map((t) => {
      const type: TreeNode = {
        depth: 2,
        y: 0,
        name: words.type(t.type),
        count: t.count,
        share: t.share,
        parent: branch,
      };
      const leaves: TreeNode[] = t.reasons.map((r) => ({ depth: 3, y: 0, ...r, name: r.label, parent: type }));
      if (t.others.reasons > 0)
        leaves.push({
          depth: 3,
          y: 0,
          name: words.others(t.others.reasons),
          count: t.others.count,
          share: result.withReason > 0 ? t.others.count / result.withReason : 0,
          parent: type,
        });
      leaves.forEach((l) => place(l, []));
      place(type, leaves);
      return type;
    });
    place(branch, types);
    return branch;
  });
  place(root, branches);
  return nodes;
}

export interface ReasonTreeOptions {
  width?: number;
  words?: TreeWords;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
}

export function reasonTreePlot(result: ChurnReasonsResult, opts: ReasonTreeOptions = {}): Plot.PlotOptions {
  const { width = 640, words = DEFAULT_WORDS, formatCount = String } = opts;
  const formatPercent = opts.formatPercent ?? ((r: number) => `${Math.round(r * 100)} %`);
  const nodes = treeNodes(result, words);
  const leaves = nodes.filter((n) => n.depth === 3).length;
  const links = nodes.filter((n) => n.parent);
  const figures = (n: TreeNode) => `${formatCount(n.count)} · ${formatPercent(n.share)}`;
  // An inner node's label wraps within its column (in ems of the 10 px type, less the 6 px offset
  // and a margin), its figures on a line of their own, growing upwards from just above its dot:
  // "Disappointed (price, service)" was cut to 24 characters and still ran into the next links.
  // Plot measures lines with a narrow sans-serif's widths; the app's type (DejaVu Sans on Linux) is
  // about a third wider, so the line is given 0.7 of the column.
  const columnPx = (width - 20) / 4.35;
  const innerLineWidth = Math.max(8, ((columnPx - 14) / 10) * 0.7);
  // A leaf's label has the last 1.35 columns: its name is cut to what fits there beside its figures
  // (at about 6.2 px a character), so "… · 10%" is not cut off at the chart's edge.
  const leafChars = (n: TreeNode) => Math.max(12, Math.floor((columnPx * 1.35 - 14) / 6.2) - figures(n).length - 2);
  const label = (n: TreeNode) =>
    n.depth === 3
      ? `${truncateLabel(n.name, leafChars(n))}  ${figures(n)}`
      : `${truncateLabel(n.name, 80)}\n${figures(n)}`;
  return {
    width,
    height: Math.max(120, leaves * 22 + 30),
    marginLeft: 10,
    marginRight: 10,
    x: { axis: null, domain: [0, 4.35] },
    y: { axis: null, domain: [-0.6, Math.max(0, leaves - 0.4)], reverse: true },
    marks: [
      Plot.link(links, {
        x1: (n: TreeNode) => n.parent!.depth,
        y1: (n: TreeNode) => n.parent!.y,
        x2: 'depth',
        y2: 'y',
        curve: 'bump-x',
        stroke: '#9aa5b1',
        strokeWidth: (n: TreeNode) => 1 + 6 * n.share,
        strokeOpacity: 0.6,
      }),
      Plot.dot(nodes, {
        x: 'depth',
        y: 'y',
        r: 3,
        fill: (n: TreeNode) => (n.depth === 3 ? 'white' : '#1c2430'),
        stroke: '#1c2430',
      }),
      // Inner nodes' labels sit above their dot, clear of the links leaving it; leaves' beside it.
      ...[true, false].map((inner) =>
        Plot.text(
          nodes.filter((n) => n.depth < 3 === inner),
          {
            x: 'depth',
            y: 'y',
            text: label,
            dx: 6,
            dy: inner ? -6 : 0,
            ...(inner ? { lineWidth: innerLineWidth, lineAnchor: 'bottom' as const } : {}),
            textAnchor: 'start',
            fill: '#1c2430',
            stroke: 'white',
            strokeWidth: 3,
            paintOrder: 'stroke',
          },
        ),
      ),
    ],
  };
}

export function reasonTreeTable(
  result: ChurnReasonsResult,
  labels: { branch: string; type: string; reason: string; count: string; share: string },
  words: TreeWords = DEFAULT_WORDS,
): ChartTable {
  const rows: (string | number)[][] = [];
  for (const b of result.tree)
    for (const t of b.types) {
      rows.push([words.branch(b.branch), words.type(t.type), '', t.count, t.share]);
      for (const r of t.reasons) rows.push([words.branch(b.branch), words.type(t.type), r.label, r.count, r.share]);
      if (t.others.reasons > 0)
        rows.push([
          words.branch(b.branch),
          words.type(t.type),
          words.others(t.others.reasons),
          t.others.count,
          t.others.count / result.withReason,
        ]);
    }
  return {
    columns: [
      { label: labels.branch, kind: 'text' },
      { label: labels.type, kind: 'text' },
      { label: labels.reason, kind: 'text' },
      { label: labels.count, kind: 'count' },
      { label: labels.share, kind: 'percent' },
    ],
    rows,
  };
}
