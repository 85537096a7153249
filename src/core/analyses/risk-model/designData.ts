/**
 * A design matrix stored as it is made, column by column: the z-scored numbers dense
 * (column-major, d columns of n) and the one-hot categories as, per feature and row, the index
 * of the column holding its 1 (−1 for none). Every product is then a run of long, simple loops
 * over contiguous typed arrays (the JIT's best case): d multiply-adds and c look-ups per row for
 * Xβ or Xᵀr, and for the weighted Gram matrix Xᵀ W X — the Newton step's Hessian — d(d+1)/2
 * dot products, c·d scatter-adds and c(c−1)/2 pair counts.
 */
export interface DesignData {
  n: number;
  /** Design columns, without the intercept. */
  p: number;
  /** Numbers per row, and the design column each is. */
  d: number;
  /** Column k of the numbers is dense[k·n … (k+1)·n). */
  dense: Float64Array;
  denseColumn: Int32Array;
  /** Categorical features per row; feature k's one-hot column of row i is hot[k·n + i] (−1 = none). */
  c: number;
  hot: Int32Array;
}

/** η = β₀ + x·β for every row (beta: intercept first). */
export function linearPredictor(
  x: DesignData,
  beta: Float64Array,
  out: Float64Array = new Float64Array(x.n),
): Float64Array {
  const { n, d, c, dense, hot, denseColumn } = x;
  out.fill(beta[0]);
  for (let k = 0; k < d; k++) {
    const b = beta[denseColumn[k] + 1];
    const col = dense.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) out[i] += col[i] * b;
  }
  // β shifted by one with a 0 in front: a row without a level (−1) adds table[0] = 0, branch-free.
  const table = Float64Array.from(beta);
  table[0] = 0;
  for (let k = 0; k < c; k++) {
    const codes = hot.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) out[i] += table[codes[i] + 1];
  }
  return out;
}

/** Xᵀr with the intercept first (q = p + 1 values). */
export function transposeProduct(x: DesignData, r: Float64Array, out: Float64Array = new Float64Array(x.p + 1)) {
  const { n, d, c, dense, hot, denseColumn } = x;
  out.fill(0);
  // The categories' sums land at their column + 1; rows without a level at 0, overwritten below.
  for (let k = 0; k < c; k++) {
    const codes = hot.subarray(k * n, (k + 1) * n);
    for (let i = 0; i < n; i++) out[codes[i] + 1] += r[i];
  }
  let s0 = 0;
  for (let i = 0; i < n; i++) s0 += r[i];
  out[0] = s0;
  for (let k = 0; k < d; k++) {
    const col = dense.subarray(k * n, (k + 1) * n);
    let s = 0;
    for (let i = 0; i < n; i++) s += col[i] * r[i];
    out[denseColumn[k] + 1] = s;
  }
  return out;
}

