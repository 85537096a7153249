/**
 * What each drawn chart gives the report: its picture, its table as shown and as exported. A
 * ChartFrame registers itself under its `<figure>`; the report reads the figures a cell holds, in
 * page order. A WeakMap, so a chart removed from the page is forgotten with its element.
 */
import type { ReportChart } from '../engine/api.ts';

const sources = new WeakMap<Element, () => ReportChart>();

export function registerReportChart(figure: Element, read: () => ReportChart): () => void {
  sources.set(figure, read);
  return () => {
    if (sources.get(figure) === read) sources.delete(figure);
  };
}

/** The chart drawn in `figure`, or null when it is not a registered chart. */
export function reportChartOf(figure: Element): ReportChart | null {
  return sources.get(figure)?.() ?? null;
}
