/**
 * Scoring today's customers forward with a model learnt at a cutoff. Two guards:
 * - Numbers are held to the range the model saw on its training customers. Features that grow
 *   with the calendar (tenure, T, orders, total value) run past it today — the training table
 *   ends at the cutoff, and a log that starts later truncates them further — and a logistic
 *   model extrapolates linearly into certainty (Online Retail: median risk 0.0084 with 13
 *   months, 0.97 with the last 10). Held at the edge, a customer is scored as the most
 *   extreme customer the model has evidence about.
 * - A customer who cannot be churned by as-of + window whatever they do (their silence cannot
 *   reach the definition's days by then) is certain: risk 0, as the training left them out.
 */
import type { FeatureSource } from '../../../core/analyses/risk-model/featureSource.ts';

/** The numeric sources with each value held to the training rows' [min, max]; categories as they are. */
export function heldToTraining(now: FeatureSource[], training: FeatureSource[], rows: Int32Array): FeatureSource[] {
  return now.map((s, j) => {
    const t = training[j];
    if (s.kind !== 'numeric' || t.kind !== 'numeric') return s;
    let lo = Infinity;
    let hi = -Infinity;
    for (const r of rows) {
      const v = t.values[r];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    if (!(lo <= hi)) return s;
    const values = Float64Array.from(s.values, (v) => (v !== v ? v : v < lo ? lo : v > hi ? hi : v));
    return { ...s, values };
  });
}
