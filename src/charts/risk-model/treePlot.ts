/**
 * A fitted tree drawn with Plot's tree mark, root at the left: each node a dot labelled with the
 * condition that led to it, its churn rate and its customers (worded by the caller), down to
 * `depth` levels so that a deep tree stays readable; deeper nodes are left out of the drawing
 * (the rules list has every leaf).
 */
import * as Plot from '@observablehq/plot';
import type { RiskTreeNode } from '../../engine/api.ts';
import { textWidth } from '../chartData.ts';

export interface TreePlotOptions {
  width?: number;
  /** Levels drawn below the root (default 3). */
  depth?: number;
  /** A node's label: the root's is its customers and churn rate, any other's its condition too. */
  label: (node: RiskTreeNode, index: number) => string;
}

/** Path separator: a character no label holds. */
const SEP = '\u001f';

/** Each drawn node's path from the root, its labels joined by SEP. */
export function treePaths(nodes: RiskTreeNode[], opts: TreePlotOptions): { path: string; node: number }[] {
  const depth = opts.depth ?? 3;
  const paths: string[] = [];
  const out: { path: string; node: number }[] = [];
  nodes.forEach((node, i) => {
    // Labels never hold SEP; a slash in a level must not split the path.
    const own = opts.label(node, i).replaceAll(SEP, ' ');
    paths[i] = node.parent < 0 ? own : `${paths[node.parent]}${SEP}${own}`;
    if (node.depth <= depth) out.push({ path: paths[i], node: i });
  });
  return out;
}

export function treePlot(nodes: RiskTreeNode[], opts: TreePlotOptions): Plot.PlotOptions {
  const rows = treePaths(nodes, opts);
  const depth = opts.depth ?? 3;
  const shownLeaves = nodes.filter((n) => n.depth === depth || (n.depth < depth && n.children.length === 0));
  return {
    width: opts.width ?? 900,
    height: Math.max(120, shownLeaves.length * 30 + 40),
    axis: null,
    margin: 10,
    // The root's label stands left of its dot, the deepest ones right of theirs.
    marginLeft: nodes.length > 0 ? Math.ceil(textWidth(opts.label(nodes[0], 0), 11)) + 14 : 10,
    marginRight:
      Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.path.slice(r.path.lastIndexOf(SEP) + 1), 11)))) + 14,
    marks: [
      Plot.tree(rows, {
        path: 'path',
        delimiter: SEP,
        fontSize: 11,
        textStroke: 'var(--plot-background, white)',
        stroke: '#94a3b8',
        fill: '#1e6b52',
      }),
    ],
  };
}
