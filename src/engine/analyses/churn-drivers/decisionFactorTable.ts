/**
 * The decision-factor table: each factor's rating (typed, or a survey column's mean among
 * churners, with the stayers' mean beside it), weighted by importance and by the availability
 * of alternatives, scored and ranked.
 */
import type { DecisionFactor, Result, ScoredDecisionFactor } from '../../api.ts';
import type { TypedColumn } from '../../../core/columns/typedColumn.ts';
import { factorScores, surveyRating } from '../../../core/analyses/churn-drivers/decisionFactors.ts';

const num = (v: number | undefined | null) => (typeof v === 'number' && Number.isFinite(v) ? v : NaN);

export function decisionFactorTable(
  factors: DecisionFactor[],
  columns: Map<string, TypedColumn>,
  churned: Uint8Array,
): Result<ScoredDecisionFactor[]> {
  const rated: (DecisionFactor & { rating: number; survey?: ScoredDecisionFactor['survey'] })[] = [];
  for (const f of factors) {
    if (f.column === undefined || f.column === '') {
      const { column: _unused, ...typed } = f;
      rated.push({ ...typed, rating: num(f.rating) });
      continue;
    }
    const col = columns.get(f.column);
    if (!col || col.data.kind !== 'number')
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'drivers-factor-column',
            column: f.column,
            params: { column: f.column },
            message: `The customer table has no numeric column "${f.column}" to rate a factor from.`,
          },
        ],
      };
    const survey = surveyRating(col.data.values, churned);
    rated.push({ ...f, rating: survey.churners, survey });
  }
  const scored = factorScores(
    rated.map((f) => ({ rating: f.rating, importance: num(f.importance), availability: num(f.availability) })),
  );
  return { ok: true, value: rated.map((f, i) => ({ ...f, score: scored[i].score, rank: scored[i].rank })) };
}
