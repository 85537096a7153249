/** Each churned customer's churn month ("YYYY-MM", UTC), as an index into the months from the first to the last. */

const monthNumber = (day: number) => {
  const d = new Date(day * 86_400_000);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};

const monthLabel = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;

/** −1 for a customer who did not churn or whose churn day is unknown; null when no churner has a day. */
export function churnMonths(
  churnDay: Float64Array,
  churned: Uint8Array,
): { codes: Int32Array; months: string[] } | null {
  const n = churnDay.length;
  const codes = new Int32Array(n).fill(-1);
  let first = Infinity;
  let last = -Infinity;
  for (let c = 0; c < n; c++) {
    if (!churned[c] || !Number.isFinite(churnDay[c])) continue;
    const m = monthNumber(churnDay[c]);
    codes[c] = m;
    if (m < first) first = m;
    if (m > last) last = m;
  }
  if (first === Infinity) return null;
  for (let c = 0; c < n; c++) if (codes[c] >= 0) codes[c] -= first;
  const months = Array.from({ length: last - first + 1 }, (_, k) => monthLabel(first + k));
  return { codes, months };
}
