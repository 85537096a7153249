/** What a column holds at a glance: a histogram for numbers and dates, top values for the rest. */
import type { CategoricalProfile, NumericProfile } from '../../engine/api.ts';

export function numericProfile(values: Float64Array, bins = 20): NumericProfile | null {
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
    n++;
  }
  if (n === 0) return null;
  const count = min === max ? 1 : bins;
  const width = min === max ? 1 : (max - min) / count;
  const edges = Array.from({ length: count + 1 }, (_, k) => (k === count ? max : min + k * width));
  const counts = new Array<number>(count).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    counts[Math.min(count - 1, Math.floor((v - min) / width))]++;
  }
  return { kind: 'numeric', min, max, mean: sum / n, edges, counts };
}

/** Codes are dictionary indices (-1 = empty); labels name each code. */
export function categoricalProfile(codes: ArrayLike<number>, labels: string[], top = 10): CategoricalProfile {
  const counts = new Float64Array(labels.length);
  for (let i = 0; i < codes.length; i++) if (codes[i] >= 0) counts[codes[i]]++;
  const order = Array.from(labels.keys()).sort((a, b) => counts[b] - counts[a]);
  const shown = order.slice(0, top).filter((k) => counts[k] > 0);
  let other = 0;
  for (const k of order.slice(top)) other += counts[k];
  return { kind: 'categorical', top: shown.map((k) => ({ value: labels[k], count: counts[k] })), other };
}
