/**
 * The value score of the customer-value analysis over the customer table: each chosen column
 * scaled (kept per column, see scaledColumns.ts) and turned so higher is better, weighted,
 * its top list (with ids, score parts and churn), its distribution, and the list's stability
 * under each weight moved down and up by the step.
 */
import type { CustomerValueParameters, ScoreFeatureResult, ValueScoreResult } from '../api.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import { oriented } from '../../core/analyses/customer-value/featureScaling.ts';
import { scoreComponents, weightedScore } from '../../core/analyses/customer-value/valueScore.ts';
import { rankedMembers, topCount, topMembers } from '../../core/analyses/customer-value/topCustomers.ts';
import { weightStability } from '../../core/analyses/customer-value/weightStability.ts';
import { scoreHistogram } from '../../core/analyses/customer-value/scoreHistogram.ts';
import { wilsonInterval } from '../../core/stats/wilsonInterval.ts';
import { scaledColumn } from '../customers/scaledColumns.ts';

export const SCORE_BINS = 30;

function featureFacts(values: Float64Array): { missing: number; constant: boolean } {
  let missing = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) missing++;
    else {
      if (v < min) min = v;
      if (v > max) max = v;
    }
  }
  return { missing, constant: !(max > min) };
}

export function valueScore(
  table: CustomerTable,
  sources: readonly Float64Array[],
  parameters: CustomerValueParameters,
  churned: Uint8Array,
): { summary: ValueScoreResult; score: Float64Array; components: Float64Array[] } {
  const { features, topShare, weightStep } = parameters;
  const weights = features.map((f) => f.weight);
  const sum = weights.reduce((s, w) => s + w, 0);
  const columns = features.map((f, j) =>
    oriented(scaledColumn(sources[j], f.scaling), f.scaling, f.direction === 'higher'),
  );
  const score = weightedScore(columns, weights);
  let scored = 0;
  let scoredChurned = 0;
  for (let i = 0; i < score.length; i++)
    if (score[i] === score[i]) {
      scored++;
      scoredChurned += churned[i];
    }
  const k = topCount(scored, topShare);
  const members = topMembers(score, k);
  const rows = rankedMembers(score, members);
  const topChurned = Array.from(rows, (r) => churned[r]);
  const lost = topChurned.reduce((s, c) => s + c, 0);
  const interval = wilsonInterval(lost, rows.length);
  const resultFeatures: ScoreFeatureResult[] = features.map((f, j) => ({
    ...f,
    weightShare: f.weight / sum,
    ...featureFacts(sources[j]),
  }));
  const summary: ValueScoreResult = {
    features: resultFeatures,
    scored,
    unscored: score.length - scored,
    churnRate: scored > 0 ? scoredChurned / scored : NaN,
    distribution: scoreHistogram(score, churned, SCORE_BINS),
    top: {
      share: topShare,
      count: rows.length,
      threshold: rows.length > 0 ? score[rows[rows.length - 1]] : NaN,
      ids: Array.from(rows, (r) => table.ids[r]),
      score: Array.from(rows, (r) => score[r]),
      components: scoreComponents(columns, weights, rows).map((c) => Array.from(c)),
      churned: topChurned,
      churnRate: rows.length > 0 ? lost / rows.length : NaN,
      low: interval.low,
      high: interval.high,
    },
    stability: weightStability(columns, weights, k, members, weightStep).map((m) => ({
      column: features[m.feature].column,
      down: m.down,
      up: m.up,
    })),
  };
  return { summary, score, components: scoreComponents(columns, weights) };
}
