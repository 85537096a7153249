/**
 * A quadrant's churn rate with its 95 % interval, "19.0% (15.9%–22.7%)"; a quadrant without
 * customers has no rate and shows one dash, not "— (—–—)".
 */
export function churnRateText(
  f: { churnRate: number; low: number; high: number },
  pct: (ratio: number) => string,
): string {
  if (!Number.isFinite(f.churnRate)) return '—';
  if (!Number.isFinite(f.low) || !Number.isFinite(f.high)) return pct(f.churnRate);
  return `${pct(f.churnRate)} (${pct(f.low)}–${pct(f.high)})`;
}
