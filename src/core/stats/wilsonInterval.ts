/**
 * Wilson score interval for a binomial proportion (Wilson 1927; Newcombe 1998, method 3, no
 * continuity correction). Unlike the Wald interval it stays inside [0, 1] and does not collapse
 * to a point at 0 or n successes. `z` defaults to the two-sided 95 % normal quantile.
 * No customers (n = 0) or a count outside 0..n gives NaN bounds.
 */
export function wilsonInterval(successes: number, n: number, z = 1.959963984540054): { low: number; high: number } {
  if (!(n > 0) || !(successes >= 0 && successes <= n)) return { low: NaN, high: NaN };
  const p = successes / n;
  const z2 = z * z;
  const scale = 1 + z2 / n;
  const center = (p + z2 / (2 * n)) / scale;
  const half = (z / scale) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 or n successes the bound is exactly 0 or 1; the subtraction would leave rounding noise.
  return {
    low: successes === 0 ? 0 : Math.max(0, center - half),
    high: successes === n ? 1 : Math.min(1, center + half),
  };
}
