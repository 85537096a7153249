/**
 * A Bayesian-network classifier drawn with Plot's tree mark. Naive Bayes: churn at the left,
 * an edge to every feature (strongest I(X; churn) first). TAN: churn, then the Chow–Liu tree
 * over the features from its root feature; churn also points at every feature, which the
 * caller says in words (drawing those edges too would hide the tree).
 */
import * as Plot from '@observablehq/plot';
import type { RiskNetworkExplained, RiskNetworkFeature } from '../../engine/api.ts';
import { textWidth } from '../chartData.ts';

export interface NetworkPlotOptions {
  width?: number;
  classLabel: string;
  label: (feature: RiskNetworkFeature) => string;
}

const SEP = '\u001f';

export function networkPaths(net: RiskNetworkExplained, opts: NetworkPlotOptions): string[] {
  const own = (f: RiskNetworkFeature) => opts.label(f).replaceAll(SEP, ' ');
  const root = opts.classLabel.replaceAll(SEP, ' ');
  if (net.kind === 'naive-bayes' || net.root < 0)
    return [
      root,
      ...[...net.features].sort((a, b) => b.classInformation - a.classInformation).map((f) => `${root}${SEP}${own(f)}`),
    ];
  const paths: string[] = [root];
  const path = (j: number): string => {
    const f = net.features[j];
    return f.parent < 0 ? `${root}${SEP}${own(f)}` : `${path(f.parent)}${SEP}${own(f)}`;
  };
  net.features.forEach((_, j) => paths.push(path(j)));
  return paths;
}

export function networkPlot(net: RiskNetworkExplained, opts: NetworkPlotOptions): Plot.PlotOptions {
  const paths = networkPaths(net, opts);
  const leaves = paths.filter((p) => !paths.some((q) => q.startsWith(p + SEP))).length;
  const last = (p: string) => p.slice(p.lastIndexOf(SEP) + 1);
  return {
    width: opts.width ?? 900,
    height: Math.max(120, leaves * 24 + 30),
    axis: null,
    margin: 10,
    marginLeft: 14,
    marginRight: Math.ceil(Math.max(0, ...paths.map((p) => textWidth(last(p), 11)))) + 14,
    marks: [
      Plot.tree(
        paths.map((path) => ({ path })),
        {
          path: 'path',
          delimiter: SEP,
          fontSize: 11,
          stroke: '#94a3b8',
          fill: '#1e6b52',
          // Every label right of its dot, on a halo: a TAN chain is deep, and labels left of inner dots collide.
          textLayout: 'normal',
          textStroke: 'white',
        },
      ),
    ],
  };
}
