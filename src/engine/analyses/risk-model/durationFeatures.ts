/**
 * A Cox model already conditions on time, so the duration (tenure_days) and the numbers that
 * grow with it cannot be its features: they would explain the outcome by the clock. A number
 * whose Pearson correlation with the duration on the training customers is 0.8 or more in size
 * (Telco's TotalCharges ≈ tenure × MonthlyCharges) is left out with reason 'duration'.
 */
import type { FeatureCandidate } from './featurePlan.ts';
import { TENURE_COLUMNS } from '../../../core/customers/tenureInUnit.ts';

export const DURATION_CORRELATION = 0.8;

function correlation(a: Float64Array, b: Float64Array, rows: Int32Array): number {
  let n = 0;
  let sa = 0;
  let sb = 0;
  for (const r of rows) {
    if (a[r] !== a[r] || b[r] !== b[r]) continue;
    n++;
    sa += a[r];
    sb += b[r];
  }
  if (n < 3) return 0;
  const ma = sa / n;
  const mb = sb / n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (const r of rows) {
    if (a[r] !== a[r] || b[r] !== b[r]) continue;
    ab += (a[r] - ma) * (b[r] - mb);
    aa += (a[r] - ma) ** 2;
    bb += (b[r] - mb) ** 2;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
}

export function withoutDuration(
  candidates: FeatureCandidate[],
  duration: Float64Array,
  train: Int32Array,
): { kept: FeatureCandidate[]; dropped: string[] } {
  const kept: FeatureCandidate[] = [];
  const dropped: string[] = [];
  for (const c of candidates) {
    const data = c.column.data;
    const tied =
      TENURE_COLUMNS.has(c.column.name) ||
      (c.kind === 'numeric' &&
        data.kind === 'number' &&
        Math.abs(correlation(data.values, duration, train)) >= DURATION_CORRELATION);
    if (tied) dropped.push(c.column.name);
    else kept.push(c);
  }
  return { kept, dropped };
}
