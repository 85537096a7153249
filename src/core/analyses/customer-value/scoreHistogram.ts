/**
 * The distribution of value scores: `bins` equal-width bins from the lowest to the highest
 * score, each half-open [a, b) but the last, which holds the highest score too (numpy.histogram's
 * convention), with how many of each bin's customers churned. Customers without a score are
 * left out. All scores equal: one bin.
 */
export interface ScoreHistogram {
  /** bins + 1 edges, ascending. */
  edges: number[];
  customers: number[];
  churned: number[];
}

export function scoreHistogram(score: Float64Array, churned: Uint8Array, bins = 30): ScoreHistogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`scoreHistogram: bins must be a positive integer`);
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < score.length; i++) {
    const s = score[i];
    if (s < min) min = s;
    if (s > max) max = s;
  }
  if (min > max) return { edges: [], customers: [], churned: [] };
  const count = max > min ? bins : 1;
  const width = (max - min) / count;
  const edges = Array.from({ length: count + 1 }, (_, b) => (b === count ? max : min + b * width));
  const customers = new Array<number>(count).fill(0);
  const lost = new Array<number>(count).fill(0);
  for (let i = 0; i < score.length; i++) {
    const s = score[i];
    if (s !== s) continue;
    let b = width > 0 ? Math.floor((s - min) / width) : 0;
    if (b >= count) b = count - 1;
    // The division can land a value on an edge's wrong side by one ulp: the edges decide.
    else if (s < edges[b]) b--;
    else if (b + 1 < count && s >= edges[b + 1]) b++;
    customers[b]++;
    lost[b] += churned[i];
  }
  return { edges, customers, churned: lost };
}
