/** Churn definitions compared on the same customers: the churn rate each one gives. */
import * as Plot from '@observablehq/plot';
import type { ChurnDefinition, DefinitionComparison } from '../../engine/api.ts';
import type { ChartTable } from '../chartData.ts';

export interface DefinitionLabOptions {
  width?: number;
  rateLabel?: string;
  /** The short name of definition i (0-based), e.g. "D1". */
  nameOf?: (i: number) => string;
  formatPercent?: (ratio: number) => string;
  formatCount?: (n: number) => string;
}

interface DefinitionBar {
  name: string;
  rate: number;
  churned: number;
}

const percent = (r: number) => `${(r * 100).toFixed(1)} %`;

export function definitionLabPlot(comparison: DefinitionComparison, opts: DefinitionLabOptions = {}): Plot.PlotOptions {
  const {
    width = 640,
    rateLabel = 'Churn rate',
    nameOf = (i: number) => `D${i + 1}`,
    formatPercent = percent,
    formatCount = (n: number) => String(n),
  } = opts;
  const bars: DefinitionBar[] = comparison.definitions.map((d, i) => ({
    name: nameOf(i),
    rate: d.rate,
    churned: d.churned,
  }));
  const top = Math.max(0, ...bars.map((b) => b.rate));
  return {
    width,
    height: bars.length * 34 + 48,
    marginLeft: 48,
    marginRight: 120,
    x: { label: rateLabel, domain: [0, Math.min(1, top * 1.1) || 1], grid: true, tickFormat: formatPercent },
    y: { label: null, domain: bars.map((b) => b.name) },
    marks: [
      Plot.barX(bars, { y: 'name', x: 'rate', fill: '#2f6db5', fillOpacity: 0.8, insetTop: 5, insetBottom: 5 }),
      Plot.text(bars, {
        y: 'name',
        x: 'rate',
        text: (b: DefinitionBar) => `${formatPercent(b.rate)} (${formatCount(b.churned)})`,
        dx: 6,
        textAnchor: 'start',
        fill: '#1c2430',
      }),
      Plot.ruleX([0]),
    ],
  };
}

export function definitionLabTable(
  comparison: DefinitionComparison,
  labels: { name: string; definition: string; churned: string; rate: string },
  nameOf: (i: number) => string = (i) => `D${i + 1}`,
  /** The definition in words (the UI's language). */
  describe: (d: ChurnDefinition) => string = (d) => d.kind,
): ChartTable {
  return {
    columns: [
      { label: labels.name, kind: 'text' },
      { label: labels.definition, kind: 'text' },
      { label: labels.churned, kind: 'count' },
      { label: labels.rate, kind: 'percent' },
    ],
    rows: comparison.definitions.map((d, i) => [nameOf(i), describe(d.definition), d.churned, d.rate]),
  };
}
