/** The customers worth saving as an export table, in English with machine codes (the command line's words). */
import {
  aboutLines,
  CHURN_TYPES,
  parametersText,
  RETENTION_PLANS,
  type ExportTable,
  type RetentionDecisionResult,
} from '../src/engine/api.ts';
import { describeDefinition } from './wording.ts';

export function decisionList(
  r: RetentionDecisionResult,
  limit = Infinity,
): ExportTable & { rows: (string | number)[][] } {
  const p = r.perCustomer;
  const rows = Array.from(r.ranked.slice(0, Math.min(limit, r.ranked.length)), (c, i) => [
    r.rankedIds[i],
    CHURN_TYPES[p.type[c]],
    RETENTION_PLANS[p.plan[c]],
    p.risk[c],
    p.value[c],
    p.expectedSaved[c],
    p.maxSpend[c],
  ]);
  return {
    columns: [
      { name: 'customer_id', kind: 'text' },
      { name: 'churn_type_decided', kind: 'text' },
      { name: 'retention_plan', kind: 'text' },
      { name: 'churn_risk', kind: 'percent' },
      { name: 'value', kind: 'money' },
      { name: 'expected_value_saved', kind: 'money' },
      { name: 'max_retention_spend', kind: 'money' },
    ],
    rows,
    about: aboutLines({
      definitionText: r.stamp.definition ? describeDefinition(r.stamp.definition) : '',
      asOf: r.stamp.asOf,
      parameters: parametersText(r.stamp.parameters as never),
      sources: r.stamp.sources,
    }),
  };
}
