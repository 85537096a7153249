/**
 * A design matrix stored as it is made: the z-scored numbers dense (row-major, n × d) and the
 * one-hot categories as, per row and feature, the index of the column holding its 1 (−1 for
 * none). A product with it then costs d multiplications and c look-ups per row instead of p,
 * and the weighted Gram matrix Xᵀ W X — the Newton step's Hessian — d(d+1)/2 + c·d + c(c+1)/2.
 */
export interface DesignData {
  n: number;
  /** Design columns, without the intercept. */
  p: number;
  /** Numbers per row, and the design column each is. */
  d: number;
  dense: Float64Array;
  denseColumn: Int32Array;
  /** Categorical features per row, and each row's one-hot column for each (−1 = none). */
  c: number;
  hot: Int32Array;
}

/** η = β₀ + x·β for every row (beta: intercept first). */
export function linearPredictor(
  x: DesignData,
  beta: Float64Array,
  out: Float64Array = new Float64Array(x.n),
): Float64Array {
  const { n, d, c, dense, hot } = x;
  const bz = Float64Array.from(x.denseColumn, (j) => beta[j + 1]);
  for (let i = 0; i < n; i++) {
    let s = beta[0];
    const off = i * d;
    for (let k = 0; k < d; k++) s += dense[off + k] * bz[k];
    const hoff = i * c;
    for (let k = 0; k < c; k++) {
      const j = hot[hoff + k];
      if (j >= 0) s += beta[j + 1];
    }
    out[i] = s;
  }
  return out;
}

/**
 * Xᵀ W X with the intercept column first ((p+1)², full). Each pair of columns is summed once,
 * into whichever triangle its indices fall, and the two triangles are added at the end.
 */
export function weightedGram(x: DesignData, w: Float64Array): Float64Array {
  const { n, d, c, dense, hot, denseColumn } = x;
  const q = x.p + 1;
  const acc = new Float64Array(q * q);
  // The dense block in its own small square (contiguous), mapped to design columns at the end.
  const dd = new Float64Array(d * d);
  const dz = new Float64Array(d);
  const col = Int32Array.from(denseColumn, (j) => j + 1);
  const wx = new Float64Array(d);
  let w0 = 0;
  for (let i = 0; i < n; i++) {
    const wi = w[i];
    const off = i * d;
    w0 += wi;
    for (let a = 0; a < d; a++) {
      const wv = wi * dense[off + a];
      wx[a] = wv;
      dz[a] += wv;
      const row = a * d;
      for (let b = 0; b <= a; b++) dd[row + b] += wv * dense[off + b];
    }
    const hoff = i * c;
    for (let k = 0; k < c; k++) {
      const j = hot[hoff + k];
      if (j < 0) continue;
      const jq = (j + 1) * q;
      acc[jq] += wi;
      acc[jq + j + 1] += wi;
      for (let a = 0; a < d; a++) acc[jq + col[a]] += wx[a];
      for (let m = 0; m < k; m++) {
        const j2 = hot[hoff + m];
        if (j2 >= 0) acc[jq + j2 + 1] += wi;
      }
    }
  }
  acc[0] = w0;
  for (let a = 0; a < d; a++) {
    acc[col[a] * q] += dz[a];
    for (let b = 0; b <= a; b++) acc[col[a] * q + col[b]] += dd[a * d + b];
  }
  const h = new Float64Array(q * q);
  for (let j = 0; j < q; j++) {
    h[j * q + j] = acc[j * q + j];
    for (let k = 0; k < j; k++) h[j * q + k] = h[k * q + j] = acc[j * q + k] + acc[k * q + j];
  }
  return h;
}

/** The design with only the `kept` columns (in order), renumbered 0…kept.length−1. */
export function keepColumns(x: DesignData, kept: number[]): DesignData {
  const to = new Int32Array(x.p).fill(-1);
  kept.forEach((j, a) => (to[j] = a));
  const denseAt = Array.from(x.denseColumn.keys()).filter((k) => to[x.denseColumn[k]] >= 0);
  const d = denseAt.length;
  const dense = new Float64Array(x.n * d);
  for (let i = 0; i < x.n; i++) for (let a = 0; a < d; a++) dense[i * d + a] = x.dense[i * x.d + denseAt[a]];
  const hot = Int32Array.from(x.hot, (j) => (j >= 0 ? to[j] : -1));
  return {
    n: x.n,
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
  const out = new Float64Array(x.n * x.p);
  for (let i = 0; i < x.n; i++) {
    for (let a = 0; a < x.d; a++) out[x.denseColumn[a] * x.n + i] = x.dense[i * x.d + a];
    for (let k = 0; k < x.c; k++) {
      const j = x.hot[i * x.c + k];
      if (j >= 0) out[j * x.n + i] = 1;
    }
  }
  return out;
}

/** The design of some of its rows. */
export function keepRows(x: DesignData, rows: Int32Array): DesignData {
  const dense = new Float64Array(rows.length * x.d);
  const hot = new Int32Array(rows.length * x.c);
  rows.forEach((r, i) => {
    dense.set(x.dense.subarray(r * x.d, (r + 1) * x.d), i * x.d);
    hot.set(x.hot.subarray(r * x.c, (r + 1) * x.c), i * x.c);
  });
  return { ...x, n: rows.length, dense, hot };
}
