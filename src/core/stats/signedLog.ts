/**
 * The log transform for money and other heavy-tailed features: log1p(v) = ln(1 + v), which keeps
 * 0 at 0 and compresses the long right tail (a few big spenders no longer set the scale of
 * everyone). Signed — sign(v) · log1p(|v|) — so a negative amount (a customer whose refunds
 * exceed purchases) stays defined and keeps its order; for v ≥ 0 it is log1p exactly. NaN stays NaN.
 */
export function signedLog1p(values: Float64Array): Float64Array {
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    out[i] = v < 0 ? -Math.log1p(-v) : Math.log1p(v);
  }
  return out;
}

/** The same transform on columns of a row-major n × d matrix, in place: `columns[f]` true → column f. */
export function signedLog1pColumns(x: Float64Array, n: number, d: number, columns: readonly boolean[]): void {
  for (let f = 0; f < d; f++) {
    if (!columns[f]) continue;
    for (let i = 0, o = f; i < n; i++, o += d) {
      const v = x[o];
      x[o] = v < 0 ? -Math.log1p(-v) : Math.log1p(v);
    }
  }
}
