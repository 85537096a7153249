/** The median of the known values (NaN for none), to judge whether the value axis needs a log scale. */
export function medianOf(values: Float64Array): number {
  const known = values.filter((v) => v === v).sort();
  const n = known.length;
  if (n === 0) return NaN;
  return n % 2 ? known[n >> 1] : (known[n / 2 - 1] + known[n / 2]) / 2;
}
