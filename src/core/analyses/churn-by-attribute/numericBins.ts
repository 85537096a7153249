/**
 * Bins of a numeric attribute for churn by attribute: quantile bins (equal numbers of
 * customers, as far as ties allow) or bands the user typed. Edges are ascending; bin k holds
 * edges[k] ≤ v < edges[k + 1], the last bin also its upper edge. Missing values (NaN) get -1.
 * Survival groups and triangle breakdowns cut numbers the same way.
 */

/** A number with at most this many distinct values is read as categories (e.g. 0/1, products held). */
export const MAX_NUMERIC_CATEGORIES = 12;
export const DEFAULT_BINS = 5;

export function distinctAtMost(values: Float64Array, limit: number): boolean {
  const seen = new Set<number>();
  for (const v of values) {
    if (v !== v) continue;
    seen.add(v);
    if (seen.size > limit) return false;
  }
  return true;
}

const plain = (v: number) => String(Number(v.toFixed(2)));

/** Whether every non-missing value is a whole number (counts, months, years). */
export function wholeNumbers(values: Float64Array): boolean {
  for (const v of values) if (v === v && !Number.isInteger(v)) return false;
  return true;
}

/**
 * One bin's label, its membership plain: whole-number data name the whole numbers the bin holds
 * ("2", "3–5"); other data the half-open range "[18.25, 35.5)", the top bin closed "[35.5, 72]".
 */
export function rangeLabel(lo: number, hi: number, closedTop: boolean, whole: boolean): string {
  if (lo === hi) return plain(lo);
  if (whole) {
    const first = Math.ceil(lo);
    const last = closedTop ? Math.floor(hi) : Math.ceil(hi) - 1;
    if (first === last) return String(first);
    if (first < last) return `${first}–${last}`;
  }
  return `[${plain(lo)}, ${plain(hi)}${closedTop ? ']' : ')'}`;
}

/** Each bin's range (bin k holds edges[k] ≤ v < edges[k + 1], the last bin its upper edge too). */
export function binLabels(edges: readonly number[], whole = false): string[] {
  const last = edges.length - 2;
  return edges.slice(0, -1).map((lo, k) => rangeLabel(lo, edges[k + 1], k === last, whole));
}

/** Quantile p of sorted values, linear between order statistics (R type 7, numpy's default). */
export function quantileSorted(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Edges of `count` quantile bins over the non-missing values; tied edges merge, so fewer bins may come back. */
export function quantileEdges(values: Float64Array, count: number): number[] {
  const present = values.filter((v) => v === v);
  present.sort();
  if (present.length === 0) return [];
  const edges: number[] = [];
  for (let k = 0; k <= count; k++) {
    const edge = quantileSorted(present, k / count);
    if (edges.length === 0 || edge > edges[edges.length - 1]) edges.push(edge);
  }
  if (edges.length === 1) edges.push(edges[0]);
  return edges;
}

/** Each value's bin under `edges` (-1 for missing values or values outside the edges). */
export function binCodes(values: Float64Array, edges: readonly number[]): Int32Array {
  const codes = new Int32Array(values.length).fill(-1);
  const bins = edges.length - 1;
  if (bins < 1) return codes;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= edges[0] && v <= edges[bins])) continue;
    // Binary search for the last edge ≤ v; the top edge belongs to the last bin.
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (edges[mid] <= v) lo = mid;
      else hi = mid - 1;
    }
    codes[i] = lo;
  }
  return codes;
}
