/**
 * Segment migration between two as-of dates: for each customer of the later table, their
 * segment then (or "not yet", for customers with no purchase up to the earlier date) against
 * their segment now. Row i < fromSegments is earlier segment i; the last row is "not yet".
 */
export function segmentMigration(
  earlierSegment: Int32Array,
  laterSegment: Int32Array,
  fromSegments: number,
  toSegments: number,
): number[][] {
  if (earlierSegment.length !== laterSegment.length)
    throw new RangeError('segmentMigration: the two segment columns differ in length');
  const counts = new Float64Array((fromSegments + 1) * toSegments);
  for (let i = 0; i < laterSegment.length; i++) {
    const from = earlierSegment[i] < 0 ? fromSegments : earlierSegment[i];
    counts[from * toSegments + laterSegment[i]]++;
  }
  return Array.from({ length: fromSegments + 1 }, (_, i) =>
    Array.from(counts.subarray(i * toSegments, (i + 1) * toSegments)),
  );
}

/**
 * Where each customer of the later table stands in the earlier one (−1 when absent), matched by
 * customer id.
 */
export function matchCustomers(laterIds: readonly string[], earlierIds: readonly string[]): Int32Array {
  const at = new Map<string, number>();
  for (let i = 0; i < earlierIds.length; i++) at.set(earlierIds[i], i);
  return Int32Array.from(laterIds, (id) => at.get(id) ?? -1);
}
