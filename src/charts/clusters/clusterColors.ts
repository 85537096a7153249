/** One colour per cluster, the same in every clusters chart (Observable 10, then Tableau 10 for k > 10). */
const PALETTE = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
  '#9c6b4e',
  '#9498a0',
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
];

/** The colours of clusters 1…k. */
export const clusterColors = (k: number): string[] => PALETTE.slice(0, k);
