/**
 * Customer value of the customer table: historical value, margin (value − cost, or value × a
 * stated margin rate) with margin tiers and their churn, and the weighted value score with its
 * top list and the list's stability under ±20 % weights. Adds value_score (and one
 * value_score_<column> per score column), margin and margin_tier to the customer table.
 */
import {
  MARGIN_COLUMN,
  MARGIN_TIER_NAMES,
  VALUE_SCALINGS,
  type CustomerValueParameters,
  type CustomerValueResult,
  type Issue,
  type MarginSummary,
  type Result,
} from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { customerMargins, marginTiers } from '../../core/analyses/customer-value/marginTiers.ts';
import { checkWeights, WeightsError } from '../../core/analyses/customer-value/valueScore.ts';
import { customerNumbers } from '../customers/customerNumbers.ts';
import { unknownAttribute } from '../customers/customerSelection.ts';
import { stampOf, type Analysis } from './analysis.ts';
import { hasValues } from './value-tiers.ts';
import { valueScore } from './valueScoring.ts';

export const DEFAULT_MARGIN_BREAKS: [number, number] = [0.5, 0.8];
export const DEFAULT_TOP_SHARE = 0.2;
export const DEFAULT_WEIGHT_STEP = 0.2;

function outOfRange(option: string, value: unknown): Result<never> {
  const shown = JSON.stringify(value) ?? String(value);
  const issue: Issue = {
    severity: 'error',
    code: 'customer-value-options',
    params: { option, value: shown },
    message: `The customer-value option ${option} = ${shown} is out of range.`,
  };
  return { ok: false, issues: [issue] };
}

const within = (v: unknown, low: number, high: number) => typeof v === 'number' && v > low && v <= high;

/** The first resolved option that is out of range, refused; null when all are usable. */
function refusal(parameters: CustomerValueParameters): Result<never> | null {
  const {
    marginRate,
    marginBreaks: [first, second],
    features,
    topShare,
    weightStep,
  } = parameters;
  if (marginRate !== undefined && !(typeof marginRate === 'number' && marginRate >= -1 && marginRate <= 1))
    return outOfRange('marginRate', marginRate);
  if (!(within(first, 0, 1) && within(second, first, 1))) return outOfRange('marginBreaks', [first, second]);
  if (!within(topShare, 0, 1)) return outOfRange('topShare', topShare);
  if (!within(weightStep, 0, 1) || weightStep === 1) return outOfRange('weightStep', weightStep);
  const unusable = features.find(
    (f) =>
      typeof f.column !== 'string' ||
      !VALUE_SCALINGS.includes(f.scaling) ||
      (f.direction !== 'higher' && f.direction !== 'lower'),
  );
  if (unusable) return outOfRange('features', unusable);
  const twice = features.find((f, j) => features.findIndex((g) => g.column === f.column) !== j);
  if (twice) return outOfRange('features', twice);
  if (features.length > 0)
    try {
      checkWeights(features.map((f) => f.weight));
    } catch (e) {
      if (!(e instanceof WeightsError)) throw e;
      return outOfRange(
        'weights',
        features.map((f) => f.weight),
      );
    }
  return null;
}

export const customerValue: Analysis<'customer-value'> = {
  needs: 'customer-table',
  customerColumns(result) {
    const { margin, marginTier, score, components } = result.perCustomer;
    const columns: TypedColumn[] = [];
    if (result.score) {
      columns.push(numberCustomerColumn('value_score', score));
      result.score.features.forEach((f, j) =>
        columns.push(numberCustomerColumn(componentName(f.column, j, result.score!.features), components[j])),
      );
    }
    if (result.margin) {
      columns.push(numberCustomerColumn('margin', margin, { money: true }));
      columns.push(codeCustomerColumn('margin_tier', Int32Array.from(marginTier), MARGIN_TIER_NAMES));
    }
    return columns;
  },
  run({ table: built }, options) {
    const { table } = built;
    const n = table.ids.length;
    const rate = options.marginRate;
    const source: CustomerValueParameters['marginSource'] =
      rate !== undefined ? 'rate' : table.totalCost ? 'cost' : 'none';
    const parameters: CustomerValueParameters = {
      marginSource: source,
      ...(rate !== undefined ? { marginRate: rate } : {}),
      marginBreaks: [...(options.marginBreaks ?? DEFAULT_MARGIN_BREAKS)] as [number, number],
      tierRule: 'positive-margin-share',
      features: (options.features ?? []).map((f) => ({ ...f })),
      topShare: options.topShare ?? DEFAULT_TOP_SHARE,
      weightStep: options.weightStep ?? DEFAULT_WEIGHT_STEP,
      stabilityMeasure: 'overlap',
    };
    const refused = refusal(parameters);
    if (refused) return refused;
    const churned = churnedFlags(table.status);
    const withValue = hasValues(built);

    let margin: Float64Array = new Float64Array(0);
    let marginTier: Int8Array = new Int8Array(0);
    let marginSummary: MarginSummary | null = null;
    if (withValue && source !== 'none') {
      margin = customerMargins(table.totalValue, source === 'cost' ? table.totalCost! : null, rate ?? null);
      const t = marginTiers(margin, table.totalValue, churned, parameters.marginBreaks);
      marginTier = t.codes;
      marginSummary = {
        source,
        ...(rate !== undefined ? { rate } : {}),
        breaks: parameters.marginBreaks,
        tiers: t.tiers.map((tier) => ({ ...tier, share: n > 0 ? tier.customers / n : NaN })),
        totalMargin: t.totalMargin,
        positiveMargin: t.positiveMargin,
        unknown: t.unknown,
      };
    }

    // Score columns: the table's, its attributes', other analyses' added ones, or this margin.
    const added = [...built.derived].filter(([kind]) => kind !== 'customer-value').flatMap(([, c]) => c);
    const sources: Float64Array[] = [];
    for (const f of parameters.features) {
      if (f.column === MARGIN_COLUMN && marginSummary) {
        sources.push(margin);
        continue;
      }
      const found = customerNumbers(table, added, f.column);
      if (!found) return unknownAttribute(f.column, 'to score on');
      if (!found.ok) return { ok: false, issues: [found.issue] };
      sources.push(found.value);
    }
    const scoring = parameters.features.length > 0 ? valueScore(table, sources, parameters, churned) : null;

    let total = 0;
    let customersWithValue = 0;
    let negative = 0;
    for (let i = 0; i < n; i++) {
      const v = table.totalValue[i];
      if (v !== v) continue;
      total += v;
      customersWithValue++;
      if (v < 0) negative++;
    }
    const value: CustomerValueResult = {
      stamp: stampOf('customer-value', built, parameters),
      customers: n,
      value: { total, customersWithValue, negative },
      margin: marginSummary,
      score: scoring?.summary ?? null,
      ...(marginSummary ? {} : { unavailable: withValue ? ('no-cost' as const) : ('no-value' as const) }),
      perCustomer: {
        margin,
        marginTier,
        score: scoring?.score ?? new Float64Array(0),
        components: scoring?.components ?? [],
      },
    };
    return { ok: true, value };
  },
};

/**
 * The machine name of column j's part of the score: value_score_ and the column's name in lower
 * snake case (letters of any script kept), numbered when two columns would share one.
 */
export function componentName(column: string, j: number, features: readonly { column: string }[]): string {
  const snake = (c: string) =>
    c
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '_')
      .replace(/^_+|_+$/g, '');
  const base = snake(column);
  const shared = features.some((f, k) => k !== j && snake(f.column) === base);
  return `value_score_${base || j + 1}${shared ? `_${j + 1}` : ''}`;
}
