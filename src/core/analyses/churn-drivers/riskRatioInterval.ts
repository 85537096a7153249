/**
 * A 95 % interval for a group's risk ratio against the overall churn rate, RR = p₁ / p, where
 * the group (a churners of n₁) is part of everyone (c churners of N). On the log scale, by the
 * delta method with the overlap taken into account:
 *   Var(ln p̂₁) = (1 − p₁)/(n₁ p₁),  Var(ln p̂) = (1 − p)/(N p),  Cov = (1 − p₁)/(N p),
 *   Var(ln RR) = (1 − p₁)/(n₁ p₁) + (1 − p)/(N p) − 2 (1 − p₁)/(N p),
 * so a group that is the whole company has RR = 1 with no width. The Katz interval for two
 * independent groups would count the group's own customers twice. A group with no churner has
 * RR = 0 and no finite log: its interval is [0, NaN].
 */
const Z95 = 1.959963984540054;

export function riskRatioInterval(
  churned: number,
  count: number,
  allChurned: number,
  all: number,
  z = Z95,
): { ratio: number; low: number; high: number } {
  const p1 = churned / count;
  const p = allChurned / all;
  const ratio = p1 / p;
  if (!(churned > 0) || !(allChurned > 0) || !(count > 0)) return { ratio, low: ratio === 0 ? 0 : NaN, high: NaN };
  const variance = (1 - p1) / (count * p1) + (1 - p) / (all * p) - (2 * (1 - p1)) / (all * p);
  const se = Math.sqrt(Math.max(0, variance));
  return { ratio, low: ratio * Math.exp(-z * se), high: ratio * Math.exp(z * se) };
}
