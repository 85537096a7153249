/**
 * The R × F grid: customers by recency score and frequency score (1…levels each), with the mean
 * monetary value (over customers with a known amount) and the churned customers of each cell —
 * R rfm's heatmap (`rfm_heatmap`), with churn beside value.
 */
export interface GridCell {
  r: number;
  f: number;
  customers: number;
  meanMonetary: number;
  churned: number;
  churnRate: number;
}

export function rfmGrid(
  r: Uint8Array,
  f: Uint8Array,
  monetary: Float64Array,
  churned: Uint8Array,
  levels: number,
): GridCell[] {
  const cells = levels * levels;
  const customers = new Float64Array(cells);
  const money = new Float64Array(cells);
  const known = new Float64Array(cells);
  const lost = new Float64Array(cells);
  for (let i = 0; i < r.length; i++) {
    if (r[i] === 0 || f[i] === 0) continue;
    const k = (r[i] - 1) * levels + f[i] - 1;
    customers[k]++;
    if (churned[i] !== 0) lost[k]++;
    if (monetary[i] === monetary[i]) {
      money[k] += monetary[i];
      known[k]++;
    }
  }
  const out: GridCell[] = [];
  for (let k = 0; k < cells; k++)
    out.push({
      r: Math.floor(k / levels) + 1,
      f: (k % levels) + 1,
      customers: customers[k],
      meanMonetary: money[k] / known[k],
      churned: lost[k],
      churnRate: lost[k] / customers[k],
    });
  return out;
}
