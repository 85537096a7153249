/**
 * Cell values from typed formats (Parquet, Arrow, JSON) as the texts a RawTable holds, so that
 * typing later reads them exactly as it reads a CSV export of the same data.
 */

/** 'YYYY-MM-DD' at UTC midnight, else ISO with seconds, milliseconds only when present, and Z. */
export function instantText(ms: number): string {
  if (!Number.isFinite(ms)) return '';
  // Beyond ±8.64e15 ms `new Date` is invalid and toISOString throws "Invalid time value": keep
  // the number, which typing then counts as an invalid date in its column.
  if (Math.abs(ms) > 8.64e15) return String(ms);
  const iso = new Date(ms).toISOString();
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, 10);
  return iso.endsWith('.000Z') ? `${iso.slice(0, 19)}Z` : iso;
}

export function cellText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
      return Number.isNaN(value) ? '' : String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return '';
    default:
      if (value === null) return '';
      if (value instanceof Date) return instantText(value.getTime());
      return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  }
}
