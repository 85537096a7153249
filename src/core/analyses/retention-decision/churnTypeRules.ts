/**
 * Churn types for customers without a reason, from rules the user edits: the first rule whose
 * every condition holds (risk band, value among the top share, an attribute's values) gives the
 * type; a customer no rule matches is 'unknown'.
 */
import { CHURN_TYPES, type ChurnTypeRule } from '../../../engine/api.ts';

export interface RuleInputs {
  risk: Float64Array;
  value: Float64Array;
  /** The customers to type (rows of the arrays). */
  rows: Int32Array;
  /** Whether customer `row` has one of `values` in attribute `column` (false when there is no such column). */
  attributeIn: (column: string, values: readonly string[], row: number) => boolean;
}

/** The value at or above which a customer is among the top `share` of `rows` by value. */
export function topValueThreshold(value: Float64Array, rows: Int32Array, share: number): number {
  const sorted = Float64Array.from(rows, (r) => value[r]).sort();
  if (sorted.length === 0 || !(share > 0)) return Infinity;
  const count = Math.max(1, Math.round(sorted.length * Math.min(1, share)));
  return sorted[sorted.length - count];
}

/** Type codes (indices in CHURN_TYPES) of `rows`, in their order. */
export function typesByRules(inputs: RuleInputs, rules: readonly ChurnTypeRule[]): Int32Array {
  const { risk, value, rows, attributeIn } = inputs;
  const thresholds = rules.map((r) =>
    r.valueTop === undefined ? -Infinity : topValueThreshold(value, rows, r.valueTop),
  );
  const codes = rules.map((r) => CHURN_TYPES.indexOf(r.type));
  const unknown = CHURN_TYPES.indexOf('unknown');
  const out = new Int32Array(rows.length).fill(unknown);
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i];
    for (let k = 0; k < rules.length; k++) {
      const rule = rules[k];
      if (rule.riskAtLeast !== undefined && !(risk[c] >= rule.riskAtLeast)) continue;
      if (rule.riskBelow !== undefined && !(risk[c] < rule.riskBelow)) continue;
      if (rule.valueTop !== undefined && !(value[c] >= thresholds[k])) continue;
      if (rule.attribute && !attributeIn(rule.attribute.column, rule.attribute.in, c)) continue;
      out[i] = codes[k];
      break;
    }
  }
  return out;
}
