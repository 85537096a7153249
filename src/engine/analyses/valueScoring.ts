/**
 * The value score of the customer-value analysis over the customer table: each chosen column
 * scaled (kept per column, see scaledColumns.ts) and turned so higher is better, weighted,
 * its top list (with ids, score parts and churn), its distribution, and the list's stability
 * under each weight moved down and up by the step.
 */
import type { CustomerValueParameters, ScoreFeature, ScoreFeatureResult, ValueScoreResult } from '../api.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import { scoreComponents, weightedScore } from '../../core/analyses/customer-value/valueScore.ts';
import { rankedMembers, topCount, topMembers } from '../../core/analyses/customer-value/topCustomers.ts';
import { weightStability } from '../../core/analyses/customer-value/weightStability.ts';
import { scoreHistogram } from '../../core/analyses/customer-value/scoreHistogram.ts';
import { wilsonInterval } from '../../core/stats/wilsonInterval.ts';
import { scaledColumn } from '../customers/scaledColumns.ts';

export const SCORE_BINS = 30;

const factsKept = new WeakMap<Float64Array, { missing: number; constant: boolean }>();

/** How many customers lack a value, and whether all the others share one (kept per column). */
function featureFacts(values: Float64Array): { missing: number; constant: boolean } {
  const kept = factsKept.get(values);
  if (kept) return kept;
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
  const facts = { missing, constant: !(max > min) };
  factsKept.set(values, facts);
  return facts;
}

/** The top list's own arrays, highest score first (plain loops: 20,000 rows at 100k customers). */
function topRows(rows: Int32Array, score: Float64Array, churned: Uint8Array, ids: readonly string[]) {
  const k = rows.length;
  const topScore = new Float64Array(k);
  const topChurned = new Uint8Array(k);
  const topIds = new Array<string>(k);
  let lost = 0;
  for (let r = 0; r < k; r++) {
    const i = rows[r];
    topScore[r] = score[i];
    topChurned[r] = churned[i];
    topIds[r] = ids[i];
    lost += churned[i];
  }
  return { topScore, topChurned, topIds, lost };
}

export function valueScore(
  table: CustomerTable,
  sources: readonly Float64Array[],
  parameters: CustomerValueParameters,
  churned: Uint8Array,
): { summary: ValueScoreResult; score: Float64Array } {
  const { features, topShare, weightStep } = parameters;
  const weights = features.map((f) => f.weight);
  const sum = weights.reduce((s, w) => s + w, 0);
  const columns = features.map((f, j) => scaledColumn(sources[j], f.scaling, f.direction, f.log === true));
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
  const { topScore, topChurned, topIds, lost } = topRows(rows, score, churned, table.ids);
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
      ids: topIds,
      score: topScore,
      components: scoreComponents(columns, weights, rows),
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
  return { summary, score };
}

/** Every customer's part of the score from each column (wⱼ·oⱼ / Σw), from the kept scaled columns. */
export function scoreParts(sources: readonly Float64Array[], features: readonly ScoreFeature[]): Float64Array[] {
  const columns = features.map((f, j) => scaledColumn(sources[j], f.scaling, f.direction, f.log === true));
  return scoreComponents(
    columns,
    features.map((f) => f.weight),
  );
}
