/**
 * The value-versus-risk quadrant: customers placed by churn risk and value, cut at two
 * thresholds into retain now / maintain cheaply / grow / let go, each with its customers,
 * value, revenue at risk (Σ value × risk, when risk is a probability) and churn rate. Adds
 * quadrant, quadrant_risk, quadrant_value and expected_loss to the customer table.
 */
import {
  QUADRANT_CODES,
  type Issue,
  type QuadrantSummary,
  type QuadrantThreshold,
  type Result,
  type ValueRiskQuadrantParameters,
  type ValueRiskQuadrantResult,
} from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { quadrantSummaries } from '../../core/analyses/value-risk-quadrant/quadrantSummaries.ts';
import { quadrantCodes, quadrantTotals, RETAIN_NOW } from '../../core/analyses/value-risk-quadrant/quadrantCounts.ts';
import { riskAgainstChurn } from '../../core/analyses/value-risk-quadrant/riskAgainstChurn.ts';
import {
  medianSplit,
  paretoThreshold,
  placedPairs,
  topShareThreshold,
} from '../../core/analyses/value-risk-quadrant/quadrantThresholds.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { riskNumbers, valueNumbers } from './value-risk-quadrant/quadrantSources.ts';

export const DEFAULT_PARETO_SHARE = 0.8;

function refused(option: string, value: unknown): Result<never> {
  const shown = JSON.stringify(value) ?? String(value);
  const issue: Issue = {
    severity: 'error',
    code: 'quadrant-options',
    params: { option, value: shown },
    message: `The quadrant option ${option} = ${shown} is out of range.`,
  };
  return { ok: false, issues: [issue] };
}

const share = (s: unknown) => typeof s === 'number' && s > 0 && s <= 1;

/** The threshold's number over the placed customers' numbers, or null when the rule is not allowed here. */
function thresholdOf(rule: QuadrantThreshold, values: Float64Array, axis: 'risk' | 'value'): number | null {
  switch (rule?.rule) {
    case 'median':
      return medianSplit(values);
    case 'number':
      return typeof rule.value === 'number' && Number.isFinite(rule.value) ? rule.value : null;
    case 'top-share':
      return axis === 'risk' && share(rule.share) ? topShareThreshold(values, rule.share) : null;
    case 'pareto':
      // Pareto ranks by value: the share of risk held says nothing about whom to keep.
      return axis === 'value' && (rule.share === undefined || share(rule.share))
        ? paretoThreshold(values, rule.share ?? DEFAULT_PARETO_SHARE)
        : null;
    default:
      return null;
  }
}

/** Every number in [0, 1]: risk can be read as a probability of churn. */
function isProbability(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] < 0 || values[i] > 1) return false;
  return true;
}

