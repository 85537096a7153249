/**
 * The median of values[0 .. n), n >= 1, found by quickselect (Hoare, "Algorithm 65: Find",
 * CACM 1961) inside the given buffer: it reorders that prefix instead of copying it, so a hot
 * loop can reuse one scratch buffer. An even count gives the mean of the two middle values.
 */
export function medianInPlace(values: Float64Array | Int32Array, n: number): number {
  const k = n >> 1;
  selectInPlace(values, k, n - 1);
  if (n & 1) return values[k];
  let lower = values[0];
  for (let i = 1; i < k; i++) if (values[i] > lower) lower = values[i];
  return (lower + values[k]) / 2;
}

/**
 * Puts the k-th smallest (0-based) of values[left .. right] at k, nothing larger before it and
 * nothing smaller after it (within that range).
 */
export function selectInPlace(values: Float64Array | Int32Array, k: number, right: number, left = 0): void {
  while (right > left) {
    const pivot = values[(left + right) >> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i++] = values[j];
        values[j--] = t;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}
