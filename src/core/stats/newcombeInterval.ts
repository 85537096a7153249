/**
 * Newcombe's hybrid score interval for a difference of two independent proportions p1 − p2
 * (Newcombe 1998, method 10): each proportion's Wilson interval, combined by the square-and-add
 * rule. As statsmodels `confint_proportions_2indep(method='newcomb', compare='diff')`. A group
 * without customers gives NaN bounds.
 */
import { wilsonInterval } from './wilsonInterval.ts';

export function newcombeInterval(
  count1: number,
  n1: number,
  count2: number,
  n2: number,
  z = 1.959963984540054,
): { difference: number; low: number; high: number } {
  const p1 = count1 / n1;
  const p2 = count2 / n2;
  const a = wilsonInterval(count1, n1, z);
  const b = wilsonInterval(count2, n2, z);
  if (!(n1 > 0 && n2 > 0) || a.low !== a.low || b.low !== b.low) return { difference: NaN, low: NaN, high: NaN };
  const d = p1 - p2;
  return {
    difference: d,
    low: d - Math.sqrt((p1 - a.low) ** 2 + (b.high - p2) ** 2),
    high: d + Math.sqrt((a.high - p1) ** 2 + (p2 - b.low) ** 2),
  };
}
