/**
 * The matrix k-means reads: one row per customer with a value for every feature, one column per
 * numeric feature and one 0/1 column per level of a categorical feature (one-hot, every level
 * kept). A categorical feature with more than `maxLevels` levels keeps its most frequent
 * maxLevels − 1 and pools the rest in one column. A customer missing any feature is left out and
 * counted under each feature it misses: clustering needs every coordinate, and filling a gap with
 * a guess would place the customer where the guess puts them.
 */

export type FeatureInput =
  | { name: string; kind: 'number'; values: Float64Array }
  | { name: string; kind: 'category'; codes: Int32Array; levels: string[] };

/** A matrix column: a numeric feature, or one level of a categorical one (`pooled`: the levels beyond maxLevels). */
export interface MatrixColumn {
  feature: string;
  level?: string;
  pooled?: boolean;
}

export interface FeatureMatrix {
  /** rows × columns.length, row-major, in original units. */
  x: Float64Array;
  /** The customer (row of the customer table) of each matrix row. */
  rows: Int32Array;
  columns: MatrixColumn[];
  /** Per feature, the customers without a value. */
  missing: number[];
  /** Customers left out for missing some feature. */
  leftOut: number;
}

export const MAX_LEVELS = 12;

function complete(features: FeatureInput[], customers: number): { keep: Uint8Array; missing: number[] } {
  const keep = new Uint8Array(customers).fill(1);
  const missing = features.map((feature) => {
    let count = 0;
    for (let c = 0; c < customers; c++) {
      const absent = feature.kind === 'number' ? feature.values[c] !== feature.values[c] : feature.codes[c] < 0;
      if (absent) {
        count++;
        keep[c] = 0;
      }
    }
    return count;
  });
  return { keep, missing };
}

/** A categorical feature's levels as matrix columns: the most frequent first, the rest pooled. */
function levelColumns(
  feature: Extract<FeatureInput, { kind: 'category' }>,
  rows: Int32Array,
  maxLevels: number,
): { columns: MatrixColumn[]; columnOf: Int32Array } {
  const counts = new Float64Array(feature.levels.length);
  for (let r = 0; r < rows.length; r++) counts[feature.codes[rows[r]]]++;
  const order = Array.from(feature.levels.keys())
    .filter((l) => counts[l] > 0)
    .sort((a, b) => counts[b] - counts[a] || a - b);
  const kept = order.length > maxLevels ? order.slice(0, maxLevels - 1) : order;
  const columnOf = new Int32Array(feature.levels.length).fill(kept.length);
  kept.forEach((l, i) => (columnOf[l] = i));
  const columns: MatrixColumn[] = kept.map((l) => ({ feature: feature.name, level: feature.levels[l] }));
  if (order.length > kept.length) columns.push({ feature: feature.name, level: '', pooled: true });
  return { columns, columnOf };
}

export function featureMatrix(features: FeatureInput[], customers: number, maxLevels = MAX_LEVELS): FeatureMatrix {
  const { keep, missing } = complete(features, customers);
  let n = 0;
  for (let c = 0; c < customers; c++) n += keep[c];
  const rows = new Int32Array(n);
  for (let c = 0, r = 0; c < customers; c++) if (keep[c]) rows[r++] = c;
  const parts = features.map((feature) =>
    feature.kind === 'number'
      ? { columns: [{ feature: feature.name }], columnOf: null }
      : levelColumns(feature, rows, maxLevels),
  );
  const columns = parts.flatMap((p) => p.columns);
  const d = columns.length;
  const x = new Float64Array(n * d);
  let offset = 0;
  features.forEach((feature, k) => {
    const { columnOf } = parts[k];
    if (feature.kind === 'number') for (let r = 0; r < n; r++) x[r * d + offset] = feature.values[rows[r]];
    else for (let r = 0; r < n; r++) x[r * d + offset + columnOf![feature.codes[rows[r]]]] = 1;
    offset += parts[k].columns.length;
  });
  return { x, rows, columns, missing, leftOut: customers - n };
}
