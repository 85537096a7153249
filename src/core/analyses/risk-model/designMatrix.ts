/**
 * The design matrix of a linear model, fitted on the training rows only: numbers z-scored with
 * the training mean and standard deviation (population, as scikit-learn's StandardScaler), a
 * missing number set to the training mean (z = 0); categories one-hot, one column per level
 * seen in training, or — with `reference` — without the most frequent level, which the others
 * are then compared with (an unpenalised fit needs this, or the levels and the intercept are
 * collinear). A level unseen in training, or a missing category, is all zeros.
 */
import type { DesignData } from './designData.ts';
import type { DesignTerm, FeatureSource } from './featureSource.ts';

export type DesignColumn =
  { source: number; kind: 'z'; mean: number; sd: number } | { source: number; kind: 'level'; code: number };

export interface Design {
  columns: DesignColumn[];
  terms: DesignTerm[];
  /** Features without a column: constant on the training rows (one level, or no spread). */
  constant: string[];
  /** The level each categorical feature is compared with (with `reference`). */
  references: Record<string, string>;
}

const BLOCK = 4096;

/**
 * The count, mean and sum of squared deviations of the rows' numbers (NaN skipped), in one pass
 * over memory: two passes (the mean, then deviations from it — no cancellation on large values)
 * within each block of rows while it is in cache, blocks merged exactly (Chan, Golub & LeVeque,
 * Am. Stat. 37 (1983): M2 = M2a + M2b + δ² nₐn_b / n).
 */
function meanAndSquares(values: Float64Array, rows: Int32Array): { n: number; mean: number; m2: number } {
  let n = 0;
  let mean = 0;
  let m2 = 0;
  const block = new Float64Array(BLOCK);
  for (let start = 0; start < rows.length; start += BLOCK) {
    const end = Math.min(start + BLOCK, rows.length);
    let k = 0;
    let sum = 0;
    for (let i = start; i < end; i++) {
      const v = values[rows[i]];
      if (v === v) {
        block[k++] = v;
        sum += v;
      }
    }
    if (k === 0) continue;
    const bm = sum / k;
    let bm2 = 0;
    for (let i = 0; i < k; i++) bm2 += (block[i] - bm) * (block[i] - bm);
    const total = n + k;
    const delta = bm - mean;
    mean += (delta * k) / total;
    m2 += bm2 + (delta * delta * n * k) / total;
    n = total;
  }
  return { n, mean, m2 };
}

export function fitDesign(sources: FeatureSource[], rows: Int32Array, reference = false): Design {
  const columns: DesignColumn[] = [];
  const terms: DesignTerm[] = [];
  const constant: string[] = [];
  const references: Record<string, string> = {};
  sources.forEach((s, source) => {
    if (s.kind === 'numeric') {
      const { n, mean, m2 } = meanAndSquares(s.values, rows);
      const sd = n > 0 ? Math.sqrt(m2 / n) : 0;
      if (!(sd > 1e-12 * Math.max(1, Math.abs(mean)))) constant.push(s.name);
      else {
        columns.push({ source, kind: 'z', mean, sd });
        terms.push({ feature: s.name });
      }
      return;
    }
    const counts = new Float64Array(s.levels.length);
    const codes = s.codes;
    for (let i = 0; i < rows.length; i++) {
      const c = codes[rows[i]];
      if (c >= 0) counts[c]++;
    }
    const seen = Array.from(counts.keys()).filter((k) => counts[k] > 0);
    if (seen.length < 2) {
      constant.push(s.name);
      return;
    }
    let ref = -1;
    if (reference) {
      ref = seen[0];
      for (const k of seen) if (counts[k] > counts[ref]) ref = k;
      references[s.name] = s.levels[ref];
    }
    for (const code of seen) {
      if (code === ref) continue;
      columns.push({ source, kind: 'level', code });
      terms.push({ feature: s.name, level: s.levels[code] });
    }
  });
  return { columns, terms, constant, references };
}

/** The rows' design (numbers dense, categories as their one-hot column), without the intercept. */
export function designRows(design: Design, sources: FeatureSource[], rows: Int32Array): DesignData {
  const n = rows.length;
  const numbers: { values: Float64Array; mean: number; sd: number; column: number }[] = [];
  // Per categorical source: level code → its column (−1 for the reference and unseen levels).
  const oneHot = new Map<number, Int32Array>();
  design.columns.forEach((col, j) => {
    const s = sources[col.source];
    if (col.kind === 'z' && s.kind === 'numeric')
      numbers.push({ values: s.values, mean: col.mean, sd: col.sd, column: j });
    else if (col.kind === 'level' && s.kind === 'categorical') {
      let map = oneHot.get(col.source);
      if (!map) oneHot.set(col.source, (map = new Int32Array(s.levels.length).fill(-1)));
      map[col.code] = j;
    }
  });
  const d = numbers.length;
  // Column by column: each a gather of the rows, z-scored (a missing number at the mean, z = 0).
  const dense = new Float64Array(n * d);
  numbers.forEach(({ values, mean, sd }, k) => {
    const scale = 1 / sd;
    for (let i = 0, at = k * n; i < n; i++, at++) {
      const v = values[rows[i]];
      dense[at] = v === v ? (v - mean) * scale : 0;
    }
  });
  const cats = [...oneHot].map(([source, map]) => ({ codes: (sources[source] as { codes: Int32Array }).codes, map }));
  const c = cats.length;
  const hot = new Int32Array(n * c);
  cats.forEach(({ codes, map }, k) => {
    for (let i = 0, at = k * n; i < n; i++, at++) {
      const code = codes[rows[i]];
      hot[at] = code >= 0 ? map[code] : -1;
    }
  });
  return { n, p: design.columns.length, d, dense, denseColumn: Int32Array.from(numbers, (z) => z.column), c, hot };
}
