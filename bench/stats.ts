/** Small summaries of repeated runs. Medians, because a shared machine's noise is one-sided. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function spread(values: number[], digits = 1): Spread | null {
  if (values.length === 0) return null;
  const round = (x: number) => Number(x.toFixed(digits));
  return {
    median: round(median(values)),
    min: round(Math.min(...values)),
    max: round(Math.max(...values)),
    n: values.length,
  };
}

export function round(x: number, digits = 3): number {
  return Number(x.toFixed(digits));
}
