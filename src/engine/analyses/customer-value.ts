/**
 * Customer value of the customer table: historical value, margin (value − cost, or value × a
 * stated margin rate) with margin tiers and their churn, and the weighted value score with its
 * top list and the list's stability under ±20 % weights. Adds value_score (and one
 * value_score_<column> per score column), margin and margin_tier to the customer table.
 */
import {
  MARGIN_COLUMN,
  componentName,
  MARGIN_TIER_NAMES,
  VALUE_SCALINGS,
  type CustomerValueParameters,
  type CustomerValueResult,
  type Issue,
  type MarginSummary,
  type Result,
  type ScoreFeature,
} from '../api.ts';
import type { TypedColumn } from '../../core/columns/typedColumn.ts';
import type { CustomerTable } from '../../core/customers/customerTable.ts';
import { codeCustomerColumn, numberCustomerColumn } from '../../core/columns/customerColumn.ts';
import { churnedFlags } from '../../core/customers/churnStatus.ts';
import { customerMargins, marginTiers } from '../../core/analyses/customer-value/marginTiers.ts';
import { checkWeights, WeightsError } from '../../core/analyses/customer-value/valueScore.ts';
import { customerNumbers } from '../customers/customerNumbers.ts';
import { unknownAttribute } from '../customers/customerSelection.ts';
import { stampOf, type Analysis, type BuiltTable } from './analysis.ts';
import { hasValues } from './value-tiers.ts';
import { scoreParts, valueScore } from './valueScoring.ts';

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
      (f.log !== undefined && typeof f.log !== 'boolean') ||
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

const churnedKept = new WeakMap<Uint8Array, Uint8Array>();

/** 1 for a churned customer, kept per status array (a new definition makes a new one). */
function churnedOf(status: Uint8Array): Uint8Array {
  let churned = churnedKept.get(status);
  if (!churned) churnedKept.set(status, (churned = churnedFlags(status)));
  return churned;
}

interface Tiered {
  margin: Float64Array;
  codes: Int8Array;
  summary: MarginSummary;
}

/** The last margin tiers of each customer table, by the settings that made them: a weight change recomputes none of it. */
const tieredKept = new WeakMap<CustomerTable, { key: string; tiered: Tiered }>();

function marginsOf(table: CustomerTable, parameters: CustomerValueParameters, churned: Uint8Array): Tiered {
  const { marginSource: source, marginRate: rate, marginBreaks: breaks } = parameters;
  const key = JSON.stringify([source, rate, breaks]);
  const kept = tieredKept.get(table);
  if (kept?.key === key) return kept.tiered;
  const n = table.ids.length;
  const margin = customerMargins(table.totalValue, source === 'cost' ? table.totalCost! : null, rate ?? null);
  const t = marginTiers(margin, table.totalValue, churned, breaks);
  const summary: MarginSummary = {
    source: source === 'cost' ? 'cost' : 'rate',
    ...(rate !== undefined ? { rate } : {}),
    breaks,
    tiers: t.tiers.map((tier) => ({ ...tier, share: n > 0 ? tier.customers / n : NaN })),
    totalMargin: t.totalMargin,
    positiveMargin: t.positiveMargin,
    unknown: t.unknown,
  };
  const tiered = { margin, codes: t.codes, summary };
  tieredKept.set(table, { key, tiered });
  return tiered;
}

/** The score's columns: the table's, its attributes', other analyses' added ones, or this margin. */
function scoreSources(
  built: BuiltTable,
  features: readonly ScoreFeature[],
  margin: Float64Array | null,
): Result<Float64Array[]> {
  const added = [...built.derived].filter(([kind]) => kind !== 'customer-value').flatMap(([, c]) => c);
  const sources: Float64Array[] = [];
  for (const f of features) {
    if (f.column === MARGIN_COLUMN && margin) {
      sources.push(margin);
      continue;
    }
    const found = customerNumbers(built.table, added, f.column);
    if (!found) return unknownAttribute(f.column, 'to score on');
    if (!found.ok) return { ok: false, issues: [found.issue] };
    sources.push(found.value);
  }
  return { ok: true, value: sources };
}

export const customerValue: Analysis<'customer-value'> = {
  needs: 'customer-table',
  customerColumns(result, built) {
    const { margin, marginTier, score } = result.perCustomer;
    const columns: TypedColumn[] = [];
    if (result.score) {
      columns.push(numberCustomerColumn('value_score', score));
      // Each column's part, made again from the kept scaled columns rather than sent to the caller.
      const { features } = result.stamp.parameters;
      const sources = scoreSources(built, features, tieredKept.get(built.table)?.tiered.margin ?? null);
      const parts = sources.ok ? scoreParts(sources.value, features) : [];
      parts.forEach((part, j) =>
        columns.push(numberCustomerColumn(componentName(features[j].column, j, features), part)),
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
    const churned = churnedOf(table.status);
    const withValue = hasValues(built);
    const tiered = withValue && source !== 'none' ? marginsOf(table, parameters, churned) : null;
    const margin = tiered?.margin ?? new Float64Array(0);
    const kept = tiered?.summary;
    const marginSummary: MarginSummary | null = kept
      ? { ...kept, breaks: [kept.breaks[0], kept.breaks[1]], tiers: kept.tiers.map((t) => ({ ...t })) }
      : null;

    const sources = scoreSources(built, parameters.features, tiered?.margin ?? null);
    if (!sources.ok) return sources;
    const scoring = parameters.features.length > 0 ? valueScore(table, sources.value, parameters, churned) : null;

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
      // The result's arrays are transferred away: fresh copies, never the kept ones.
      perCustomer: {
        margin: margin.slice(),
        marginTier: tiered?.codes.slice() ?? new Int8Array(0),
        score: scoring?.score ?? new Float64Array(0),
      },
    };
    return { ok: true, value };
  },
};
