/**
 * The retention decision: each customer's churn type (from the reason where there is one, by the
 * keyword rules and the user's mapping; otherwise from the user's rules), the value saving them
 * is worth, and a plan; the customers worth saving ranked. Risk and value come from the columns
 * other analyses add (run now with their defaults when missing; the result says which).
 */
import {
  CHURN_TYPES,
  QUADRANT_CODES,
  RETENTION_PLANS,
  type Result,
  type RetentionDecisionResult,
  type RetentionGroupTotal,
} from '../api.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { churnTypeMapping } from '../../core/customers/churnTypes.ts';
import { CHURNED } from '../../core/customers/churnStatus.ts';
import { typesByRules } from '../../core/analyses/retention-decision/churnTypeRules.ts';
import { retentionSpend, type GroupSums } from '../../core/analyses/retention-decision/retentionSpend.ts';
import { stampOf, type Analysis, type BuiltTable } from './analysis.ts';
import { offerCosts, resolveDecision } from './retention-decision/decisionOptions.ts';
import { attributeMatcher } from './retention-decision/attributeMatch.ts';
import { defaultValueSource, medianAt, readRisk, readValue } from './retention-decision/retentionSources.ts';

function totals(codes: readonly string[], g: GroupSums): RetentionGroupTotal[] {
  return codes
    .map((code, k) => ({
      code,
      customers: g.customers[k],
      valueAtRisk: g.valueAtRisk[k],
      worthSaving: g.worthSaving[k],
      expectedSaved: g.expectedSaved[k],
      offerCost: g.offerCost[k],
      net: g.net[k],
    }))
    .filter((t) => t.customers > 0);
}

/** Type codes from each customer's reason (−1 where there is none). */
function reasonTypes(built: BuiltTable): Int32Array | null {
  const reason = built.table.reason;
  if (!reason || reason.data.kind !== 'string') return null;
  const { codes, dictionary } = reason.data;
  const mapping = churnTypeMapping(dictionary, built.spec.reasonTypes ?? {});
  const byCode = dictionary.map((r) => CHURN_TYPES.indexOf(mapping[r]));
  return Int32Array.from(codes, (c) => (c >= 0 ? byCode[c] : -1));
}

/**
 * Whether a customer is in the asked quadrant, from the quadrant column the value-risk quadrant
 * added to the table (codes in QUADRANT_CODES order); null when no quadrant is asked.
 */
function quadrantOf(built: BuiltTable, quadrant: string | null): Result<((c: number) => boolean) | null> {
  if (quadrant === null) return { ok: true, value: null };
  const column = built.derived.get('value-risk-quadrant')?.find((c) => c.name === 'quadrant');
  if (!column || column.data.kind !== 'string')
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          code: 'retention-quadrant-missing',
          params: { quadrant },
          message: 'The value-risk quadrant has not placed the customers yet: add a value-risk quadrant cell.',
        },
      ],
    };
  const codes = column.data.codes;
  const wanted = QUADRANT_CODES.indexOf(quadrant as (typeof QUADRANT_CODES)[number]);
  return { ok: true, value: (c) => codes[c] === wanted };
}

export const retentionDecision: Analysis<'retention-decision'> = {
  needs: 'customer-table',
  customerColumns: (result) => [
    codeCustomerColumn('churn_type_decided', result.perCustomer.type, CHURN_TYPES),
    codeCustomerColumn('retention_plan', result.perCustomer.plan, RETENTION_PLANS),
    numberCustomerColumn('expected_value_saved', result.perCustomer.expectedSaved, { money: true }),
    numberCustomerColumn('max_retention_spend', result.perCustomer.maxSpend, { money: true }),
  ],
  run({ dataset, table: built }, options) {
    const resolved = resolveDecision(options ?? {}, defaultValueSource(built));
    if (!resolved.ok) return resolved;
    const o = resolved.value;
    const risk = readRisk(dataset, built, o.risk);
    if (!risk.ok) return risk;
    const value = readValue(dataset, built, o.value);
    if (!value.ok) return value;
    const { table } = built;
    const n = table.ids.length;
    const r = risk.value.values;
    const v = value.value.values;
    const inQuadrant = quadrantOf(built, o.quadrant);
    if (!inQuadrant.ok) return inQuadrant;
    const rows: number[] = [];
    let missing = 0;
    for (let c = 0; c < n; c++) {
      if (o.who === 'not-churned' && table.status[c] === CHURNED) continue;
      if (inQuadrant.value && !inQuadrant.value(c)) continue;
      if (r[c] === r[c] && v[c] === v[c]) rows.push(c);
      else missing++;
    }
    if (rows.length === 0)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'retention-no-customers',
            params: { missing },
            message: `No customer has both a churn risk and a value (${missing} lack one).`,
          },
        ],
      };
    const decided = Int32Array.from(rows);
    const medianValue = medianAt(v, decided);
    const costs = offerCosts(options?.offerCosts, medianValue);
    if (!costs.ok) return costs;

    const byRules = typesByRules(
      { risk: r, value: v, rows: decided, attributeIn: attributeMatcher(table.attributes) },
      o.typeRules,
    );
    const fromReason = reasonTypes(built);
    const type = new Int32Array(n).fill(-1);
    const plan = new Int32Array(n).fill(-1);
    const typeOfRow = new Int32Array(decided.length);
    const planOfRow = new Int32Array(decided.length);
    let typedByReason = 0;
    decided.forEach((c, i) => {
      const t = fromReason && fromReason[c] >= 0 ? fromReason[c] : byRules[i];
      if (fromReason && fromReason[c] >= 0) typedByReason++;
      typeOfRow[i] = type[c] = t;
      planOfRow[i] = plan[c] = RETENTION_PLANS.indexOf(o.plans[CHURN_TYPES[t]]);
    });
    const spend = retentionSpend(
      {
        risk: r,
        value: v,
        rows: decided,
        type: typeOfRow,
        plan: planOfRow,
        saveProbability: Float64Array.from(CHURN_TYPES, (t) => o.saveProbability[t]),
        offerCost: Float64Array.from(RETENTION_PLANS, (p) => costs.value[p]),
      },
      n,
    );
    const riskOut = new Float64Array(n).fill(NaN);
    const valueOut = new Float64Array(n).fill(NaN);
    for (const c of decided) {
      riskOut[c] = r[c];
      valueOut[c] = v[c];
    }
    const result: RetentionDecisionResult = {
      stamp: stampOf('retention-decision', built, { ...o, offerCosts: costs.value, medianValue }),
      sources: { risk: risk.value.used, value: value.value.used },
      customers: decided.length,
      missing,
      typedBy: { reason: typedByReason, rules: decided.length - typedByReason },
      byType: totals(CHURN_TYPES, spend.byType),
      byPlan: totals(RETENTION_PLANS, spend.byPlan),
      ranked: spend.ranked,
      rankedIds: Array.from(spend.ranked, (c) => table.ids[c]),
      perCustomer: {
        risk: riskOut,
        value: valueOut,
        type,
        plan,
        expectedSaved: spend.expectedSaved,
        maxSpend: spend.net,
      },
    };
    return { ok: true, value: result };
  },
};
