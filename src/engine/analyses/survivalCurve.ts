/**
 * One survival curve as a result carries it: the Kaplan–Meier steps, the median with its
 * interval, and the survival, interval and number at risk at the chart's ticks. Made from a
 * customer table's durations (survival.ts) or from counts computed elsewhere (survivalAggregate.ts).
 */
import type { SurvivalCurveResult } from '../api.ts';
import { atRiskAt, medianSurvival, survivalAt, type KaplanMeier } from '../../core/analyses/survival/kaplanMeier.ts';

export function curveResult(name: string, km: KaplanMeier, times: number[]): SurvivalCurveResult {
  const median = medianSurvival(km);
  const at = times.map((t) => survivalAt(km, t));
  return {
    name,
    n: km.n,
    events: km.totalEvents,
    median: median.median,
    medianCI: [median.lower, median.upper],
    curve: {
      times: Array.from(km.times),
      survival: Array.from(km.survival),
      lower: Array.from(km.lower),
      upper: Array.from(km.upper),
      atRisk: Array.from(km.atRisk),
      censored: Array.from(km.censored),
      events: Array.from(km.events),
    },
    times,
    survival: at.map((p) => p.survival),
    lower: at.map((p) => p.lower),
    upper: at.map((p) => p.upper),
    atRisk: Array.from(atRiskAt(km, times)),
  };
}