/** Xᵀ W X with the intercept column first ((p+1)², full, symmetric). */
export function weightedGram(x: DesignData, w: Float64Array): Float64Array {
  const { n, d, c, dense, hot, denseColumn } = x;
  const q = x.p + 1;
  const h = new Float64Array(q * q);
  const set = (a: number, b: number, v: number) => {
    h[a * q + b] += v;
    if (a !== b) h[b * q + a] += v;
  };
  let w0 = 0;
  for (let i = 0; i < n; i++) w0 += w[i];
  h[0] = w0;
  // Per category level (q index = column + 1; index 0 collects the rows without a level, unused).
  const byLevel = new Float64Array(q);
  const sumByLevel = (codes: Int32Array, v: Float64Array) => {
    byLevel.fill(0);
    for (let i = 0; i < n; i++) byLevel[codes[i] + 1] += v[i];
  };
  const codesOf = (k: number) => hot.subarray(k * n, (k + 1) * n);
  const levelsOf = (k: number) => {
    const seen = new Uint8Array(q);
    const codes = codesOf(k);
    for (let i = 0; i < n; i++) seen[codes[i] + 1] = 1;
    const out: number[] = [];
    for (let j = 1; j < q; j++) if (seen[j]) out.push(j);
    return out;
  };
  const levels = Array.from({ length: c }, (_, k) => levelsOf(k));
  for (let k = 0; k < c; k++) {
    sumByLevel(codesOf(k), w);
    // The intercept's and the level's own entries (a row has one level of a feature: no cross terms).
    for (const j of levels[k]) {
      set(j, 0, byLevel[j]);
      set(j, j, byLevel[j]);
    }
  }
  const wx = new Float64Array(n);
  for (let a = 0; a < d; a++) {
    const ja = denseColumn[a] + 1;
    const xa = dense.subarray(a * n, (a + 1) * n);
    let s = 0;
    for (let i = 0; i < n; i++) s += wx[i] = w[i] * xa[i];
    set(ja, 0, s);
    for (let b = 0; b <= a; b++) {
      const xb = dense.subarray(b * n, (b + 1) * n);
      let t = 0;
      for (let i = 0; i < n; i++) t += wx[i] * xb[i];
      set(ja, denseColumn[b] + 1, t);
    }
    for (let k = 0; k < c; k++) {
      sumByLevel(codesOf(k), wx);
      for (const j of levels[k]) set(j, ja, byLevel[j]);
    }
  }
  // Pairs of categorical features: the weight of the rows with both levels.
  const pair = new Float64Array(q * q);
  for (let k = 0; k < c; k++) {
    const ck = codesOf(k);
    for (let m = 0; m < k; m++) {
      const cm = codesOf(m);
      pair.fill(0);
      for (let i = 0; i < n; i++) pair[(ck[i] + 1) * q + cm[i] + 1] += w[i];
      for (const j of levels[k]) for (const l of levels[m]) set(j, l, pair[j * q + l]);
    }
  }
  return h;
}

/** The design with only the `kept` columns (in order), renumbered 0…kept.length−1. */
export function keepColumns(x: DesignData, kept: number[]): DesignData {
  const { n } = x;
  const to = new Int32Array(x.p).fill(-1);
  kept.forEach((j, a) => (to[j] = a));
  const denseAt = Array.from(x.denseColumn.keys()).filter((k) => to[x.denseColumn[k]] >= 0);
  const d = denseAt.length;
  const dense = new Float64Array(n * d);
  denseAt.forEach((k, a) => dense.set(x.dense.subarray(k * n, (k + 1) * n), a * n));
  const hot = Int32Array.from(x.hot, (j) => (j >= 0 ? to[j] : -1));
  return {
    n,
    p: kept.length,
    d,
    dense,
    denseColumn: Int32Array.from(denseAt, (k) => to[x.denseColumn[k]]),
    c: x.c,
    hot,
  };
}

/** The design as p dense columns, column-major (n × p), for coordinate descent. */
export function columnMajor(x: DesignData): Float64Array {
  const { n } = x;
  const out = new Float64Array(n * x.p);
  for (let a = 0; a < x.d; a++) out.set(x.dense.subarray(a * n, (a + 1) * n), x.denseColumn[a] * n);
  for (let k = 0; k < x.c; k++) {
    for (let i = 0; i < n; i++) {
      const j = x.hot[k * n + i];
      if (j >= 0) out[j * n + i] = 1;
    }
  }
  return out;
}

/** The design of some of its rows. */
export function keepRows(x: DesignData, rows: Int32Array): DesignData {
  const m = rows.length;
  const dense = new Float64Array(m * x.d);
  const hot = new Int32Array(m * x.c);
  for (let k = 0; k < x.d; k++) {
    const col = x.dense.subarray(k * x.n, (k + 1) * x.n);
    for (let i = 0; i < m; i++) dense[k * m + i] = col[rows[i]];
  }
  for (let k = 0; k < x.c; k++) {
    const codes = x.hot.subarray(k * x.n, (k + 1) * x.n);
    for (let i = 0; i < m; i++) hot[k * m + i] = codes[rows[i]];
  }
  return { n: m, p: x.p, d: x.d, dense, denseColumn: x.denseColumn, c: x.c, hot };
}
