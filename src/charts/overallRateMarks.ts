/** The dashed line at the overall churn rate that rate-by-group bar charts draw, labelled above the frame. */
import * as Plot from '@observablehq/plot';

export function overallRateMarks(
  overall: number,
  label: string,
  formatPercent: (v: number) => string,
  dy = -14,
): Plot.Markish[] {
  return [
    Plot.ruleX([overall], { stroke: '#b42318', strokeDasharray: '5,3', strokeWidth: 1.5 }),
    Plot.text([overall], {
      x: (d: number) => d,
      frameAnchor: 'top',
      dy,
      text: () => `${label} ${formatPercent(overall)}`,
      fill: '#b42318',
      textAnchor: 'middle',
    }),
  ];
}