export const valueRiskQuadrant: Analysis<'value-risk-quadrant'> = {
  needs: 'customer-table',
  customerColumns(result) {
    const { risk, value, quadrant } = result.perCustomer;
    const names = result.stamp.parameters.names ?? QUADRANT_CODES;
    const columns: TypedColumn[] = [
      codeCustomerColumn('quadrant', Int32Array.from(quadrant), names),
      numberCustomerColumn('quadrant_risk', risk),
      numberCustomerColumn('quadrant_value', value),
    ];
    if (result.riskIsProbability)
      columns.push(
        numberCustomerColumn(
          'expected_loss',
          Float64Array.from(risk, (r, i) => r * value[i]),
          { money: true },
        ),
      );
    return columns;
  },
  run({ dataset, table: built }, options) {
    const risk0 = options.risk ?? { source: 'model' };
    const parameters: ValueRiskQuadrantParameters = {
      risk: risk0,
      value: options.value ?? { source: 'historical' },
      // The at-risk band is 1 or 0: being in it is high risk, whatever rule was asked.
      riskThreshold:
        risk0.source === 'at-risk' ? { rule: 'number', value: 1 } : (options.riskThreshold ?? { rule: 'median' }),
      valueThreshold: options.valueThreshold ?? { rule: 'median' },
      ...(options.names ? { names: [...options.names] } : {}),
      revenueAtRiskRule: 'value-times-probability',
    };
    const { names } = parameters;
    if (names && (names.length !== 4 || names.some((n) => typeof n !== 'string' || n.trim() === '')))
      return refused('names', names);
    const riskRead = riskNumbers(dataset, built, parameters.risk);
    if (!riskRead.ok) return riskRead;
    const valueRead = valueNumbers(dataset, built, parameters.value);
    if (!valueRead.ok) return valueRead;
    // Both read from one analysis that this run made (CLV's p_alive and clv): both say so.
    const made = riskRead.value.used.producer;
    const valueMade = valueRead.value.used.producer;
    if (made?.ranHere && valueMade?.kind === made.kind) valueMade.ranHere = true;
    const risk = riskRead.value.values;
    const value = valueRead.value.values;
    const n = built.table.ids.length;
    const placed = placedPairs(risk, value);
    let noRisk = 0;
    let noValue = 0;
    for (let i = 0; i < n; i++) {
      if (risk[i] !== risk[i]) noRisk++;
      if (value[i] !== value[i]) noValue++;
    }
    if (placed.x.length === 0)
      return {
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'quadrant-nothing-placed',
            params: { noRisk, noValue },
            message: `No customer has both a risk and a value (${noRisk} without a risk, ${noValue} without a value).`,
          },
        ],
      };
    const asked = thresholdOf(parameters.riskThreshold, placed.x, 'risk');
    if (asked === null) return refused('riskThreshold', parameters.riskThreshold);
    // A count of warnings is 0 for most customers: a threshold of 0 would make all of them high risk, so at least one warning is.
    const tRisk = parameters.risk.source === 'warnings' ? Math.max(1, asked) : asked;
    const tValue = thresholdOf(parameters.valueThreshold, placed.y, 'value');
    if (tValue === null) return refused('valueThreshold', parameters.valueThreshold);
    const churned = churnedFlags(built.table.status);
    // A band (0 or 1) and a count of warnings are not probabilities, even when they stay within 0 and 1.
    const probability =
      isProbability(placed.x) && parameters.risk.source !== 'at-risk' && parameters.risk.source !== 'warnings';
    const totals = quadrantTotals(risk, value, churned, tRisk, tValue);
    const quadrants: QuadrantSummary[] = quadrantSummaries(totals, probability).map((figures, q) => ({
      code: QUADRANT_CODES[q],
      ...figures,
    }));
    const core = quadrants[RETAIN_NOW];
    let alive = 0;
    let aliveChurned = 0;
    if (parameters.risk.source === 'p-alive')
      for (let i = 0; i < n; i++)
        if (risk[i] === 0 && value[i] === value[i]) {
          alive++;
          aliveChurned += churned[i];
        }
    const result: ValueRiskQuadrantResult = {
      stamp: stampOf('value-risk-quadrant', built, parameters),
      sources: { risk: riskRead.value.used, value: valueRead.value.used },
      thresholds: { risk: tRisk, value: tValue },
      riskIsProbability: probability,
      customers: n,
      placed: totals.placed,
      noRisk,
      noValue,
      totalValue: totals.totalValue,
      quadrants,
      coreAtRisk: { customers: core.customers, valueShare: core.valueShare },
      ...(parameters.risk.source === 'p-alive'
        ? { aliveByAssumption: { customers: alive, churned: aliveChurned } }
        : {}),
      riskAgainstChurn: riskAgainstChurn(quadrants),
      perCustomer: {
        risk,
        value,
        quadrant: quadrantCodes(risk, value, tRisk, tValue),
        churned,
        ids: built.table.ids.slice(),
      },
    };
    return { ok: true, value: result };
  },
};
